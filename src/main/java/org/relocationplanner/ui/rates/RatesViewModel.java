package org.relocationplanner.ui.rates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.relocationplanner.domain.Rate;
import org.relocationplanner.domain.RateHistory;
import org.relocationplanner.io.RatesFormatException;
import org.relocationplanner.ui.common.RatesState;
import org.relocationplanner.ui.common.I18n;

/** The Rates screen: which currencies over which days, how they changed, how old the newest rate is. */
public final class RatesViewModel {

    /** One currency's line in the summary; {@code newest} says its own age and whether it is stale. */
    public record Summary(String currency, RateHistory.Quote newest, Double changeMonth, Double changeYear,
                          Double changeSince) {
        public boolean stale() {
            return newest.stale();
        }
    }

    /**
     * A chosen currency without a fresh rate up to today: the period missing, and where the Bank of Russia publishes
     * it ({@code address}); {@code byDay} when only the daily file can be named (the currency's ID is not known yet:
     * importing that file teaches it).
     */
    public record Missing(String currency, LocalDate from, LocalDate to, String address, boolean byDay) {
    }

    /** What the screen asks the user. */
    public interface Dialogs {
        Optional<Path> chooseRatesFile();

        Optional<Rate> ownRate(List<String> currencies, LocalDate today);

        /** Where to write the rates set aside as CSV. */
        Optional<Path> chooseSetAsideFile();

        void showError(String title, String message);

        void showInfo(String title, String message);
    }

    private final RatesState state;
    private final Clock clock;
    private final I18n i18n;
    private final Dialogs dialogs;
    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<Summary> summaries = FXCollections.observableArrayList();
    private final ObservableList<org.relocationplanner.domain.RateCoverage.Of> coverage =
            FXCollections.observableArrayList();
    private final ObservableList<Missing> missing = FXCollections.observableArrayList();

    public RatesViewModel(RatesState state, Clock clock, I18n i18n, Dialogs dialogs, List<String> firstChoice) {
        this(state, clock, i18n, dialogs, firstChoice, List::of);
    }

    /**
     * {@code inUse}: the currencies the user's plan counts in, whose missing rates are named whether or not they are
     * charted.
     */
    public RatesViewModel(RatesState state, Clock clock, I18n i18n, Dialogs dialogs, List<String> firstChoice,
                          java.util.function.Supplier<? extends java.util.Collection<String>> inUse) {
        this.inUse = inUse;
        this.state = state;
        this.clock = clock;
        this.i18n = i18n;
        this.dialogs = dialogs;
        chosen.setAll(firstChoice);
        LocalDate today = LocalDate.now(clock);
        from.set(today.minusYears(5));
        to.set(today);
        state.historyProperty().addListener((o, a, b) -> summarize());
        chosen.addListener((javafx.collections.ListChangeListener<String>) c -> summarize());
        from.addListener((o, a, b) -> summarize());
        summarize();
    }

    private final java.util.function.Supplier<? extends java.util.Collection<String>> inUse;

    /** Counts again what is missing (after the plan's currencies changed). */
    public void refreshMissing() {
        summarize();
    }

    public RatesState state() {
        return state;
    }

    public I18n i18n() {
        return i18n;
    }

    /** Takes over the currencies and days shown before the screen was built again in another language. */
    public void carryFrom(RatesViewModel before) {
        chosen.setAll(before.chosen);
        from.set(before.from.get());
        to.set(before.to.get());
    }

