package org.relocationplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * RateHistory's merge, rebuilt with arrays by day (issue 20), against the rule written out plainly: on each day the
 * quote of the highest-priority source (then the first source name) quoting that day; on a day without one, the
 * last quote before it; nothing before the first. Random rates in random order, with several sources on one day,
 * repeated days and rates outside what the app accepts.
 */
class RateHistoryMergeTest {

    private static final List<String> SOURCES = List.of("CBR", "MANUAL", "CBA-CROSS", "ECB-CROSS", "ZZZ", "AAA");

    @Test
    void eachDayAnswersAsThePlainRuleDoes() {
        Random random = new Random(2026);
        for (int round = 0; round < 40; round++) {
            List<Rate> rates = new ArrayList<>();
            LocalDate base = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(500));
            for (int i = 0, n = 1 + random.nextInt(120); i < n; i++) {
                String currency = List.of("GEL", "KZT", "AMD").get(random.nextInt(3));
                LocalDate day = base.plusDays(random.nextInt(60));
                String value = (1 + random.nextInt(5000)) + "." + random.nextInt(100);
                if (random.nextInt(30) == 0) {
                    value = "20000000"; // above what the app accepts: left out
                }
                rates.add(new Rate(day, currency, new BigDecimal(value), SOURCES.get(random.nextInt(SOURCES.size()))));
            }
            Collections.shuffle(rates, random);
            boolean preferManual = random.nextBoolean();
            List<String> priority = RatePolicy.priority(preferManual);
            RateHistory h = RateHistory.of(rates, priority);
            for (String currency : List.of("GEL", "KZT", "AMD")) {
                for (LocalDate day = base.minusDays(2); day.isBefore(base.plusDays(64)); day = day.plusDays(1)) {
                    Optional<Rate> expected = plainRule(rates, priority, currency, day);
                    Optional<RateHistory.Quote> got = h.on(currency, day);
                    assertEquals(expected.map(r -> r.rubPerUnit() + " " + r.source() + " " + r.date()),
                            got.map(q -> q.rubPerUnit() + " " + q.source() + " " + q.quotedOn()),
                            currency + " on " + day + " (round " + round + ")");
                }
            }
            assertEquals(rates.stream().filter(r -> !Plausible.rate(r.rubPerUnit())).count(), h.leftOut());
        }
    }

    private static Optional<Rate> plainRule(List<Rate> rates, List<String> priority, String currency, LocalDate day) {
        for (LocalDate d = day; !d.isBefore(LocalDate.of(2019, 1, 1)); d = d.minusDays(1)) {
            Rate best = null;
            for (Rate r : rates) {
                if (r.currency().equals(currency) && r.date().equals(d) && Plausible.rate(r.rubPerUnit())
                        && (best == null || better(r, best, priority))) {
                    best = r;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /** Higher priority, then the earlier source name; among equals, the first one in the list stays. */
    private static boolean better(Rate r, Rate old, List<String> priority) {
        int a = rank(r.source(), priority);
        int b = rank(old.source(), priority);
        return a < b || a == b && r.source().compareTo(old.source()) < 0;
    }

    private static int rank(String source, List<String> priority) {
        int i = priority.indexOf(source);
        return i < 0 ? priority.size() : i;
    }
}
