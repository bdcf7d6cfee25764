package org.relocationplanner.domain;

/**
 * A note on how sure a stay answer is, or what is wrong. {@code number} is the one figure the note needs (days, or
 * the length of a period), 0 when it needs none.
 */
public record StayWarning(Kind kind, int number) {

    public enum Kind {
        /** Over the limit by {@code number} days. */
        OVERSTAY,
        /** No rule is known for the area and passport. */
        NO_RULE,
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
        RULE_ENDS
    }

    /** The note in plain English, as the command line prints it. */
    public String english() {
        return switch (kind) {
            case OVERSTAY -> "Over the limit by " + number + (number == 1 ? " day" : " days");
            case NO_RULE -> "No stay rule is known for this area and passport";
            case VISA_ASSUMED -> "A visa is needed; the count assumes a valid one";
            case NO_VISA -> "A visa is needed and none of yours covers this day";
            case VISA_ENTRIES -> "More entries than the visa allows (" + number + " made)";
            case WINDOW_KIND_UNKNOWN -> "Whether the " + number + "-day period is rolling or fixed is not known: "
                    + "counted as rolling, the stricter reading";
            case WEAK_SOURCES -> "The sources for this rule are weak or conflict";
            case PERMIT -> "A residence permit or long-stay visa covers this day: the visa-free count is paused";
            case RULE_ENDS -> "The rule on record ends on the latest exit given; what applies after it is not known";
        };
    }
}
