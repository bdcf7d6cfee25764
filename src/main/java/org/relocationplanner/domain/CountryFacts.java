package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A destination with every criterion's effective value on one day, for the passport its stay was judged by (of
 * several held, the one the rules favour there).
 */
public record CountryFacts(Destination destination, Map<Criterion, EffectiveFact> facts, String passport) {

    public CountryFacts(Destination destination, Map<Criterion, EffectiveFact> facts) {
        this(destination, facts, null);
    }

    /** The stay rule of a country for a passport on a day (a researched one, else a general listing's). */
    @FunctionalInterface
    public interface RuleLookup {
        Optional<StayRule> ruleOn(String country, String passport, LocalDate day);

        /** The rules of the rule book, by the area each country counts for on that day. */
        static RuleLookup of(RuleBook book) {
            return (country, passport, day) -> book.ruleOn(book.areaOf(country, day), passport, day);
        }
    }

    public EffectiveFact get(Criterion criterion) {
        return facts.get(criterion);
    }

    public String code() {
        return destination.code();
    }

    /**
     * Builds the effective facts of every destination for one passport, by the destinations' own rules, applying the
     * user's annotations.
     */
    public static List<CountryFacts> of(Collection<Destination> destinations, Collection<UserAnnotation> annotations,
                                        String passport, LocalDate day) {
        Map<String, Destination> byCode = new HashMap<>();
        destinations.forEach(d -> byCode.put(d.code(), d));
        return of(destinations, annotations, List.of(passport), day,
                (country, p, on) -> byCode.get(country).ruleOn(p, on));
    }

    /**
     * The same for every passport the user holds ({@code passports}, the main one first): each destination is
     * judged by the passport whose stay rule there is the most generous (visa-free before a visa, then the longer
     * stay; the earlier passport on a tie), and when more than one is held the stay's note says which.
     */
    public static List<CountryFacts> of(Collection<Destination> destinations, Collection<UserAnnotation> annotations,
                                        List<String> passports, LocalDate day, RuleLookup rules) {
        Map<String, Map<Criterion, UserAnnotation>> byCountry = new HashMap<>();
        for (UserAnnotation a : annotations) {
            byCountry.computeIfAbsent(a.country(), k -> new EnumMap<>(Criterion.class)).put(a.criterion(), a);
        }
        return destinations.stream().map(d -> {
            String best = passports.get(0);
            Optional<StayRule> bestRule = rules.ruleOn(d.code(), best, day);
            for (String p : passports.subList(1, passports.size())) {
                Optional<StayRule> r = rules.ruleOn(d.code(), p, day);
                // the more generous rule; as generous, the better sourced one
                if (generosity(r) > generosity(bestRule) || generosity(r) == generosity(bestRule) && r.isPresent()
                        && bestRule.isPresent() && r.get().confidence().ordinal() < bestRule.get().confidence()
                        .ordinal()) {
                    best = p;
                    bestRule = r;
                }
            }
            LocalizedText lead = passports.size() < 2 ? LocalizedText.EMPTY
                    : LocalizedText.of("With your " + best + " passport. ", "С паспортом " + best + ". ");
            Map<Criterion, UserAnnotation> mine = byCountry.getOrDefault(d.code(), Map.of());
            Map<Criterion, EffectiveFact> facts = new EnumMap<>(Criterion.class);
            forPassport(d.factsWith(bestRule, lead), best).forEach((c, f) -> facts.put(c,
                    new EffectiveFact(f, mine.get(c))));
            return new CountryFacts(d, facts, best);
        }).toList();
    }

    /** Figures listed for the Russian passport (the 2023 memo, the Passport Index column) say nothing of another. */
    private static Map<Criterion, Fact> forPassport(Map<Criterion, Fact> facts, String passport) {
        if (!"RU".equals(passport)) {
            for (Criterion c : List.of(Criterion.LISTED_VISA_FREE_DAYS, Criterion.LISTED_VISA_RUN)) {
                facts.put(c, Fact.unknown(c));
            }
        }
        return facts;
    }

    /**
     * No rule known -1; a visa 0; visa-free: 1 + the longest stay the rule allows at once (no limit at all: the
     * most; visa-free for a length not known: the least).
     */
    static int generosity(Optional<StayRule> rule) {
        if (rule.isEmpty()) {
            return -1;
        }
        StayRule r = rule.get();
        if (!r.visaFree()) {
            return 0;
        }
        int days = r.windowKind() == StayRule.WindowKind.NONE ? Integer.MAX_VALUE - 1 : 1;
        boolean counted = false;
        for (Integer n : new Integer[] {r.perEntryDays(), r.windowDays(), r.yearCapDays()}) {
            if (n != null) {
                days = counted ? Math.min(days, n) : n;
                counted = true;
            }
        }
        return 1 + days;
    }
}
