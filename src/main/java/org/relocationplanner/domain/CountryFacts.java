package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A destination with every criterion's effective value for one passport on one day. */
public record CountryFacts(Destination destination, Map<Criterion, EffectiveFact> facts) {

    public EffectiveFact get(Criterion criterion) {
        return facts.get(criterion);
    }

    public String code() {
        return destination.code();
    }

    /** Builds the effective facts of every destination, applying the user's annotations. */
    public static List<CountryFacts> of(Collection<Destination> destinations, Collection<UserAnnotation> annotations,
                                        String passport, LocalDate day) {
        Map<String, Map<Criterion, UserAnnotation>> byCountry = new HashMap<>();
        for (UserAnnotation a : annotations) {
            byCountry.computeIfAbsent(a.country(), k -> new EnumMap<>(Criterion.class)).put(a.criterion(), a);
        }
        return destinations.stream().map(d -> {
            Map<Criterion, UserAnnotation> mine = byCountry.getOrDefault(d.code(), Map.of());
            Map<Criterion, EffectiveFact> facts = new EnumMap<>(Criterion.class);
            d.factsOn(passport, day).forEach((c, f) -> facts.put(c, new EffectiveFact(f, mine.get(c))));
            return new CountryFacts(d, facts);
        }).toList();
    }
}
