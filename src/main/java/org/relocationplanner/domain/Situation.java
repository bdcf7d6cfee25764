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
        otherPassports = otherPassports == null ? List.of() : otherPassports.stream()
                .filter(p -> !p.equals(passport)).distinct().toList();
    }

    public Situation(String passport, List<Trip> trips, Documents documents) {
        this(passport, trips, documents, List.of());
    }

    /** Every passport held, the main one first. */
    public List<String> held() {
        List<String> all = new java.util.ArrayList<>(List.of(passport));
        all.addAll(otherPassports);
        return all;
    }

    /**
     * The passport the days in {@code area} are judged by on {@code on}: the one its latest entry there up to that
     * day says it was entered on (else its next planned one's); when the entry does not say, the passport held
     * whose rule there is the most generous that day (the main one on a tie, and when it is the only one).
     */
    public String passportFor(String area, RuleBook book, LocalDate on) {
        Trip latest = null;
        Trip next = null;
        for (Trip t : trips) {
            if (!book.areaOf(t.country(), t.entry()).equals(area)) {
                continue;
            }
            if (!t.entry().isAfter(on)) {
                latest = latest == null || t.entry().isAfter(latest.entry()) ? t : latest;
            } else {
                next = next == null || t.entry().isBefore(next.entry()) ? t : next;
            }
        }
        Trip entry = latest != null ? latest : next;
        if (entry != null && entry.passport() != null) {
            return entry.passport();
        }
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
