package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A visa-free stay rule for one passport in one country or area, in force from {@code validFrom}
 * (null: since before any record) until {@code validTo} inclusive (null: still in force).
 * The rule is data: a per-entry cap, a window of {@code windowDays} in any {@code windowPeriod},
 * a calendar-year cap, or none of them ("no limit"). Null numbers are not part of the rule.
 */
public record StayRule(String area, String passport, LocalDate validFrom, LocalDate validTo,
                       boolean visaFree, Integer perEntryDays, Integer windowDays, Integer windowPeriod,
                       WindowKind windowKind, Integer yearCapDays, Boolean resetOnExit,
                       Confidence confidence, LocalizedText note, Source source) {

    /** How the window of a "N days in M" rule is placed. */
    public enum WindowKind { ROLLING, FROM_FIRST_ENTRY, CALENDAR_YEAR, PER_ENTRY, NONE, UNKNOWN }

    /** How firmly the sources establish the rule: H primary or agreeing, M secondary, L weak or conflicting. */
    public enum Confidence { H, M, L }

    public StayRule {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(passport, "passport");
        windowKind = windowKind == null ? WindowKind.UNKNOWN : windowKind;
        confidence = confidence == null ? Confidence.L : confidence;
        note = note == null ? LocalizedText.EMPTY : note;
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("Rule for " + area + " ends " + validTo + " before it starts " + validFrom);
        }
    }

    public boolean isInForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** True when the rule sets no limit on the length of a visa-free stay. */
    public boolean isUnlimited() {
        return visaFree && windowKind == WindowKind.NONE && perEntryDays == null && windowDays == null && yearCapDays == null;
    }

    /**
     * The longest single visa-free stay the rule allows, starting with no days used; empty when the
     * stay is not limited or the limit is unknown, 0 when a visa is needed.
     */
    public OptionalInt longestStayDays() {
        if (!visaFree) {
            return OptionalInt.of(0);
        }
        int best = Integer.MAX_VALUE;
        if (perEntryDays != null) {
            best = Math.min(best, perEntryDays);
        }
        if (windowDays != null) {
            best = Math.min(best, windowDays);
        }
        if (yearCapDays != null) {
            best = Math.min(best, yearCapDays);
        }
        return best == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(best);
    }
}
