package org.relocationplanner.domain;

import java.time.LocalDate;

/**
 * A note on how sure a stay answer is, or what is wrong. {@code number} is the one figure the note needs (days, or
 * the length of a period), 0 when it needs none; {@code date} the day it concerns (the start of a rule), {@code trip}
 * and {@code other} the trips it names, {@code text} the words of a listing or a rule's caveat; each null when the
 * note needs none.
 */
public record StayWarning(Kind kind, int number, LocalDate date, Trip trip, Trip other, LocalizedText text) {

    public enum Kind {
        /** Over the limit by {@code number} days. */
        OVERSTAY,
        /** No rule is known for the area and passport (on that day: the last one on record ended on {@code date}). */
        NO_RULE,
        /** Only a general listing ({@code text}) is on record: the rule is assumed from it. */
        BASELINE,
        /** Visa-free, but the length of a stay is not on record. */
        LIMIT_UNKNOWN,
        /** A visa is needed and none is recorded: the count assumes a valid one. */
        VISA_ASSUMED,
        /** A visa is needed and none of the recorded ones covers the day. */
        NO_VISA,
        /** More entries than the visa allows ({@code number} entries made). */
        VISA_ENTRIES,
        /** Whether the {@code number}-day period is rolling or fixed is not known. */
        WINDOW_KIND_UNKNOWN,
        /** The sources for the rule are weak or conflict. */
        WEAK_SOURCES,
        /** A residence permit or long-stay visa covers the day: the visa-free count is paused. */
        PERMIT,
        /** The rule on record ends on the latest legal exit given; what applies after it is not known. */
        RULE_ENDS,
        /** The stay began before the rule of {@code date}, and the rule in force at its entry still applies. */
        KEPT_RULE,
        /** The stay began before the rule of {@code date}; whether the rule at entry still applies is not known. */
        KEPT_RULE_UNKNOWN,
        /** Whether days before the rule of {@code date} count under it is not known: they are counted. */
        DAYS_BEFORE_UNKNOWN,
        /** Trips {@code trip} and {@code other} share {@code number} days: one of them may lack its exit date. */
        OVERLAP,
        /** What the sources leave open about the rule itself ({@code text}): a change without a date or outcome. */
        CAVEAT;

        /**
         * Whether a deadline under this note may be wrong in either direction: the rule rests on a general listing,
         * weak sources, a change of unknown date or outcome, or the trips themselves look wrong. (Where the sources
         * leave a reading open and the count takes the stricter one, the deadline is on the safe side: no doubt.)
         */
        public boolean doubtsDeadline() {
            return switch (this) {
                case NO_RULE, BASELINE, CAVEAT, LIMIT_UNKNOWN, WEAK_SOURCES, RULE_ENDS, OVERLAP -> true;
                default -> false;
            };
        }
    }

    public StayWarning(Kind kind, int number) {
        this(kind, number, null, null, null, null);
    }

    public static StayWarning on(Kind kind, LocalDate date) {
        return new StayWarning(kind, 0, date, null, null, null);
    }

    /** The note in plain English, as the command line prints it. */
    public String english() {
        return switch (kind) {
            case OVERSTAY -> "Over the limit by " + days(number);
            case NO_RULE -> date == null ? "No stay rule is known for this area and passport"
                    : "No stay rule is known for this area and passport after " + date + ", when the last one on"
                    + " record ended";
            case BASELINE -> "Only a general listing is on record for this country (Passport Index: \"" + text.en()
                    + "\"), not researched rules: " + (counts(text.en()) ? "the rule shown is the stricter reading of"
                    + " it" : "it gives no number of days to count") + "; check the official rules before you travel";
            case LIMIT_UNKNOWN -> "Visa-free, but how long a stay may last is not on record";
            case VISA_ASSUMED -> "A visa is needed; the count assumes a valid one";
            case NO_VISA -> "A visa is needed and none of yours covers this day";
            case VISA_ENTRIES -> "More entries than the visa allows (" + number + " made)";
            case WINDOW_KIND_UNKNOWN -> "Whether the " + number + "-day period is rolling or fixed is not known: "
                    + "counted as rolling, the stricter reading";
            case WEAK_SOURCES -> "The sources for this rule are weak or conflict";
            case PERMIT -> "A residence permit or long-stay visa covers this day: the visa-free count is paused";
            case RULE_ENDS -> "The rule on record ends on the latest exit given; what applies after it is not known";
            case KEPT_RULE -> "This stay began before the rule of " + date + ": the rule in force at entry applies"
                    + " to it";
            case KEPT_RULE_UNKNOWN -> "This stay began before the rule of " + date + "; whether the rule in force at"
                    + " entry still applies is not known: both are applied and the stricter counts";
            case DAYS_BEFORE_UNKNOWN -> "Whether days before " + date + " count under the rule that began then is not"
                    + " known: the stricter reading is counted";
            case OVERLAP -> "Trips overlap for " + days(number) + ": " + english(trip) + " and " + english(other)
                    + (trip.isOpen() || other.isOpen() ? "; a trip without an exit date may have ended earlier: add"
                    + " its exit date" : "; check their dates") + (trip.country().equals(other.country())
                    ? " (counted as one stay)" : " (the shared days count in both countries)");
            case CAVEAT -> text.en();
        };
    }

    /** Whether a listing gives a number of days to count: "90" does, "visa required" does not. */
    public static boolean counts(String listing) {
        return listing != null && !listing.isEmpty() && listing.chars().allMatch(Character::isDigit);
    }

    private static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }

    private static String english(Trip t) {
        return t.country() + " " + t.entry() + ".." + (t.exit() == null ? "(no exit date)" : t.exit().toString());
    }
}
