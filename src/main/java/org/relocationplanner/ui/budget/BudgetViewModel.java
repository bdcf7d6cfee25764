package org.relocationplanner.ui.budget;

import org.relocationplanner.ui.common.RatesState;

import org.relocationplanner.service.BudgetStore;
import org.relocationplanner.domain.BudgetElsewhere;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.relocationplanner.domain.BudgetEngine;
import org.relocationplanner.domain.BudgetPlan;
import org.relocationplanner.domain.BudgetResult;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.domain.Expense;
import org.relocationplanner.domain.Fact;
import org.relocationplanner.domain.FactValue;
import org.relocationplanner.domain.Frequency;
import org.relocationplanner.domain.IncomeStream;
import org.relocationplanner.domain.MissingRateException;
import org.relocationplanner.domain.Money;
import org.relocationplanner.domain.RateHistory;
import org.relocationplanner.domain.Saving;
import org.relocationplanner.domain.Scenario;
import org.relocationplanner.domain.TransferChannel;
import org.relocationplanner.io.PlanJson;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.TaskExecutor;

/**
 * The Budget screen: the plan (income, expenses, savings, channels), the host currency and the scenario, and what
 * they give: the months, the runway, the odds over resampled history, several scenarios at once, and the same plan
 * in every destination. Counted again at once on every change and saved off the FX thread.
 */
public final class BudgetViewModel {

    /** The scenarios the screen offers, each from today's rates. */
    public enum ScenarioKind { TODAY, TREND, SHOCK, REPLAY }

    /** The same plan in another destination: its monthly costs in rubles and how long the savings last. */
    public record Elsewhere(Destination destination, BigDecimal monthlyRub, Integer runwayMonths, String note) {
    }

    /** An income as its form gives it back, with the channel created from the form for it, if one was. */
    public record IncomeEdit(IncomeStream income, TransferChannel newChannel) {
    }

    /** What the screen asks the user. */
    public interface Dialogs {
        /** The income edited, and a transfer channel made on the spot from its form (null if none). */
        Optional<IncomeEdit> income(IncomeStream draft, List<String> channels);

        Optional<Expense> expense(Expense draft);

        Optional<Saving> saving(Saving draft);

        Optional<TransferChannel> channel(TransferChannel draft);

        Optional<Path> chooseSave(String name);

        void showError(String title, String message);

        void showInfo(String title, String message);
    }

    private static final int RESAMPLED_PATHS = 2000;

    private final RatesState rates;
    private final BudgetStore store;
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final I18n i18n;
    private final Clock clock;
    private final List<Destination> destinations;
    private final java.util.function.Supplier<String> currentCountry;
    private final ObjectProperty<BudgetPlan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<ScenarioKind> scenario = new SimpleObjectProperty<>(ScenarioKind.TODAY);
    private final ObjectProperty<BigDecimal> trendLoss = new SimpleObjectProperty<>();
    private final ObjectProperty<BigDecimal> shockDrop = new SimpleObjectProperty<>(new BigDecimal("20"));
    private final ObjectProperty<LocalDate> replayFrom = new SimpleObjectProperty<>(LocalDate.of(2022, 10, 1));
    private final ReadOnlyObjectWrapper<BudgetResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BudgetEngine.RunwayOdds> odds = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper runway = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper oddsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rateNote = new ReadOnlyStringWrapper("");
    /** The advice to import a newer rate when "as today" counts with a stale one; said under the headline. */
    private String staleAdvice = "";
    private final ReadOnlyStringWrapper feesText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Destination> hostCountry = new SimpleObjectProperty<>();
    private final ObservableList<Elsewhere> elsewhere = FXCollections.observableArrayList();
    private final javafx.beans.property.IntegerProperty showTab = new javafx.beans.property.SimpleIntegerProperty(0);
    private final Map<ScenarioKind, BudgetResult> all = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Map<ScenarioKind, BudgetResult>> allResults = new ReadOnlyObjectWrapper<>();

