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

/** The output of {@code relocation-planner budget}: the monthly rows and the runway, as JSON or a table. */
public final class BudgetReport {

    private BudgetReport() {
    }

    public static String json(String host, BudgetResult r, BudgetEngine.RunwayOdds odds) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("host", host);
        root.put("runsOutIn", r.runsOutIn() == null ? null : r.runsOutIn().toString());
        root.put("runwayMonths", r.runwayMonths());
        root.put("horizonMonths", r.months().size());
        if (odds != null) {
            root.putObject("resampled").put("paths", odds.paths()).put("p10", odds.p10()).put("p50", odds.p50())
                    .put("p90", odds.p90());
        }
        ObjectNode fees = root.putObject("feesByChannelRub");
        r.feesByChannel().forEach(fees::put);
        ArrayNode months = root.putArray("months");
        for (BudgetMonth m : r.months()) {
            months.addObject().put("month", m.month().toString()).put("rubPerHost", m.rubPerHost())
                    .put("incomeRub", m.incomeRub()).put("taxRub", m.taxRub()).put("feesRub", m.feesRub())
                    .put("arrivedHost", m.arrivedHost()).put("expensesHost", m.expensesHost())
                    .put("netHost", m.netHost()).put("savingsHost", m.savingsHost());
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
        if (odds != null) {
            out.append(String.format(Locale.ROOT, "Resampled over %d paths: %d / %d / %d months at the 10th, 50th "
                    + "and 90th percentile%n", odds.paths(), odds.p10(), odds.p50(), odds.p90()));
        }
        for (Map.Entry<String, java.math.BigDecimal> f : r.feesByChannel().entrySet()) {
            out.append("Channel ").append(f.getKey()).append(" took ").append(f.getValue().toPlainString())
                    .append(" RUB").append(nl);
        }
        out.append(String.format(Locale.ROOT, "%-8s %10s %12s %10s %10s %12s %12s %12s %14s%n", "MONTH",
                "RUB/" + host, "INCOME RUB", "TAX RUB", "FEES RUB", "ARRIVED", "EXPENSES", "NET", "SAVINGS"));
        List<BudgetMonth> months = r.months();
        for (BudgetMonth m : months) {
            out.append(String.format(Locale.ROOT, "%-8s %10s %12s %10s %10s %12s %12s %12s %14s%n", m.month(),
                    m.rubPerHost().toPlainString(), m.incomeRub().toPlainString(), m.taxRub().toPlainString(),
                    m.feesRub().toPlainString(), m.arrivedHost().toPlainString(), m.expensesHost().toPlainString(),
                    m.netHost().toPlainString(), m.savingsHost().toPlainString()));
        }
        return out.toString();
    }
}
