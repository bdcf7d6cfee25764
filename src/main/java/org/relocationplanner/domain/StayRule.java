package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A visa-free stay rule for one passport in one country or area, in force from {@code validFrom}
 * (null: since before any record) until {@code validTo} inclusive (null: still in force).
 * The rule is data: a per-entry cap, a window of {@code windowDays} in any {@code windowPeriod},
 * a calendar-year cap, or none of them ("no limit"). Null numbers are not part of the rule.
 *
 * <p>How a rule that starts on a date treats what came before it is data too, as its sources state it:
 * {@code countsDaysBefore} says whether days spent before {@code validFrom} count in its window, entry or year
 * (Regulation (EU) 610/2013: yes; Kazakhstan's rule of 27 January 2023: no); {@code keepsRuleAtEntry} says whether
 * a stay begun before {@code validFrom} goes on under the rule in force when it began (Kazakhstan 2023, Thailand's
 * days granted at the entry stamp: yes). Null means the sources do not say: the count then takes the stricter
 * reading and says so.
 *
 * <p>{@code listing} is set on a baseline rule taken from a general listing rather than researched: the listing's
 * own words ("visa required", "e-visa", "visa on arrival", "eta", "visa free", "no admission" or a number of
 * days). Such a rule is less certain than a researched one, and every answer built on it says so.
 *
 * <p>{@code caveat}, when not empty, is what every answer under this rule must say about it: a change decided or
 * announced whose date or outcome the sources do not give (Thailand's cut to 30 days of May 2026, Montenegro's
 * announced visas), or the end of a trial whose extension is not on record.
 */
public record StayRule(String area, String passport, LocalDate validFrom, LocalDate validTo,
                       boolean visaFree, Integer perEntryDays, Integer windowDays, Integer windowPeriod,
                       WindowKind windowKind, Integer yearCapDays, Boolean resetOnExit,
                       Confidence confidence, LocalizedText note, Source source,
                       Boolean countsDaysBefore, Boolean keepsRuleAtEntry, String listing, LocalizedText caveat) {

    /** How the window of a "N days in M" rule is placed. */
    public enum WindowKind { ROLLING, FROM_FIRST_ENTRY, CALENDAR_YEAR, PER_ENTRY, NONE, UNKNOWN }

    /** How firmly the sources establish the rule: H primary or agreeing, M secondary, L weak or conflicting. */
    public enum Confidence { H, M, L }

    /** The longest text a listing may have. */
    public static final int MAX_LISTING = 20;

    public StayRule {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(passport, "passport");
        windowKind = windowKind == null ? WindowKind.UNKNOWN : windowKind;
        confidence = confidence == null ? Confidence.L : confidence;
        note = note == null ? LocalizedText.EMPTY : note;
        caveat = caveat == null ? LocalizedText.EMPTY : caveat;
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("Rule for " + area + " ends " + validTo + " before it starts " + validFrom);
        }
        for (Integer n : new Integer[] {perEntryDays, windowDays, windowPeriod, yearCapDays}) {
            if (n != null && (n < 1 || n > 3660)) {
                throw new IllegalArgumentException("Rule for " + area + ": a number of days must be 1 to 3660, got " + n);
            }
        }
        if (windowDays != null && windowPeriod != null && windowDays > windowPeriod) {
            throw new IllegalArgumentException("Rule for " + area + ": " + windowDays + " days in " + windowPeriod);
        }
        if (listing != null && (listing.isBlank() || listing.length() > MAX_LISTING)) {
            throw new IllegalArgumentException("Rule for " + area + ": a listing is 1 to " + MAX_LISTING + " characters");
        }
    }

    /** A researched rule whose treatment of earlier days and stays is not stated. */
    public StayRule(String area, String passport, LocalDate validFrom, LocalDate validTo,
                    boolean visaFree, Integer perEntryDays, Integer windowDays, Integer windowPeriod,
                    WindowKind windowKind, Integer yearCapDays, Boolean resetOnExit,
                    Confidence confidence, LocalizedText note, Source source) {
        this(area, passport, validFrom, validTo, visaFree, perEntryDays, windowDays, windowPeriod, windowKind,
                yearCapDays, resetOnExit, confidence, note, source, null, null, null, null);
    }

    /** The same rule with how it treats earlier days and stays set. */
    public StayRule withTransition(Boolean countsDaysBefore, Boolean keepsRuleAtEntry) {
        return new StayRule(area, passport, validFrom, validTo, visaFree, perEntryDays, windowDays, windowPeriod,
                windowKind, yearCapDays, resetOnExit, confidence, note, source, countsDaysBefore, keepsRuleAtEntry,
                listing, caveat);
    }

    /** Whether every answer under this rule must carry its caveat. */
    public boolean hasCaveat() {
        return !caveat.en().isEmpty() || !caveat.ru().isEmpty();
    }

    public boolean isInForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** True for a baseline rule read from a general listing rather than researched. */
    public boolean isBaseline() {
        return listing != null;
    }

    /** True when the rule sets no limit on the length of a visa-free stay. */
    public boolean isUnlimited() {
        return visaFree && windowKind == WindowKind.NONE && perEntryDays == null && windowDays == null && yearCapDays == null;
    }

    /** True when the rule is visa-free but says nothing of how long a stay may last. */
    public boolean isLimitUnknown() {
        return visaFree && !isUnlimited() && perEntryDays == null && windowDays == null && yearCapDays == null;
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
