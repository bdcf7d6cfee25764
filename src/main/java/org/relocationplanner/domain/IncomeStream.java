package org.relocationplanner.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Money coming in: a salary, the rent of a flat at home. {@code taxPercent} is taken from each payment before it
 * moves; {@code channel} names the transfer channel that moves it (empty: converted at the rate, no fee).
 * {@code end} null: no end.
 */
public record IncomeStream(String name, Money amount, Frequency frequency, YearMonth start, YearMonth end,
                           BigDecimal taxPercent, String channel) {

    public IncomeStream {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(start, "start");
        name = name == null ? "" : name;
        taxPercent = taxPercent == null ? BigDecimal.ZERO : taxPercent;
        channel = channel == null ? "" : channel;
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("The income " + name + " ends before it starts");
        }
    }

    public boolean dueIn(YearMonth month) {
        return (end == null || !month.isAfter(end)) && frequency.dueIn(start, month);
    }
}
