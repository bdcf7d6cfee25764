package org.relocationplanner.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One month of a budget. Ruble amounts: income before tax, tax, and what the transfer channels took (fees and
 * the worse rate). Host-currency amounts: what arrived, expenses, net, and all savings at the month's rates.
 * {@code hostQuote} is the host currency's rate as looked up (its date and source); {@code staleQuotes} the rates
 * of the month that are older than their source's spacing allows, by currency, empty when none is.
 */
public record BudgetMonth(YearMonth month, BigDecimal rubPerHost, BigDecimal incomeRub, BigDecimal taxRub,
                          BigDecimal feesRub, BigDecimal arrivedHost, BigDecimal expensesHost, BigDecimal netHost,
                          BigDecimal savingsHost, RateHistory.Quote hostQuote, List<RateHistory.Quote> staleQuotes) {

    public BudgetMonth {
        staleQuotes = List.copyOf(staleQuotes);
    }

    /** Whether a rate of the month is stale. */
    public boolean stale() {
        return !staleQuotes.isEmpty();
    }
}
