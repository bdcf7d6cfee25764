package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A country users move to or consider, with its shipped facts, residence routes and stay rules.
 * Rules are kept per passport; a member of an area (the Schengen area) uses the area's rules from
 * the day it joined.
 */
public record Destination(String code, LocalizedText name, String currency, Map<Criterion, Fact> facts,
                          List<ResidenceRoute> routes, List<StayRule> rules, AreaMembership membership) {

    /** Membership in an area whose rules count several countries together. */
    public record AreaMembership(String area, LocalDate from) {
        public boolean isMemberOn(LocalDate day) {
            return !day.isBefore(from);
        }
    }

    public Destination {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        facts = facts.isEmpty() ? Map.of() : Map.copyOf(facts);
        routes = List.copyOf(routes);
        rules = List.copyOf(rules);
    }

    /** The area whose rules apply on {@code day}: the Schengen area for its members, else the country itself. */
    public String areaOn(LocalDate day) {
        return membership != null && membership.isMemberOn(day) ? membership.area() : code;
    }

    /** The rule in force for {@code passport} on {@code day}, if one is known. */
    public Optional<StayRule> ruleOn(String passport, LocalDate day) {
        String area = areaOn(day);
        return rules.stream()
                .filter(r -> r.passport().equals(passport) && r.area().equals(area) && r.isInForceOn(day))
                .max(Comparator.comparing(r -> r.validFrom() == null ? LocalDate.MIN : r.validFrom()));
    }

    /**
     * Every criterion's shipped fact for this passport on this day: stored facts plus those derived from
     * the stay rule in force and from the residence routes. Missing ones are unknown.
     */
    public Map<Criterion, Fact> factsOn(String passport, LocalDate day) {
        return factsWith(ruleOn(passport, day), LocalizedText.EMPTY);
    }

    /**
     * Every criterion's value with {@code stayRule} as the stay rule in force (none: the stay is unknown), its
     * note led by {@code lead} (which passport it is for, when the user holds more than one).
     */
    public Map<Criterion, Fact> factsWith(Optional<StayRule> stayRule, LocalizedText lead) {
        Map<Criterion, Fact> result = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            result.put(c, facts.getOrDefault(c, Fact.unknown(c)));
        }
        stayRule.ifPresent(rule -> {
            LocalizedText note = lead.en().isEmpty() ? rule.note() : LocalizedText.of(lead.en() + rule.note().en(),
                    lead.ru() + rule.note().ru());
            result.put(Criterion.VISA_FREE, new Fact(Criterion.VISA_FREE,
                    new FactValue.OfLevel(rule.visaFree() ? Levels.YES : Levels.NO), rule.source(), note));
            result.put(Criterion.STAY_ALLOWED, new Fact(Criterion.STAY_ALLOWED,
                    new FactValue.Stay(rule), rule.source(), note));
            // the law in force decides the visa run; a field report of it stays visible as LISTED_VISA_RUN
            if (!facts.containsKey(Criterion.VISA_RUN) && rule.visaFree() && rule.resetOnExit() != null) {
                Level level = rule.resetOnExit() ? Levels.PERMITTED : Levels.NOT_PERMITTED;
                result.put(Criterion.VISA_RUN, new Fact(Criterion.VISA_RUN, new FactValue.OfLevel(level),
                        rule.source(), rule.note()));
            }
        });
        if (!routes.isEmpty()) {
            ResidenceRoute newest = routes.stream()
                    .filter(r -> r.source() != null && r.source().verifiedOn() != null)
                    .max(Comparator.comparing(r -> r.source().verifiedOn()))
                    .orElse(routes.get(0));
            Map<ResidenceRoute.Kind, ResidenceRoute.Status> status = routeStatus();
            int open = (int) status.values().stream().filter(x -> x == ResidenceRoute.Status.OPEN).count();
            int restricted = (int) status.values().stream().filter(x -> x == ResidenceRoute.Status.RESTRICTED).count();
            result.put(Criterion.RESIDENCE_ROUTES, new Fact(Criterion.RESIDENCE_ROUTES,
                    new FactValue.Routes(open, restricted), newest.source(), LocalizedText.EMPTY));
        }
        return result;
    }

    /**
     * What the newest fact about each kind of residence route says (background facts aside). Facts are taken in
     * the order of their source dates; undated facts count as older than dated ones, and keep their order.
     */
    public Map<ResidenceRoute.Kind, ResidenceRoute.Status> routeStatus() {
        Map<ResidenceRoute.Kind, ResidenceRoute.Status> last = new EnumMap<>(ResidenceRoute.Kind.class);
        routes.stream()
                .filter(r -> r.status() != ResidenceRoute.Status.INFO)
                .sorted(Comparator.comparing(r -> r.source() == null || r.source().verifiedOn() == null
                        ? LocalDate.MIN : r.source().verifiedOn()))
                .forEach(r -> last.put(r.kind(), r.status()));
        return last;
    }

    /** Kinds of residence route whose newest word is that they are open. */
    public java.util.Set<ResidenceRoute.Kind> openRouteKinds() {
        java.util.Set<ResidenceRoute.Kind> open = java.util.EnumSet.noneOf(ResidenceRoute.Kind.class);
        routeStatus().forEach((k, s) -> {
            if (s == ResidenceRoute.Status.OPEN) {
                open.add(k);
            }
        });
        return open;
    }

    /** True when the code or either name contains {@code text}, ignoring case. */
    public boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return code.toLowerCase(Locale.ROOT).contains(needle)
                || name.en().toLowerCase(Locale.ROOT).contains(needle)
                || name.ru().toLowerCase(new Locale("ru")).contains(needle);
    }
}
