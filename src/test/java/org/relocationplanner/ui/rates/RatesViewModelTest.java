package org.relocationplanner.ui.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.domain.Rate;
import org.relocationplanner.ui.FakeBudgetStore;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.RatesState;
import org.relocationplanner.ui.common.TaskExecutor;

/** The Rates screen's logic without a window: what is missing, where to get it, runs for the chart, imports. */
class RatesViewModelTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-05T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final List<String> infos = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private static List<Rate> daily(String currency, String from, String to, String source) {
        List<Rate> out = new ArrayList<>();
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            out.add(new Rate(d, currency, new BigDecimal("30"), source));
        }
        return out;
    }

    private RatesViewModel vm(FakeBudgetStore store, List<String> chosen, List<String> inUse) {
        RatesState state = new RatesState(store, TaskExecutor.direct(), false);
        RatesViewModel vm = new RatesViewModel(state, TODAY, new I18n(I18n.ENGLISH), new RatesViewModel.Dialogs() {
            @Override
            public Optional<Path> chooseRatesFile() {
                return Optional.empty();
            }

            @Override
            public Optional<Rate> ownRate(List<String> currencies, LocalDate today) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseSetAsideFile() {
                return Optional.empty();
            }

            @Override
            public void showError(String title, String message) {
                errors.add(message);
            }

            @Override
            public void showInfo(String title, String message) {
                infos.add(message);
            }
        }, chosen, () -> inUse);
        state.load(e -> errors.add(e.getMessage()));
        return vm;
    }

    @Test
    void theMissingPeriodOfACurrencyInUseHasTheBankOfRussiasAddress() {
        List<Rate> rates = new ArrayList<>(daily("GEL", "2026-09-01", "2026-09-29", "CBR"));
        rates.addAll(daily("MNT", "2026-09-01", "2026-09-29", "MARKET-SNAPSHOT"));
        rates.addAll(daily("USD", "2026-11-01", "2026-12-04", "CBR"));
        RatesViewModel vm = vm(new FakeBudgetStore(rates), List.of("USD"), List.of("GEL", "MNT"));
        assertEquals(List.of(new RatesViewModel.Missing("GEL", LocalDate.parse("2026-09-30"),
                        LocalDate.parse("2026-12-05"), "https://www.cbr.ru/scripts/XML_dynamic.asp?date_req1=30/09/2026"
                        + "&date_req2=05/12/2026&VAL_NM_RQ=R01210", false),
                new RatesViewModel.Missing("MNT", LocalDate.parse("2026-09-30"), LocalDate.parse("2026-12-05"),
                        "https://www.cbr.ru/scripts/XML_daily.asp?date_req=30/09/2026", true)), vm.missing(),
                "the lari and the tugrik are in the plan though not charted; the dollar is fresh");
    }

    @Test
    void theChartsRunsBreakWhereNoRateIsFresh() {
        List<Rate> quotes = new ArrayList<>(daily("GEL", "2026-01-01", "2026-01-10", "CBR"));
        quotes.addAll(daily("GEL", "2026-01-19", "2026-01-21", "CBR")); // the 18th, 8 days after the 10th, is stale
        quotes.addAll(daily("GEL", "2026-01-28", "2026-01-29", "CBR")); // the 27th, 6 days after the 21st, is fresh
        List<List<Rate>> runs = org.relocationplanner.domain.RateCoverage.freshRuns(quotes);
        assertEquals(2, runs.size());
        assertEquals(10, runs.get(0).size());
        assertEquals(5, runs.get(1).size());
    }

    @Test
    void aDroppedFileIsImportedAndCounted() throws Exception {
        RatesViewModel vm = vm(new FakeBudgetStore(daily("GEL", "2026-09-01", "2026-09-29", "CBR")), List.of("GEL"),
                List.of());
        Path file = dir.resolve("gel.csv");
        Files.writeString(file, "date,currency,rate,source\n2026-12-01,GEL,30.5,CBR\n2026-12-02,GEL,30.7,CBR\n",
                StandardCharsets.UTF_8);
        vm.importRates(List.of(file));
        assertEquals(List.of("gel.csv: 2 added, 0 updated, 0 already stored."), infos);
        assertTrue(vm.summaries().get(0).newest().quotedOn().equals(LocalDate.parse("2026-12-02")));
        assertEquals(LocalDate.parse("2026-11-30"), vm.missing().get(0).to(), "the days before are still missing");
    }
}