    public BudgetViewModel(BudgetPlan initial, RatesState rates, BudgetStore store, TaskExecutor executor,
                           Dialogs dialogs, I18n i18n, Clock clock, List<Destination> destinations,
                           java.util.function.Supplier<String> currentCountry, Scenario saved) {
        this.rates = rates;
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.clock = clock;
        this.destinations = destinations;
        this.currentCountry = currentCountry;
        plan.set(initial);
        restore(saved);
        String here = currentCountry.get();
        hostCountry.set(destinations.stream().filter(d -> d.currency().equals(initial.hostCurrency()))
                .sorted(java.util.Comparator.comparing((Destination d) -> !d.code().equals(here)))
                .findFirst().orElse(null));
        rates.historyProperty().addListener((o, a, b) -> recount());
        rates.loadingProperty().addListener((o, a, b) -> recount());
        scenario.addListener((o, a, b) -> change(plan.get()));
        trendLoss.addListener((o, a, b) -> change(plan.get()));
        shockDrop.addListener((o, a, b) -> change(plan.get()));
        replayFrom.addListener((o, a, b) -> change(plan.get()));
        recount();
    }

    /** Picks the scenario a saved plan was last counted under (its kind and its figure). */
    private void restore(Scenario saved) {
        if (saved instanceof Scenario.Trend t) {
            scenario.set(ScenarioKind.TREND);
            trendLoss.set(t.lossPercentPerYear());
        } else if (saved instanceof Scenario.Shock s) {
            scenario.set(ScenarioKind.SHOCK);
            shockDrop.set(s.dropPercent());
        } else if (saved instanceof Scenario.Replay r) {
            scenario.set(ScenarioKind.REPLAY);
            replayFrom.set(r.from());
        }
    }

    /** Starts reading the rates if no screen has yet. */
    public void loadRates() {
        rates.load(e -> dialogs.showError(i18n.tr("rates.load_failed.title"), i18n.tr("rates.load_failed",
                String.valueOf(e.getMessage()))));
    }

    /** A plan to start from: nothing in it yet, lived in {@code hostCurrency} from this month for five years. */
    private String incomeCurrency = "RUB";

    /** The currency a new income starts in: the one the user named on the first start (RUB unless said). */
    public void setIncomeCurrency(String currency) {
        this.incomeCurrency = currency;
    }

    public static BudgetPlan empty(String hostCurrency, Clock clock) {
        return new BudgetPlan(hostCurrency, YearMonth.now(clock), 60, List.of(), List.of(), List.of(), List.of());
    }

    // ---- state --------------------------------------------------------------------------------------------------

    public I18n i18n() {
        return i18n;
    }

    public RatesState rates() {
        return rates;
    }

    public ReadOnlyObjectProperty<BudgetPlan> planProperty() {
        return plan;
    }

    public ObjectProperty<ScenarioKind> scenarioProperty() {
        return scenario;
    }

    public ObjectProperty<BigDecimal> trendLossProperty() {
        return trendLoss;
    }

    public ObjectProperty<BigDecimal> shockDropProperty() {
        return shockDrop;
    }

    public ObjectProperty<LocalDate> replayFromProperty() {
        return replayFrom;
    }

