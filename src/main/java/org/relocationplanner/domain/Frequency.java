package org.relocationplanner.domain;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** How often an income or expense falls due: every month, every twelfth month from its start, or once. */
public enum Frequency {
    MONTHLY, YEARLY, ONCE;

    /** Whether something starting in {@code start} falls due in {@code month}. */
    public boolean dueIn(YearMonth start, YearMonth month) {
        long since = ChronoUnit.MONTHS.between(start, month);
        return since >= 0 && switch (this) {
            case MONTHLY -> true;
            case YEARLY -> since % 12 == 0;
            case ONCE -> since == 0;
        };
    }
}
