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
        String said = passportsSaid(book, on).get(area);
        return said != null ? said : mostGenerous(area, book, on);
    }

    /** Per area, the passport its deciding entry (as in {@link #passportFor}) says, in one pass over the trips. */
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
