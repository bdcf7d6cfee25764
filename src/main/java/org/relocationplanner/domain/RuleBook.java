package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dated stay rules of every area (a country, or an area such as the Schengen area that counts several
 * countries together), and which area a day spent in a country belongs to.
 */
public final class RuleBook {

    private final Map<String, Destination> destinations = new HashMap<>();
    private final Map<String, List<StayRule>> rules = new HashMap<>();

    private RuleBook() {
    }

    public static RuleBook of(List<Destination> all) {
        RuleBook book = new RuleBook();
        for (Destination d : all) {
            book.destinations.put(d.code(), d);
            for (StayRule r : d.rules()) {
                List<StayRule> list = book.rules.computeIfAbsent(r.area(), k -> new ArrayList<>());
                if (!list.contains(r)) {
                    list.add(r);
                }
            }
        }
        return book;
    }

    /** The area a day in {@code country} counts for: the Schengen area for its members from the day they joined. */
    public String areaOf(String country, LocalDate day) {
        Destination d = destinations.get(country);
        return d == null ? country : d.areaOn(day);
    }

    /** The rule in force in {@code area} for {@code passport} on {@code day}. */
    public Optional<StayRule> ruleOn(String area, String passport, LocalDate day) {
        return rules.getOrDefault(area, List.of()).stream()
                .filter(r -> r.passport().equals(passport) && r.isInForceOn(day))
                .max(Comparator.comparing(r -> r.validFrom() == null ? LocalDate.MIN : r.validFrom()));
    }

    /** Every rule known for {@code area} and {@code passport}, oldest first. */
    public List<StayRule> rulesFor(String area, String passport) {
        return rules.getOrDefault(area, List.of()).stream()
                .filter(r -> r.passport().equals(passport))
                .sorted(Comparator.comparing(r -> r.validFrom() == null ? LocalDate.MIN : r.validFrom()))
                .toList();
    }

    /** The destination of a country code, if the dataset has it. */
    public Optional<Destination> destination(String country) {
        return Optional.ofNullable(destinations.get(country));
    }
}
