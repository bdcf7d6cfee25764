package org.relocationplanner.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The same plan in every destination: the plan's expenses moved by the World Bank price level (the destination's
 * level over that of the country lived in, both from the comparison data), and the runway there at the rates of a
 * day. Where a level or a rate is unknown, the answer says which, never a guess.
 */
public final class BudgetElsewhere {

    /** Why a destination has no estimate. */
    public enum Missing { RATE, PRICE_LEVEL }

    /**
     * One destination: the factor its prices are of here's, the monthly spending in rubles, the runway in months,
     * and the oldest rate counted with (stale or not); or what is missing.
     */
    public record Estimate(Destination destination, BigDecimal factor, BigDecimal monthlyRub, Integer runwayMonths,
                           RateHistory.Quote oldestRate, Missing missing) {

        /** Whether the runway was counted at a stale rate. */
        public boolean stale() {
            return oldestRate != null && oldestRate.stale();
        }
    }

    private BudgetElsewhere() {
    }

    /**
     * Every destination, longest runway first (those without an estimate last). {@code home} is the country lived
     * in (null: unknown, so no level to compare with).
     */
    public static List<Estimate> compare(BudgetEngine engine, RateHistory history, BudgetPlan plan,
                                         List<Destination> destinations, Destination home, LocalDate day) {
        List<Estimate> out = new ArrayList<>();
        BigDecimal homeLevel = home == null ? null : priceLevel(home);
        for (Destination d : destinations) {
            BigDecimal level = priceLevel(d);
            Optional<RateHistory.Quote> q = history.on(d.currency(), day);
            if (homeLevel == null || level == null || q.isEmpty()) {
                out.add(new Estimate(d, null, null, null, null, q.isEmpty() ? Missing.RATE : Missing.PRICE_LEVEL));
                continue;
            }
            BigDecimal factor = level.divide(homeLevel, MathContext.DECIMAL64);
            List<Expense> moved = new ArrayList<>();
            for (Expense e : plan.expenses()) {
                moved.add(new Expense(e.category(), new Money(e.amount().amount().multiply(factor,
                        MathContext.DECIMAL64), e.amount().currency()), e.frequency(), e.start(), e.end()));
            }
            try {
                BudgetResult r = engine.run(plan.withExpenses(moved), new Scenario.Frozen(day));
                BudgetMonth first = r.months().get(0);
                BigDecimal monthly = first.expensesHost().multiply(first.rubPerHost(), MathContext.DECIMAL64)
                        .setScale(0, RoundingMode.HALF_EVEN);
                out.add(new Estimate(d, factor, monthly, r.runwayMonths(), oldest(first), null));
            } catch (MissingRateException e) {
                out.add(new Estimate(d, null, null, null, null, Missing.RATE));
            }
        }
        out.sort(Comparator.comparing((Estimate e) -> e.runwayMonths() == null ? -1 : e.runwayMonths()).reversed());
        return out;
    }

    /** The oldest rate a month counted with (the host's, or a stale one of another currency); null for rubles only. */
    public static RateHistory.Quote oldest(BudgetMonth m) {
        RateHistory.Quote out = m.hostQuote() == null || m.hostQuote().currency().equals("RUB") ? null : m.hostQuote();
        for (RateHistory.Quote q : m.staleQuotes()) {
            if (out == null || q.ageDays() > out.ageDays() || !out.stale()) {
                out = q;
            }
        }
        return out;
    }

    /** A destination's World Bank price level, when known and above zero. */
    public static BigDecimal priceLevel(Destination d) {
        Fact f = d.facts().get(Criterion.PRICE_LEVEL);
        return f != null && f.value() instanceof FactValue.Amount a && a.number().signum() > 0 ? a.number() : null;
    }
}
