package org.relocationplanner.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.relocationplanner.domain.Deadline;
import org.relocationplanner.domain.Deadlines;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.domain.Documents;
import org.relocationplanner.domain.LocalizedText;
import org.relocationplanner.domain.Passport;
import org.relocationplanner.domain.ResidencePermit;
import org.relocationplanner.domain.RuleBook;
import org.relocationplanner.domain.Situation;
import org.relocationplanner.domain.Source;
import org.relocationplanner.domain.StayEngine;
import org.relocationplanner.domain.StayRule;
import org.relocationplanner.domain.Trip;

/**
 * Every deadline for 30 years of trips: 3,000 trips in 40 areas (rolling windows, per-entry caps, periods from
 * first entry, calendar-year caps, and rules that change on a date), ten planned trips, a passport and permits.
 * Times every deadline (the stay engine's count of every area, and of the trips still to come), then the same with
 * a check of every past trip as well, which the Timeline adds after each edit to colour the bars. No display
 * needed.
 */
public final class DeadlinesBench {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final int AREAS = 40;

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        RuleBook book = book();
        Situation s = situation(n);
        StayEngine engine = new StayEngine(book);
        List<Deadline> sample = Deadlines.of(engine.evaluate(s, TODAY));
        long[] ns = RankingBench.time(300, i -> Deadlines.of(engine.evaluate(s, TODAY)));
        long[] all = RankingBench.time(300, i -> {
            org.relocationplanner.domain.StayEvaluation e = engine.evaluate(s, TODAY);
            Deadlines.of(e);
            e.tripChecks();
        });
        System.out.printf(Locale.ROOT, "trips: %d (%s to %s), areas: %d, deadlines: %d%n", s.trips().size(),
                s.trips().get(0).entry(), TODAY, AREAS, sample.size());
        RankingBench.report("every deadline (areas and upcoming trips)", ns);
        RankingBench.report("the same + a check of every past trip", all);
    }

    /** 40 areas: the rule kinds in turn, and every fifth area changing its rule on 27 January 2023. */
    static RuleBook book() {
        Source src = new Source("Benchmark", "https://example.org", TODAY);
        List<Destination> all = new ArrayList<>();
        for (int i = 0; i < AREAS; i++) {
            String code = code(i);
            List<StayRule> rules = new ArrayList<>();
            LocalDate change = LocalDate.of(2023, 1, 27);
            if (i % 5 == 0) {
                rules.add(new StayRule(code, "RU", null, change.minusDays(1), true, 90, null, null,
                        StayRule.WindowKind.PER_ENTRY, null, true, StayRule.Confidence.H, LocalizedText.EMPTY, src));
            }
            LocalDate from = i % 5 == 0 ? change : null;
            rules.add(switch (i % 4) {
                case 0 -> new StayRule(code, "RU", from, null, true, null, 90, 180, StayRule.WindowKind.ROLLING, null,
                        false, StayRule.Confidence.H, LocalizedText.EMPTY, src);
                case 1 -> new StayRule(code, "RU", from, null, true, 30, null, null, StayRule.WindowKind.PER_ENTRY,
                        null, true, StayRule.Confidence.H, LocalizedText.EMPTY, src);
                case 2 -> new StayRule(code, "RU", from, null, true, null, 90, 180,
                        StayRule.WindowKind.FROM_FIRST_ENTRY, null, false, StayRule.Confidence.H, LocalizedText.EMPTY,
                        src);
                default -> new StayRule(code, "RU", from, null, true, 60, null, null,
                        StayRule.WindowKind.CALENDAR_YEAR, 120, false, StayRule.Confidence.H, LocalizedText.EMPTY,
                        src);
            });
            // the same kinds of rule for a second passport (issue 17: trips on two passports)
            for (StayRule r : List.copyOf(rules)) {
                rules.add(new StayRule(code, "BY", r.validFrom(), r.validTo(), r.visaFree(), r.perEntryDays(),
                        r.windowDays(), r.windowPeriod(), r.windowKind(), r.yearCapDays(), r.resetOnExit(),
                        r.confidence(), r.note(), r.source()));
            }
            all.add(new Destination(code, LocalizedText.of("Area " + code, "Зона " + code), "USD",
                    java.util.Map.of(), List.of(), rules, null));
        }
        return RuleBook.of(all);
    }

    static String code(int i) {
        return String.format(Locale.ROOT, "%c%c", 'B' + i / 26, 'A' + i % 26);
    }

    /** {@code n} trips back to back for 30 years up to today (the last one still going on), then ten plans. */
    static Situation situation(int n) {
        Random random = new Random(7);
        List<Trip> trips = new ArrayList<>();
        LocalDate start = TODAY.minusYears(30);
        double perTrip = (double) java.time.temporal.ChronoUnit.DAYS.between(start, TODAY) / n;
        for (int i = 0; i < n; i++) {
            LocalDate entry = start.plusDays(Math.round(i * perTrip));
            LocalDate exit = i == n - 1 ? null : start.plusDays(Math.round((i + 1) * perTrip));
            // every third trip entered on the second passport, the others not saying (the more generous counts)
            trips.add(new Trip(code(random.nextInt(AREAS)), entry, exit, "", false, i % 3 == 0 ? "BY" : null));
        }
        for (int i = 0; i < 10; i++) {
            LocalDate entry = TODAY.plusDays(30 + 40L * i);
            trips.add(new Trip(code(random.nextInt(AREAS)), entry, entry.plusDays(20 + random.nextInt(60)), "",
                    true));
        }
        Documents docs = new Documents(List.of(new Passport("RU", "", TODAY.plusMonths(4))), List.of(),
                List.of(new ResidencePermit(code(3), TODAY.minusYears(2), TODAY.plusMonths(8), ""),
                        new ResidencePermit(code(9), TODAY.minusYears(12), TODAY.minusYears(10), "")));
        return new Situation("RU", trips, docs, List.of("BY"));
    }
}
