package org.relocationplanner.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A date the user must act by, or a date when something changes.
 *
 * @param kind   what happens
 * @param date   the day: the last legal day for a stay, the last valid day of a document, or the day a status changes
 * @param area   the area or country it concerns (the passport's country for passports)
 * @param number the one figure it needs: days over the limit, or 1 when a tax status becomes resident
 * @param trip   the trip it concerns, or null
 */
public record Deadline(Kind kind, LocalDate date, String area, int number, Trip trip) {

    public enum Kind {
        /** The current stay must end by {@code date}. */
        LEAVE_BY,
        /** The user is over the limit now, by {@code number} days; {@code date} is today. */
        OVERSTAY,
        /** A planned stay must end by {@code date}. */
        PLANNED_LEAVE_BY,
        /** A planned stay goes over the limit from {@code date}, by up to {@code number} days. */
        PLANNED_OVERSTAY,
        /** A passport expires on {@code date}, within six months. */
        PASSPORT_EXPIRES,
        /** A passport expires on {@code date}, before a planned trip ends. */
        PASSPORT_BEFORE_TRIP_END,
        /** A visa's last valid day. */
        VISA_ENDS,
        /** A residence permit's last valid day: from the next day the visa-free count runs again. */
        PERMIT_ENDS,
        /** The Russian tax status changes on {@code date}: to resident when {@code number} is 1, else to non-resident. */
        TAX_STATUS_CHANGES
    }

    /**
     * How close a deadline is: past it, or within the last, the middle or the first warning step ({@link Warnings};
     * 7, 14 and 30 days unless the user chose others), or later.
     */
    public enum Urgency { OVERDUE, WITHIN_7, WITHIN_14, WITHIN_30, LATER }

    /**
     * The user's three warning steps, in days before a deadline: told from {@code first} on, more urgent from
     * {@code second}, most urgent from {@code last}.
     */
    public record Warnings(int first, int second, int last) {
        public static final Warnings DEFAULT = new Warnings(30, 14, 7);
        public static final int MAX = 365;

        public Warnings {
            if (last < 0 || second < last || first < second || first > MAX) {
                throw new IllegalArgumentException("warning steps must run " + MAX + " >= first >= second >= last >= 0,"
                        + " got " + first + ", " + second + ", " + last);
            }
        }
    }

    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, date);
    }

    public Urgency urgency(LocalDate today) {
        return urgency(today, Warnings.DEFAULT);
    }

    public Urgency urgency(LocalDate today, Warnings warnings) {
        if (kind == Kind.OVERSTAY || kind == Kind.PLANNED_OVERSTAY || kind == Kind.PASSPORT_BEFORE_TRIP_END) {
            return Urgency.OVERDUE;
        }
        long left = daysLeft(today);
        if (left < 0) {
            return Urgency.OVERDUE;
        }
        return left <= warnings.last() ? Urgency.WITHIN_7 : left <= warnings.second() ? Urgency.WITHIN_14
                : left <= warnings.first() ? Urgency.WITHIN_30 : Urgency.LATER;
    }

    /** Whether the user should be told about it: a problem, or 30 days or less away. */
    public boolean needsAttention(LocalDate today) {
        return needsAttention(today, Warnings.DEFAULT);
    }

    /** Whether the user should be told about it: a problem, or within the first warning step. */
    public boolean needsAttention(LocalDate today, Warnings warnings) {
        return urgency(today, warnings) != Urgency.LATER;
    }
}
