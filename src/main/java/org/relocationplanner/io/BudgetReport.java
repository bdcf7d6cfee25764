package org.relocationplanner.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.relocationplanner.domain.BudgetEngine;
import org.relocationplanner.domain.BudgetMonth;
import org.relocationplanner.domain.BudgetResult;

/**
 * The output of {@code relocation-planner budget}: the monthly rows and the runway, as JSON or a table. Fields of
 * issue 4 keep their names; issue 13 added the host rate's date, source and age per month, which rates were stale,
 * how many months used a stale rate, and how many months the resampling drew from.
 */
public final class BudgetReport {

    private BudgetReport() {
    }

    public static String json(String host, BudgetResult r, BudgetEngine.RunwayOdds odds) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("host", host);
        root.put("runsOutIn", r.runsOutIn() == null ? null : r.runsOutIn().toString());
        root.put("runwayMonths", r.runwayMonths());
        root.put("horizonMonths", r.months().size());
        root.put("staleMonths", r.staleMonths());
        if (odds != null) {
            root.putObject("resampled").put("paths", odds.paths()).put("p10", odds.p10()).put("p50", odds.p50())
                    .put("p90", odds.p90()).put("historyMonths", odds.months()).put("skippedMonths", odds.skipped());
        }
        ObjectNode fees = root.putObject("feesByChannelRub");
        r.feesByChannel().forEach(fees::put);
        ArrayNode months = root.putArray("months");
        for (BudgetMonth m : r.months()) {
            ObjectNode o = months.addObject().put("month", m.month().toString()).put("rubPerHost", m.rubPerHost())
                    .put("incomeRub", m.incomeRub()).put("taxRub", m.taxRub()).put("feesRub", m.feesRub())
                    .put("arrivedHost", m.arrivedHost()).put("expensesHost", m.expensesHost())
                    .put("netHost", m.netHost()).put("savingsHost", m.savingsHost());
            if (m.hostQuote() != null) {
                o.put("rateDate", m.hostQuote().quotedOn().toString()).put("rateSource", m.hostQuote().source())
                        .put("rateAgeDays", m.hostQuote().ageDays());
            }
            o.put("stale", m.stale());
            ArrayNode stale = o.putArray("staleRates");
            for (org.relocationplanner.domain.RateHistory.Quote q : m.staleQuotes()) {
                stale.addObject().put("currency", q.currency()).put("rateDate", q.quotedOn().toString())
                        .put("source", q.source()).put("ageDays", q.ageDays());
            }
        }
        try {
            return Json.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String table(String host, BudgetResult r, BudgetEngine.RunwayOdds odds) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append(r.runsOutIn() == null ? "Savings last beyond the horizon of " + r.months().size() + " months"
                : "Savings run out in " + r.runsOutIn() + " (" + r.runwayMonths() + " months)").append(nl);
        if (r.staleMonths() > 0) {
            out.append(r.staleMonths()).append(" of ").append(r.months().size()).append(" months use a stale rate "
                    + "(marked *): a rate older than its source's spacing, carried over a gap").append(nl);
        }
        if (odds != null) {
            out.append(String.format(Locale.ROOT, "Resampled over %d paths: %d / %d / %d months at the 10th, 50th "
                    + "and 90th percentile%n", odds.paths(), odds.p10(), odds.p50(), odds.p90()));
            if (odds.skipped() > 0) {
                out.append(String.format(Locale.ROOT, "  (drawn from %d months of history; %d left out for a stale "
                        + "rate)%n", odds.months(), odds.skipped()));
            }
        }
        for (Map.Entry<String, java.math.BigDecimal> f : r.feesByChannel().entrySet()) {
            out.append("Channel ").append(f.getKey()).append(" took ").append(f.getValue().toPlainString())
                    .append(" RUB").append(nl);
        }
        out.append(String.format(Locale.ROOT, "%-8s %10s %12s %10s %10s %12s %12s %12s %14s  %s%n", "MONTH",
                "RUB/" + host, "INCOME RUB", "TAX RUB", "FEES RUB", "ARRIVED", "EXPENSES", "NET", "SAVINGS",
                "RATE OF"));
        List<BudgetMonth> months = r.months();
        for (BudgetMonth m : months) {
            out.append(String.format(Locale.ROOT, "%-8s %10s %12s %10s %10s %12s %12s %12s %14s  %s%n",
                    m.month() + (m.stale() ? "*" : ""), m.rubPerHost().toPlainString(), m.incomeRub().toPlainString(),
                    m.taxRub().toPlainString(), m.feesRub().toPlainString(), m.arrivedHost().toPlainString(),
                    m.expensesHost().toPlainString(), m.netHost().toPlainString(), m.savingsHost().toPlainString(),
                    m.hostQuote() == null || m.hostQuote().currency().equals("RUB") ? "-"
                            : m.hostQuote().quotedOn() + " " + m.hostQuote().source()));
        }
        return out.toString();
    }
}
