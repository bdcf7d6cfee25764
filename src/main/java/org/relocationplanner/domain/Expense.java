package org.relocationplanner.domain;

import java.time.YearMonth;
import java.util.Objects;

/** Money going out: rent, food, a visa-run trip, a permit fee. {@code end} null: no end. */
public record Expense(String category, Money amount, Frequency frequency, YearMonth start, YearMonth end) {

    public Expense {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(start, "start");
        category = category == null ? "" : category;
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("The expense " + category + " ends before it starts");
        }
    }

    public boolean dueIn(YearMonth month) {
        return (end == null || !month.isAfter(end)) && frequency.dueIn(start, month);
    }
}
