package org.relocationplanner.ui.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.BudgetPlan;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.domain.Expense;
import org.relocationplanner.domain.Frequency;
import org.relocationplanner.domain.IncomeStream;
import org.relocationplanner.domain.Money;
import org.relocationplanner.domain.Rate;
import org.relocationplanner.domain.Saving;
import org.relocationplanner.domain.TransferChannel;
import org.relocationplanner.io.DatasetReader;
import org.relocationplanner.ui.FakeBudgetStore;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.RatesState;
import org.relocationplanner.ui.common.TaskExecutor;

/** The Budget screen's logic without a window: rates from memory, dialogs answered by the test. */
class BudgetViewModelTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
    private final List<String> errors = new ArrayList<>();
    /** What the income form answers; null: the user cancels. */
    private BudgetViewModel.IncomeEdit incomeAnswer;

    private static List<Rate> lari(String from, String to, String rate) {
        List<Rate> out = new ArrayList<>();
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            out.add(new Rate(d, "GEL", new BigDecimal(rate), "CBR"));
        }
        return out;
    }

    /** 150,000 rubles a month, 5,000 lari spent, 3,000 lari saved: at 30 rubles a lari, nothing is left over. */
    private static BudgetPlan plan() {
        return new BudgetPlan("GEL", YearMonth.of(2026, 12), 12,
                List.of(new IncomeStream("salary", Money.of("150000", "RUB"), Frequency.MONTHLY, YearMonth.of(2026, 12),
                        null, BigDecimal.ZERO, "")),
                List.of(new Expense("rent", Money.of("5500", "GEL"), Frequency.MONTHLY, YearMonth.of(2026, 12), null)),
                List.of(new Saving("card", Money.of("3000", "GEL"))), List.of());
    }

    private BudgetViewModel vm(FakeBudgetStore store) throws Exception {
        BudgetViewModel.Dialogs dialogs = new BudgetViewModel.Dialogs() {
            @Override
            public Optional<BudgetViewModel.IncomeEdit> income(IncomeStream draft, List<String> channels) {
                return Optional.ofNullable(incomeAnswer);
            }

            @Override
            public Optional<Expense> expense(Expense draft) {
                return Optional.of(new Expense("visa run", Money.of("400", "USD"), Frequency.YEARLY,
                        YearMonth.of(2027, 3), null));
            }

            @Override
            public Optional<Saving> saving(Saving draft) {
                return Optional.empty();
            }

            @Override
            public Optional<TransferChannel> channel(TransferChannel draft) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseSave(String name) {
                return Optional.empty();
            }

            @Override
            public void showError(String title, String message) {
                errors.add(message);
            }

            @Override
            public void showInfo(String title, String message) {
            }
        };
        List<Destination> destinations = DatasetReader.readShipped().destinations();
        RatesState rates = new RatesState(store, TaskExecutor.direct(), false);
        BudgetViewModel vm = new BudgetViewModel(plan(), rates, store, TaskExecutor.direct(), dialogs,
                new I18n(I18n.ENGLISH), TODAY, destinations, () -> "GE", null);
        vm.loadRates();
        return vm;
    }

    @Test
    void aFreshRateCountsTheRunwayAndNamesTheRateAndItsAge() throws Exception {
        BudgetViewModel vm = vm(new FakeBudgetStore(lari("2026-11-01", "2026-11-20", "30")));
        // 5,000 lari arrive against 5,500 spent: 500 short a month, 3,000 saved last 6 months
        assertEquals("Your savings run out in June 2027: they last 6 months. Counted at the GEL rate of "
                + "20 November 2026, 2 days old.", vm.runwayProperty().get());
        assertEquals(0, vm.resultProperty().get().staleMonths());
        assertFalse(vm.rateNoteProperty().get().contains("stale"), vm.rateNoteProperty().get());
    }

    /** Issue 16: a channel made from the income's own form is added to the plan with the income that uses it. */
    @Test
    void aChannelMadeFromTheIncomeFormJoinsThePlanWithTheIncome() throws Exception {
        BudgetViewModel vm = vm(new FakeBudgetStore(lari("2026-11-01", "2026-11-22", "30")));
        TransferChannel wise = new TransferChannel("Wise", new BigDecimal("1.5"), null, BigDecimal.ZERO, null);
        incomeAnswer = new BudgetViewModel.IncomeEdit(new IncomeStream("rent of my flat", Money.of("40000", "RUB"),
                Frequency.MONTHLY, YearMonth.of(2026, 12), null, BigDecimal.ZERO, "Wise"), wise);
        vm.addIncome();
        BudgetPlan p = vm.planProperty().get();
        assertEquals(List.of("Wise"), p.channels().stream().map(TransferChannel::name).toList());
        assertEquals("Wise", p.incomes().get(p.incomes().size() - 1).channel());
    }

    /** Issue 16: "as today" held an eleven-month-old rate under that name; it now names the rate's date and age. */
    @Test
    void theAsTodayScenarioNamesTheDateAndAgeOfTheRateItHolds() throws Exception {
        BudgetViewModel stale = vm(new FakeBudgetStore(lari("2026-09-01", "2026-09-29", "30")));
        assertEquals("As of 29 September 2026, the newest rate (54 days old)",
                stale.scenarioLabel(BudgetViewModel.ScenarioKind.TODAY));
        assertEquals("Trend", stale.scenarioLabel(BudgetViewModel.ScenarioKind.TREND).substring(0, 5));
        BudgetViewModel fresh = vm(new FakeBudgetStore(lari("2026-11-01", "2026-11-22", "30")));
        assertEquals("As today (today\u2019s rate)", fresh.scenarioLabel(BudgetViewModel.ScenarioKind.TODAY));
    }

    @Test
    void aStaleRateIsSaidInTheHeadlineTheNoteAndEveryDestination() throws Exception {
        BudgetViewModel vm = vm(new FakeBudgetStore(lari("2026-09-01", "2026-09-29", "30")));
        assertTrue(vm.runwayProperty().get().endsWith("Counted at the GEL rate of 29 September 2026, 54 days old: "
                + "a stale rate."), vm.runwayProperty().get());
        assertTrue(vm.rateNoteProperty().get().contains("12 of 12 months use a stale rate"),
                vm.rateNoteProperty().get());
        assertTrue(vm.elsewhere().stream().filter(e -> e.runwayMonths() != null)
                .allMatch(e -> e.note().endsWith("at a stale rate of 29 September 2026")), vm.elsewhere().toString());
    }

    @Test
    void anAddedExpenseIsCountedAndTheWholePlanSaved() throws Exception {
        FakeBudgetStore store = new FakeBudgetStore(lari("2026-11-01", "2026-11-20", "30"));
        store.rates.add(new Rate(LocalDate.parse("2026-11-20"), "USD", new BigDecimal("80"), "CBR"));
        BudgetViewModel vm = vm(store);
        vm.addExpense();
        assertEquals(2, vm.planProperty().get().expenses().size());
        assertTrue(store.plan().orElseThrow().contains("visa run"), "the plan is kept with the new expense");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void withoutARateForTheHostTheScreenSaysWhichIsMissing() throws Exception {
        BudgetViewModel vm = vm(new FakeBudgetStore(List.of()));
        assertTrue(vm.runwayProperty().get().startsWith("There is no rate for GEL on or before"),
                vm.runwayProperty().get());
    }

    /** Issue 16 review: "40,000" in English is forty thousand, not forty; a comma alone is a decimal separator. */
    @Test
    void amountsAreReadAsEachLanguageWritesThem() {
        assertEquals("40000", BudgetForms.plainNumber("40,000"));
        assertEquals("1250.50", BudgetForms.plainNumber("1,250.50"));
        assertEquals("150000.50", BudgetForms.plainNumber("150\u00a0000,50"));
        assertEquals("1.5", BudgetForms.plainNumber("1,5"));
        assertEquals("33.5", BudgetForms.plainNumber("33.5"));
    }
}
