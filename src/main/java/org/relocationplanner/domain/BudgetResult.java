package org.relocationplanner.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A budget counted month by month. {@code runsOutIn} is the first month the savings cannot cover the month (null:
 * they last beyond the horizon); {@code feesByChannel} is what each channel took over the plan, in rubles (fees
 * and the worse rate).
 */
public record BudgetResult(List<BudgetMonth> months, YearMonth runsOutIn, Map<String, BigDecimal> feesByChannel) {

    public BudgetResult {
        months = List.copyOf(months);
        feesByChannel = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(feesByChannel));
    }

    /** The months counted with a rate older than its source's spacing allows. */
    public int staleMonths() {
        return (int) months.stream().filter(BudgetMonth::stale).count();
    }

    /** Whole months the savings last from the first month: the horizon when they last beyond it. */
    public int runwayMonths() {
        if (runsOutIn == null) {
            return months.size();
        }
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(months.get(0).month(), runsOutIn);
    }
}