    public ReadOnlyObjectProperty<BudgetResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The result of every scenario at once, for the chart. */
    public ReadOnlyObjectProperty<Map<ScenarioKind, BudgetResult>> allResultsProperty() {
        return allResults.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty runwayProperty() {
        return runway.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty oddsProperty() {
        return oddsText.getReadOnlyProperty();
    }

    /** What each channel took over the plan, in words. */
    public ReadOnlyStringProperty feesProperty() {
        return feesText.getReadOnlyProperty();
    }

    /** The country lived in: its currency is the plan's, its price level the base for other destinations. */
    public ReadOnlyObjectProperty<Destination> hostCountryProperty() {
        return hostCountry;
    }

    public List<Destination> destinations() {
        return destinations;
    }

    public void setHostCountry(Destination d) {
        if (d == null) {
            return;
        }
        hostCountry.set(d);
        if (!d.currency().equals(plan.get().hostCurrency())) {
            change(plan.get().withHost(d.currency()));
        } else {
            recount();
        }
    }

    public ReadOnlyStringProperty rateNoteProperty() {
        return rateNote.getReadOnlyProperty();
    }

    /** The result tab to show: 0 months, 1 chart, 2 every destination. */
    public javafx.beans.property.IntegerProperty showTabProperty() {
        return showTab;
    }

    public ObservableList<Elsewhere> elsewhere() {
        return elsewhere;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- edits --------------------------------------------------------------------------------------------------

    public void setHost(String currency) {
        if (currency != null && !currency.equals(plan.get().hostCurrency())) {
            change(plan.get().withHost(currency));
        }
    }

    public void setMonths(int months) {
        BudgetPlan p = plan.get();
        if (months != p.months()) {
            change(new BudgetPlan(p.hostCurrency(), p.start(), months, p.incomes(), p.expenses(), p.savings(),
                    p.channels()));
        }
    }

    public void addIncome() {
        BudgetPlan p = plan.get();
        dialogs.income(new IncomeStream("", new Money(BigDecimal.ZERO, incomeCurrency), Frequency.MONTHLY, p.start(), null,
                BigDecimal.ZERO, ""), channelNames()).ifPresent(e -> change(with(p, add(p.incomes(), e.income()), null,
                null, withChannel(p, e))));
    }

    public void editIncome(int index) {
        BudgetPlan p = plan.get();
        dialogs.income(p.incomes().get(index), channelNames()).ifPresent(e -> change(with(p,
                set(p.incomes(), index, e.income()), null, null, withChannel(p, e))));
    }

    public void addExpense() {
        BudgetPlan p = plan.get();
        dialogs.expense(new Expense("", new Money(BigDecimal.ZERO, p.hostCurrency()), Frequency.MONTHLY, p.start(),
                null)).ifPresent(e -> change(with(p, null, add(p.expenses(), e), null, null)));
    }

    public void editExpense(int index) {
        BudgetPlan p = plan.get();
        dialogs.expense(p.expenses().get(index)).ifPresent(e -> change(with(p, null, set(p.expenses(), index, e),
                null, null)));
    }

    public void addSaving() {
        BudgetPlan p = plan.get();
        dialogs.saving(new Saving("", new Money(BigDecimal.ZERO, "RUB"))).ifPresent(s -> change(with(p, null, null,
                add(p.savings(), s), null)));
    }

    public void editSaving(int index) {
        BudgetPlan p = plan.get();
        dialogs.saving(p.savings().get(index)).ifPresent(s -> change(with(p, null, null, set(p.savings(), index, s),
                null)));
    }

    public void addChannel() {
        BudgetPlan p = plan.get();
        dialogs.channel(new TransferChannel("", BigDecimal.ZERO, null, BigDecimal.ZERO, null)).ifPresent(c ->
                change(with(p, null, null, null, add(p.channels(), c))));
    }

    public void editChannel(int index) {
        BudgetPlan p = plan.get();
        TransferChannel old = p.channels().get(index);
        dialogs.channel(old).ifPresent(c -> {
            List<IncomeStream> incomes = p.incomes().stream().map(i -> i.channel().equals(old.name())
                    ? new IncomeStream(i.name(), i.amount(), i.frequency(), i.start(), i.end(), i.taxPercent(),
                    c.name()) : i).toList();
            change(with(p, incomes, null, null, set(p.channels(), index, c)));
        });
    }

    /** Removes row {@code index} of a table: "incomes", "expenses", "savings" or "channels". */
    public void remove(String table, int index) {
        BudgetPlan p = plan.get();
        switch (table) {
            case "incomes" -> change(with(p, without(p.incomes(), index), null, null, null));
            case "expenses" -> change(with(p, null, without(p.expenses(), index), null, null));
            case "savings" -> change(with(p, null, null, without(p.savings(), index), null));
            default -> {
                String name = p.channels().get(index).name();
                List<IncomeStream> incomes = p.incomes().stream().map(i -> i.channel().equals(name)
                        ? new IncomeStream(i.name(), i.amount(), i.frequency(), i.start(), i.end(), i.taxPercent(), "")
                        : i).toList();
                change(with(p, incomes, null, null, without(p.channels(), index)));
            }
        }
    }

    private List<String> channelNames() {
        return plan.get().channels().stream().map(TransferChannel::name).toList();
    }

    private static <T> List<T> add(List<T> list, T item) {
        List<T> l = new ArrayList<>(list);
        l.add(item);
        return l;
    }

    private static <T> List<T> set(List<T> list, int index, T item) {
        List<T> l = new ArrayList<>(list);
        l.set(index, item);
        return l;
    }

    private static <T> List<T> without(List<T> list, int index) {
        List<T> l = new ArrayList<>(list);
        l.remove(index);
        return l;
    }

    /** The plan's channels with the one made from an income's form added (issue 16), or null when none was. */
    private static List<TransferChannel> withChannel(BudgetPlan p, IncomeEdit e) {
        if (e.newChannel() == null || p.channels().stream().anyMatch(c -> c.name().equals(e.newChannel().name()))) {
            return null;
        }
        return add(p.channels(), e.newChannel());
    }

    private static BudgetPlan with(BudgetPlan p, List<IncomeStream> in, List<Expense> ex, List<Saving> sv,
                                   List<TransferChannel> ch) {
        return new BudgetPlan(p.hostCurrency(), p.start(), p.months(), in == null ? p.incomes() : in,
                ex == null ? p.expenses() : ex, sv == null ? p.savings() : sv, ch == null ? p.channels() : ch);
    }

    private void change(BudgetPlan now) {
        plan.set(now);
        recount();
        String json = PlanJson.write(now, scenario());
        executor.run(() -> store.savePlan(json), e -> dialogs.showError(i18n.tr("timeline.error.save"),
                String.valueOf(e.getMessage())));
    }

    // ---- counting -----------------------------------------------------------------------------------------------

    /** The scenario chosen, from today's rates. */
    public Scenario scenario() {
        return scenario(scenario.get());
    }

    /**
     * A scenario's name as the screen shows it. "As today" holds the newest rate: it names that rate's date and
     * age, since an eleven-month-old rate is not today's (issue 16).
     */
    public String scenarioLabel(ScenarioKind kind) {
        String plain = i18n.tr("budget.scenario." + kind.name().toLowerCase(java.util.Locale.ROOT));
        RateHistory h = rates.historyProperty().get();
        String host = plan.get().hostCurrency();
        if (kind != ScenarioKind.TODAY || h == null || host.equals("RUB")) {
            return plain;
        }
        return h.on(host, today()).map(q -> q.ageDays() == 0 ? i18n.tr("budget.scenario.today_fresh")
                : i18n.tr("budget.scenario.today_at", i18n.date(q.quotedOn()), i18n.count("value.days",
                q.ageDays()))).orElse(plain);
    }

    private Scenario scenario(ScenarioKind kind) {
        LocalDate today = today();
        return switch (kind) {
            case TODAY -> new Scenario.Frozen(today);
            case TREND -> new Scenario.Trend(today, trendLoss.get() == null ? defaultTrend() : trendLoss.get());
            case SHOCK -> new Scenario.Shock(today, plan.get().start().plusMonths(1).atDay(1),
                    shockDrop.get() == null ? BigDecimal.ZERO : shockDrop.get());
            case REPLAY -> new Scenario.Replay(replayFrom.get() == null ? LocalDate.of(2022, 10, 1) : replayFrom.get());
        };
    }

    /** The ruble's own loss a year against the host currency over the last five years of the history. */
    public BigDecimal defaultTrend() {
        RateHistory h = rates.historyProperty().get();
        String host = plan.get().hostCurrency();
        if (h == null || host.equals("RUB")) {
            return BigDecimal.ZERO;
        }
        LocalDate end = h.newest(host).orElse(today());
        LocalDate start = end.minusYears(5);
        if (h.on(host, start).isEmpty()) {
            start = h.first(host).orElse(start);
        }
        try {
            return Scenario.Trend.lossPerYear(h, host, start, end);
        } catch (RuntimeException e) {
            return BigDecimal.ZERO;
        }
    }

    private void recount() {
        RateHistory h = rates.historyProperty().get();
        if (h == null) {
            result.set(null);
            runway.set(i18n.tr(rates.loadingProperty().get() ? "rates.loading" : "budget.no_rates"));
            return;
        }
        BudgetEngine engine = new BudgetEngine(h);
        BudgetPlan p = plan.get();
        try {
            BudgetResult r = engine.run(p, scenario());
            result.set(r);
            feesText.set(r.feesByChannel().isEmpty() ? "" : i18n.tr("budget.fees", String.join(", ",
                    r.feesByChannel().entrySet().stream().map(f -> f.getKey() + " " + i18n.number(f.getValue())
                            + " \u20bd").toList())));
            String said = r.runsOutIn() == null ? i18n.tr("budget.runway.beyond", p.months())
                    : i18n.tr("budget.runway.until", monthName(r.runsOutIn()), i18n.count("budget.months",
                    r.runwayMonths()));
            // counted from today's rates: the headline says how old today's rate is
            RateHistory.Quote first = r.months().isEmpty() ? null : BudgetElsewhere.oldest(r.months().get(0));
            staleAdvice = "";
            if (scenario.get() != ScenarioKind.REPLAY && first != null) {
                said += " " + i18n.tr(first.stale() ? "budget.rate_age.stale" : "budget.rate_age",
                        i18n.date(first.quotedOn()), i18n.count("value.days", first.ageDays()), first.currency());
                staleAdvice = first.stale() ? " " + i18n.tr("budget.rate_age.advice", first.currency(),
                        org.relocationplanner.domain.RatePolicy.maxAgeDays(first.source())) : "";
            }
            runway.set(said);
        } catch (MissingRateException e) {
            result.set(null);
            runway.set(i18n.tr("budget.missing_rate", e.currency(), i18n.date(e.day())));
            oddsText.set("");
            all.clear();
            allResults.set(Map.of());
            elsewhere.clear();
            return;
        }
        RateHistory.Quote q = h.on(p.hostCurrency(), today()).orElse(null);
        BudgetResult counted = result.get();
        String staleSaid = counted == null || counted.staleMonths() == 0 ? ""
                : " " + i18n.tr("budget.stale_months", counted.staleMonths(), counted.months().size());
        rateNote.set(q == null ? (staleAdvice + staleSaid).strip() : i18n.tr("budget.rate_note", p.hostCurrency(),
                i18n.number(q.rubPerUnit()), i18n.date(q.quotedOn()),
                i18n.rateSource(q.source())) + staleAdvice + staleSaid);
        all.clear();
        for (ScenarioKind k : ScenarioKind.values()) {
            try {
                all.put(k, engine.run(p, scenario(k)));
            } catch (MissingRateException e) {
                // that scenario has no rates for a currency of the plan; the chart leaves it out
            }
        }
        allResults.set(Map.copyOf(all));
        resample(engine, h, p);
        compareDestinations(engine, h, p);
    }

    private void resample(BudgetEngine engine, RateHistory h, BudgetPlan p) {
        if (p.hostCurrency().equals("RUB") || h.first(p.hostCurrency()).isEmpty()) {
            oddsText.set("");
            return;
        }
        LocalDate end = h.newest(p.hostCurrency()).orElseThrow();
        LocalDate start = end.minusYears(10).isBefore(h.first(p.hostCurrency()).orElseThrow())
                ? h.first(p.hostCurrency()).orElseThrow().plusMonths(1) : end.minusYears(10);
        try {
            BudgetEngine.RunwayOdds o = engine.resample(p, today(), start, end, RESAMPLED_PATHS, 1L);
            odds.set(o);
            oddsText.set(i18n.tr("budget.odds", o.paths(), months(o.p10(), p), months(o.p50(), p),
                    months(o.p90(), p), i18n.date(start), i18n.date(end))
                    + (o.skipped() > 0 ? " " + i18n.tr("budget.odds.skipped", o.skipped()) : ""));
        } catch (RuntimeException e) {
            odds.set(null);
            oddsText.set("");
        }
    }

    private String months(int n, BudgetPlan p) {
        return n >= p.months() ? i18n.tr("budget.odds.beyond", p.months()) : i18n.count("budget.months", n);
    }

    /**
     * The plan's monthly expenses, moved to each destination by the World Bank price level (the destination's
     * level over the host's, both from the comparison data), and the runway there at today's rates.
     */
    private void compareDestinations(BudgetEngine engine, RateHistory h, BudgetPlan p) {
        // here: the country chosen as lived in
        Destination home = hostCountry.get() != null && hostCountry.get().currency().equals(p.hostCurrency())
                ? hostCountry.get() : destinations.stream().filter(d -> d.currency().equals(p.hostCurrency()))
                .findFirst().orElse(null);
        List<Elsewhere> out = new ArrayList<>();
        for (BudgetElsewhere.Estimate e : BudgetElsewhere.compare(engine, h, p, destinations, home, today())) {
            if (e.missing() != null) {
                out.add(new Elsewhere(e.destination(), null, null, i18n.tr(e.missing() == BudgetElsewhere.Missing.RATE
                        ? "budget.elsewhere.no_rate" : "budget.elsewhere.no_level")));
                continue;
            }
            out.add(new Elsewhere(e.destination(), e.monthlyRub(), e.runwayMonths(), i18n.tr(
                    "budget.elsewhere.estimate", i18n.decimal(e.factor().doubleValue() * 100, 0))
                    + (e.stale() ? " \u00b7 " + i18n.tr("budget.elsewhere.stale", i18n.date(e.oldestRate()
                    .quotedOn())) : "")));
        }
        elsewhere.setAll(out);
    }

    public String monthName(YearMonth m) {
        return java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", i18n.locale()).format(m);
    }

    // ---- files --------------------------------------------------------------------------------------------------

    /** Writes the monthly table as CSV. */
    public void exportMonths() {
        dialogs.chooseSave("budget-months.csv").ifPresent(this::exportMonths);
    }

    public void exportMonths(Path file) {
        BudgetResult r = result.get();
        if (r == null) {
            return;
        }
        String host = plan.get().hostCurrency();
        executor.run(() -> {
            org.relocationplanner.io.AtomicFile.write(file, w -> {
                w.write(org.relocationplanner.io.Csv.BOM); // so that a spreadsheet reads the text as UTF-8
                w.write("month,rub_per_" + host.toLowerCase(java.util.Locale.ROOT) + ",income_rub,tax_rub,fees_rub,"
                        + "arrived_" + host.toLowerCase(java.util.Locale.ROOT) + ",expenses,net,savings,"
                        + "rate_date,rate_source,rate_age_days,stale,stale_rates\n");
                for (var m : r.months()) {
                    RateHistory.Quote q = m.hostQuote();
                    w.write(String.join(",", m.month().toString(), m.rubPerHost().toPlainString(),
                            m.incomeRub().toPlainString(), m.taxRub().toPlainString(), m.feesRub().toPlainString(),
                            m.arrivedHost().toPlainString(), m.expensesHost().toPlainString(),
                            m.netHost().toPlainString(), m.savingsHost().toPlainString(),
                            q == null ? "" : q.quotedOn().toString(), q == null ? "" : q.source(),
                            q == null ? "" : String.valueOf(q.ageDays()), String.valueOf(m.stale()),
                            String.join(" ", m.staleQuotes().stream().map(x -> x.currency() + ":" + x.quotedOn())
                                    .toList())) + "\n");
                }
            });
            return null;
        }, ok -> dialogs.showInfo(i18n.tr("budget.export.title"), i18n.tr("budget.export.done",
                r.months().size(), file.getFileName())), e -> dialogs.showError(i18n.tr("timeline.export.failed"),
                i18n.tr("timeline.export.failed.text", file, String.valueOf(e.getMessage()))));
    }
}