    public ObservableList<String> chosen() {
        return chosen;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Summary> summaries() {
        return summaries;
    }

    /** Every currency's sources and gaps up to today. */
    public ObservableList<org.relocationplanner.domain.RateCoverage.Of> coverage() {
        return coverage;
    }

    /**
     * The chosen currencies and those in use whose latest gap reaches into the last
     * {@link org.relocationplanner.domain.RateCoverage#RECENT_DAYS} days, with
     * the period from the day after the last quote and where the Bank of Russia publishes it.
     */
    public ObservableList<Missing> missing() {
        return missing;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The currencies with any rate. */
    public List<String> currencies() {
        RateHistory h = state.historyProperty().get();
        return h == null ? List.of() : new ArrayList<>(h.currencies());
    }

    /** The quotes of one chosen currency over the chosen days. */
    public List<Rate> series(String currency) {
        RateHistory h = state.historyProperty().get();
        if (h == null || from.get() == null || to.get() == null) {
            return List.of();
        }
        return h.quotes(currency, from.get(), to.get());
    }

    private void summarize() {
        RateHistory h = state.historyProperty().get();
        List<Summary> out = new ArrayList<>();
        if (h != null) {
            LocalDate today = today();
            for (String c : chosen) {
                Optional<RateHistory.Quote> now = h.on(c, today);
                if (now.isEmpty()) {
                    continue;
                }
                RateHistory.Quote q = now.get();
                LocalDate newest = q.quotedOn();
                out.add(new Summary(c, q, change(h, c, newest.minusMonths(1), newest),
                        change(h, c, newest.minusYears(1), newest),
                        from.get() == null ? null : change(h, c, from.get(), newest)));
            }
        }
        summaries.setAll(out);
        List<org.relocationplanner.domain.RateCoverage.Of> all = h == null ? List.of()
                : org.relocationplanner.domain.RateCoverage.of(state.spans(), h, today());
        coverage.setAll(all);
        List<Missing> gone = new ArrayList<>();
        java.util.Set<String> wanted = new java.util.LinkedHashSet<>(chosen);
        wanted.addAll(inUse.get());
        for (org.relocationplanner.domain.RateCoverage.Of c : all) {
            org.relocationplanner.domain.RateCoverage.Period gap = c.missing();
            if (!wanted.contains(c.currency()) || gap == null) {
                continue;
            }
            Optional<String> exact = org.relocationplanner.io.CbrAddress.dynamic(c.currency(), gap.from(), gap.to(),
                    state.cbrIds());
            gone.add(new Missing(c.currency(), gap.from(), gap.to(), exact.orElse(
                    org.relocationplanner.io.CbrAddress.daily(gap.from())), exact.isEmpty()));
        }
        missing.setAll(gone);
    }

    /** How much dearer the currency got in rubles between two days, in percent; null without a rate then. */
    static Double change(RateHistory h, String currency, LocalDate a, LocalDate b) {
        Optional<RateHistory.Quote> qa = h.on(currency, a);
        Optional<RateHistory.Quote> qb = h.on(currency, b);
        if (qa.isEmpty() || qb.isEmpty()) {
            return null;
        }
        return qb.get().rubPerUnit().divide(qa.get().rubPerUnit(), MathContext.DECIMAL64)
                .subtract(BigDecimal.ONE).doubleValue() * 100;
    }

    public void importRates() {
        dialogs.chooseRatesFile().ifPresent(this::importRates);
    }

    /** Files dropped on the window, imported one after another (each all or nothing). */
    public void importRates(List<Path> files) {
        files.forEach(this::importRates);
    }

    public void importRates(Path file) {
        state.importFile(file, r -> dialogs.showInfo(i18n.tr("rates.import.title"), i18n.tr("rates.import.done",
                r.file().getFileName(), r.added(), r.updated(), r.skipped())), e -> dialogs.showError(
                i18n.tr("rates.import.failed"), problem(file, e)));
    }

    private String problem(Path file, Exception e) {
        if (e instanceof RatesFormatException r) {
            String where = r.line() > 0 ? i18n.tr("rates.import.at_line", file.getFileName(), r.line(),
                    r.field() == null ? "—" : r.field()) : file.getFileName().toString();
            return where + ": " + i18n.tr("rates.problem." + r.problem().name().toLowerCase(java.util.Locale.ROOT),
                    r.value()) + " " + i18n.tr("rates.import.nothing");
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return i18n.tr("timeline.import.missing", file);
        }
        return i18n.tr("timeline.import.unreadable", file, String.valueOf(e.getMessage()));
    }

    /** Asks where to and writes the rates set aside as outside the ranges the app keeps. */
    public void exportSetAside() {
        dialogs.chooseSetAsideFile().ifPresent(this::exportSetAside);
    }

    public void exportSetAside(Path file) {
        int n = state.setAsideProperty().get();
        state.writeSetAside(file, () -> dialogs.showInfo(i18n.tr("rates.set_aside.title"),
                i18n.tr("rates.set_aside.done", n, file.getFileName())), e -> dialogs.showError(
                i18n.tr("rates.set_aside.title"), i18n.tr("timeline.export.failed.text", file,
                        String.valueOf(e.getMessage()))));
    }

    public void addOwnRate() {
        dialogs.ownRate(currencies(), today()).ifPresent(r -> state.addManual(r,
                () -> dialogs.showInfo(i18n.tr("rates.own.title"), i18n.tr("rates.own.done", r.currency(),
                        i18n.date(r.date()))), e -> dialogs.showError(i18n.tr("rates.own.title"),
                        String.valueOf(e.getMessage()))));
    }

    public void setPreferOwn(boolean prefer) {
        state.setPreferManual(prefer, e -> dialogs.showError(i18n.tr("timeline.error.save"),
                String.valueOf(e.getMessage())));
    }
}
