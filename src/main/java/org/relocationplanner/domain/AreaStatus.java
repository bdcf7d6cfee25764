package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a user stands in one area on one day.
 *
 * @param rule             the rule in force that day; null when none is known
 * @param daysUsed         days the rule counts that day: inside the window for a window rule, of the current or last
 *                         entry for a per-entry rule, of the calendar year for a yearly cap
 * @param limit            the most days the rule allows for that count; null when there is no limit or it is unknown
 * @param inside           whether a trip places the user in the area that day
 * @param latestLegalExit  the last day the user may stay, continuing the stay or entering that day; null when there is
 *                         no limit, the limit is unknown, or the user may not be there that day at all
 * @param overstayDays     how far over the limit the count stands that day
 * @param legalAgainFrom   the first day a new entry is legal, when it is not that day
 * @param notes            how sure the answer is, and what is wrong
 */
public record AreaStatus(String area, StayRule rule, int daysUsed, Integer limit, boolean inside,
                         LocalDate latestLegalExit, int overstayDays, LocalDate legalAgainFrom,
                         List<StayWarning> notes) {

    public AreaStatus {
        notes = List.copyOf(notes);
    }

    public Integer daysLeft() {
        return limit == null ? null : Math.max(0, limit - daysUsed);
    }

    /** The notes in plain English. */
    public List<String> warnings() {
        return notes.stream().map(StayWarning::english).toList();
    }
}
