package org.relocationplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.Deadline.Urgency;
import org.relocationplanner.domain.Deadline.Warnings;

/** The user's warning steps decide how urgent a deadline is and whether it is told at start. */
class DeadlineWarningsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Deadline leaveIn(int days) {
        return new Deadline(Deadline.Kind.LEAVE_BY, TODAY.plusDays(days), "KZ", 0, null);
    }

    @Test
    void theDefaultStepsAre30And14And7Days() {
        assertEquals(Urgency.WITHIN_7, leaveIn(7).urgency(TODAY));
        assertEquals(Urgency.WITHIN_14, leaveIn(8).urgency(TODAY));
        assertEquals(Urgency.WITHIN_30, leaveIn(30).urgency(TODAY));
        assertEquals(Urgency.LATER, leaveIn(31).urgency(TODAY));
        assertEquals(Urgency.OVERDUE, leaveIn(-1).urgency(TODAY));
    }

    @Test
    void chosenStepsMoveEachBoundary() {
        Warnings w = new Warnings(60, 21, 3);
        assertEquals(Urgency.WITHIN_7, leaveIn(3).urgency(TODAY, w));
        assertEquals(Urgency.WITHIN_14, leaveIn(4).urgency(TODAY, w));
        assertEquals(Urgency.WITHIN_14, leaveIn(21).urgency(TODAY, w));
        assertEquals(Urgency.WITHIN_30, leaveIn(60).urgency(TODAY, w));
        assertTrue(leaveIn(45).needsAttention(TODAY, w));
        assertFalse(leaveIn(45).needsAttention(TODAY), "beyond the default 30 days");
        assertEquals(Urgency.OVERDUE, new Deadline(Deadline.Kind.OVERSTAY, TODAY, "KZ", 3, null).urgency(TODAY, w),
                "an overstay is overdue whatever the steps");
    }

    @Test
    void stepsOutOfOrderOrBeyondAYearAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Warnings(14, 30, 7));
        assertThrows(IllegalArgumentException.class, () -> new Warnings(30, 14, -1));
        assertThrows(IllegalArgumentException.class, () -> new Warnings(400, 14, 7));
        assertEquals(new Warnings(0, 0, 0), new Warnings(0, 0, 0), "no warnings before the day itself is allowed");
    }
}
