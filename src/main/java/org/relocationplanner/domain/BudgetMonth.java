package org.relocationplanner.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of a budget. Ruble amounts: income before tax, tax, and what the transfer channels took (fees and
 * the worse rate). Host-currency amounts: what arrived, expenses, net, and all savings at the month's rates.
 */
public record BudgetMonth(YearMonth month, BigDecimal rubPerHost, BigDecimal incomeRub, BigDecimal taxRub,
                          BigDecimal feesRub, BigDecimal arrivedHost, BigDecimal expensesHost, BigDecimal netHost,
                          BigDecimal savingsHost) {
}
