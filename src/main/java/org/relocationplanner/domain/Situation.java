package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Everything the stay engine looks at for one user: the passport the rules are read for, trips and documents. */
public record Situation(String passport, List<Trip> trips, Documents documents, List<String> otherPassports) {

    public Situation {
        Objects.requireNonNull(passport, "passport");
        trips = List.copyOf(trips);
        documents = documents == null ? Documents.NONE : documents;
        List<String> all = held(passport, otherPassports == null ? List.of() : otherPassports);
        otherPassports = all.subList(1, all.size());
    }

    /** {@code main} and then each of {@code others} that is not already named: every passport held, once each. */
    public static List<String> held(String main, List<String> others) {
        List<String> all = new java.util.ArrayList<>(List.of(main));
        others.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return List.copyOf(all);
    }

    public Situation(String passport, List<Trip> trips, Documents documents) {
        this(passport, trips, documents, List.of());
    }

    /** Every passport held, the main one first. */
    public List<String> held() {
        return held(passport, otherPassports);
    }

    /**
     * The passports the days in each area are judged by on {@code on}, where the trips say: the one the area's
     * latest entry up to that day was made on (else its next planned one's), in one pass over the trips. An area
     * whose deciding entry does not say is judged by {@link #mostGenerous}.
     */
    public java.util.Map<String, String> passportsSaid(RuleBook book, LocalDate on) {
        java.util.Map<String, Trip> deciding = new java.util.HashMap<>();
        boolean any = false;
        for (Trip t : trips) {
            any |= t.passport() != null;
        }
        if (!any) {
            return java.util.Map.of(); // no trip says: nothing to look up
        }
        for (Trip t : trips) {
            String area = book.areaOf(t.country(), t.entry());
            Trip d = deciding.get(area);
            boolean past = !t.entry().isAfter(on);
            if (d == null) {
                deciding.put(area, t);
            } else if (past && (d.entry().isAfter(on) || t.entry().isAfter(d.entry()))
                    || !past && d.entry().isAfter(on) && t.entry().isBefore(d.entry())) {
                deciding.put(area, t); // the latest entry up to the day; with none yet, the next one
            }
        }
        java.util.Map<String, String> said = new java.util.HashMap<>();
        deciding.forEach((area, t) -> {
            if (t.passport() != null) {
                said.put(area, t.passport());
            }
        });
        return said;
    }

    /** The passport held whose rule in {@code area} is the most generous on {@code on} (the main one on a tie). */
    public String mostGenerous(String area, RuleBook book, LocalDate on) {
        String best = passport;
        for (String p : otherPassports) {
            if (CountryFacts.generosity(book.ruleOn(area, p, on)) > CountryFacts.generosity(book.ruleOn(area, best,
                    on))) {
                best = p;
            }
        }
        return best;
    }
}
