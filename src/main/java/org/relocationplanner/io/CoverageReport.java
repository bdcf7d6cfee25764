package org.relocationplanner.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relocationplanner.domain.RateCoverage;

/**
 * The output of {@code relocation-planner rates coverage}: per currency, the sources' runs of quotes, the days without
 * a fresh rate, and where the Bank of Russia publishes the official rates missing up to the day asked.
 */
public final class CoverageReport {

    private CoverageReport() {
    }

    /**
     * {@code {"on","currencies":[{"currency","spans":[{"source","from","to","quotes"}],"gaps":[{"from","to","days"}],
     * "missingSince","missingFrom","missingTo","cbrAddress","cbrAddressKind"}]}} on one line ({@code missingFrom} and
     * {@code missingTo}: the latest recent gap, from the day after its last quote); {@code cbrAddressKind} is {@code "period"} (the
     * exact file of the missing days) or {@code "daily"} (the day's file, which names the currency's code first).
     */
    public static String json(LocalDate on, List<RateCoverage.Of> coverage, Map<String, String> learntIds) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("on", on.toString());
        ArrayNode list = root.putArray("currencies");
        for (RateCoverage.Of c : coverage) {
            ObjectNode o = list.addObject();
            o.put("currency", c.currency());
            ArrayNode spans = o.putArray("spans");
            c.spans().forEach(s -> spans.addObject().put("source", s.source()).put("from", s.from().toString())
                    .put("to", s.to().toString()).put("quotes", s.quotes()));
            ArrayNode gaps = o.putArray("gaps");
            c.gaps().forEach(g -> gaps.addObject().put("from", g.from().toString()).put("to", g.to().toString())
                    .put("days", g.days()));
            o.put("missingSince", c.missingSince() == null ? null : c.missingSince().toString());
            RateCoverage.Period m = c.missing();
            o.put("missingFrom", m == null ? null : m.from().toString());
            o.put("missingTo", m == null ? null : m.to().toString());
            Optional<String> exact = m == null ? Optional.empty()
                    : CbrAddress.dynamic(c.currency(), m.from(), m.to(), learntIds);
            o.put("cbrAddress", m == null ? null : exact.orElse(CbrAddress.daily(m.from())));
            o.put("cbrAddressKind", m == null ? null : exact.isPresent() ? "period" : "daily");
        }
        try {
            return Json.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same for people: one block per currency. */
    public static String table(LocalDate on, List<RateCoverage.Of> coverage, Map<String, String> learntIds) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append("Rates up to ").append(on).append(": sources, and days without a fresh rate").append(nl);
        for (RateCoverage.Of c : coverage) {
            out.append(nl).append(c.currency()).append(nl);
            List<String[]> rows = new ArrayList<>();
            c.spans().forEach(s -> rows.add(new String[] {"  " + s.source(), s.from() + " - " + s.to(),
                    s.quotes() + " rates"}));
            c.gaps().forEach(g -> rows.add(new String[] {"  gap", g.from() + " - " + g.to(), g.days() + (g.days() == 1 ? " day" : " days")}));
            out.append(TextTable.render(rows));
            RateCoverage.Period m = c.missing();
            if (m != null) {
                Optional<String> exact = CbrAddress.dynamic(c.currency(), m.from(), m.to(), learntIds);
                out.append("  no rate stored from ").append(m.from()).append(" to ").append(m.to())
                        .append("; official rates: ").append(exact.orElse(CbrAddress.daily(m.from())
                                + " (the day's file; import it to learn the code of " + c.currency()
                                + ", or see that the Bank of Russia does not quote it)")).append(nl);
            }
        }
        return out.toString();
    }
}
