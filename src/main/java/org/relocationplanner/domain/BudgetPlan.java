package org.relocationplanner.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A budget: income, expenses, savings and transfer channels, lived in {@code hostCurrency} from {@code start} for
 * {@code months} months.
 */
public record BudgetPlan(String hostCurrency, YearMonth start, int months, List<IncomeStream> incomes,
                         List<Expense> expenses, List<Saving> savings, List<TransferChannel> channels) {

    public static final int MAX_MONTHS = 600;

    public BudgetPlan {
        Objects.requireNonNull(hostCurrency, "hostCurrency");
        Objects.requireNonNull(start, "start");
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("A plan runs for 1 to " + MAX_MONTHS + " months, not " + months);
        }
        incomes = List.copyOf(incomes);
        expenses = List.copyOf(expenses);
        savings = List.copyOf(savings);
        channels = List.copyOf(channels);
        for (IncomeStream i : incomes) {
            if (!i.channel().isEmpty() && channels.stream().noneMatch(c -> c.name().equals(i.channel()))) {
                throw new IllegalArgumentException("The income " + i.name() + " names an unknown channel "
                        + i.channel());
            }
        }
    }

    /** Every currency the plan counts in, the host's first, each once. */
    public List<String> currencies() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        all.add(hostCurrency);
        incomes.forEach(i -> all.add(i.amount().currency()));
        expenses.forEach(e -> all.add(e.amount().currency()));
        savings.forEach(s -> all.add(s.amount().currency()));
        channels.forEach(c -> {
            all.add(c.fixedFee().currency());
            if (c.monthlyLimit() != null) {
                all.add(c.monthlyLimit().currency());
            }
        });
        return List.copyOf(all);
    }

    public Optional<TransferChannel> channel(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public BudgetPlan withHost(String currency) {
        return new BudgetPlan(currency, start, months, incomes, expenses, savings, channels);
    }

    public BudgetPlan withExpenses(List<Expense> e) {
        return new BudgetPlan(hostCurrency, start, months, incomes, e, savings, channels);
    }
}
