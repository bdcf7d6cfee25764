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
 * countries together), and which area a day spent in a country belongs to: the area's members come from the
 * member list with the day each joined, whether or not the country is a destination of the dataset.
 */
public final class RuleBook {

    private static final Comparator<StayRule> OLDEST_FIRST =
            Comparator.comparing(r -> r.validFrom() == null ? LocalDate.MIN : r.validFrom());

    private final Map<String, Destination> destinations = new HashMap<>();
    private final Map<String, Destination.AreaMembership> members = new HashMap<>();
    private final Map<String, List<StayRule>> rules = new HashMap<>();
    private Baseline baseline = Baseline.NONE;
    /** Rules read from the baseline, per area and passport, once asked for. */
    private final Map<String, Optional<StayRule>> fromBaseline = new java.util.concurrent.ConcurrentHashMap<>();

    private RuleBook() {
    }

    public static RuleBook of(List<Destination> all) {
        return of(all, List.of(), List.of());
    }

    public static RuleBook of(Dataset dataset) {
        return of(dataset.destinations(), dataset.members(), dataset.rules(), dataset.baseline());
    }

    /** The same, with every passport's general listing where no rule was researched for it. */
    public static RuleBook of(List<Destination> all, List<AreaMember> members, List<StayRule> more,
                              Baseline baseline) {
        RuleBook book = of(all, members, more);
        book.baseline = baseline == null ? Baseline.NONE : baseline;
        return book;
    }

    /**
     * The rules of the destinations, of {@code more} countries and areas, and the area {@code members}; a member
     * listed there wins over a destination's own record of its membership.
     */
    public static RuleBook of(List<Destination> all, List<AreaMember> members, List<StayRule> more) {
        RuleBook book = new RuleBook();
        for (Destination d : all) {
            book.destinations.put(d.code(), d);
            if (d.membership() != null) {
                book.members.put(d.code(), d.membership());
            }
            d.rules().forEach(book::add);
        }
        for (AreaMember m : members) {
            book.members.put(m.country(), m.membership());
        }
        more.forEach(book::add);
        book.rules.values().forEach(list -> list.sort(OLDEST_FIRST));
        return book;
    }

    private void add(StayRule r) {
        List<StayRule> list = rules.computeIfAbsent(r.area(), k -> new ArrayList<>());
        if (!list.contains(r)) {
            list.add(r);
        }
    }

    /** The area a day in {@code country} counts for: the Schengen area for its members from the day they joined. */
    public String areaOf(String country, LocalDate day) {
        Destination.AreaMembership m = members.get(country);
        return m != null && m.isMemberOn(day) ? m.area() : country;
    }

    /** The area {@code country} joins and the day it joins, if it is a member of one. */
    public Optional<Destination.AreaMembership> membership(String country) {
        return Optional.ofNullable(members.get(country));
    }

    /**
     * The rule in force in {@code area} for {@code passport} on {@code day}: a researched one, or where none was
     * researched for that passport there, the one read from the general listing (confidence L).
     */
    public Optional<StayRule> ruleOn(String area, String passport, LocalDate day) {
        return rulesFor(area, passport).stream().filter(r -> r.isInForceOn(day)).max(OLDEST_FIRST);
    }

    /** Every rule known for {@code area} and {@code passport}, oldest first (researched, else the listing's). */
    public List<StayRule> rulesFor(String area, String passport) {
        List<StayRule> researched = rules.getOrDefault(area, List.of()).stream()
                .filter(r -> r.passport().equals(passport)).toList();
        if (!researched.isEmpty() || !baseline.covers(passport)) {
            return researched;
        }
        return fromBaseline.computeIfAbsent(area + "|" + passport, k -> baseline.rule(area, passport,
                countriesOf(area))).stream().toList();
    }

    /** The countries whose listing speaks for {@code area}: an area's members (now or ever), else itself. */
    private List<String> countriesOf(String area) {
        List<String> of = members.entrySet().stream().filter(e -> e.getValue().area().equals(area))
                .map(Map.Entry::getKey).sorted().toList();
        return of.isEmpty() ? List.of(area) : of;
    }

    /** Every passport some rule is known for (researched, or in the general listing), by code. */
    public java.util.SortedSet<String> passports() {
        java.util.SortedSet<String> all = new java.util.TreeSet<>(baseline.passports());
        rules.values().forEach(list -> list.forEach(r -> all.add(r.passport())));
        return all;
    }

    /** Whether any rule is known for {@code passport}: researched somewhere, or in the general listing. */
    public boolean knowsPassport(String passport) {
        return baseline.covers(passport) || rules.values().stream().flatMap(List::stream)
                .anyMatch(r -> r.passport().equals(passport));
    }

    /** The destination of a country code, if the dataset has it. */
    public Optional<Destination> destination(String country) {
        return Optional.ofNullable(destinations.get(country));
    }
}
