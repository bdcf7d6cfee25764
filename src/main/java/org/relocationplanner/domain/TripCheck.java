package org.relocationplanner.domain;

import java.time.LocalDate;

/**
 * How one trip stands against the rules, with everything recorded before it.
 *
 * @param trip            the trip
 * @param area            the area its first day counts for
 * @param state           legal, ending within {@link StayEngine#ENDING_SOON_DAYS} days of its latest legal exit,
 *                        or over the limit on some day
 * @param latestLegalExit for a trip that is going on or planned: the last day it may last; null when unlimited or
 *                        unknown
 * @param firstIllegalDay the first day over the limit; null when none
 * @param overstayDays    the most days over the limit on any of its days
 * @param notes           what the rules over its days are unsure of: a general listing, weak sources, a change of
 *                        unknown date or outcome, a limit not on record, days with no rule on record
 */
public record TripCheck(Trip trip, String area, State state, LocalDate latestLegalExit, LocalDate firstIllegalDay,
                        int overstayDays, java.util.List<StayWarning> notes) {

    public TripCheck {
        notes = java.util.List.copyOf(notes);
    }

    public enum State { LEGAL, ENDING_SOON, OVERSTAY }
}
