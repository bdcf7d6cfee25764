package org.relocationplanner.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.relocationplanner.domain.AreaStatus;
import org.relocationplanner.domain.StayRule;

/**
 * The output of {@code relocation-planner stays}: a JSON document whose field names and order are a contract
 * with users' scripts, or a plain table for people.
 */
public final class StaysReport {

    private StaysReport() {
    }

    /** {@code {"on":…,"passport":…,"areas":[{"area","rule","daysUsed","limit","inside","latestLegalExit",
     * "overstayDays","legalAgainFrom","warnings"}]}} on one line. */
    public static String json(LocalDate on, String passport, List<AreaStatus> areas) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("on", on.toString());
        root.put("passport", passport);
        ArrayNode list = root.putArray("areas");
        for (AreaStatus a : areas) {
            ObjectNode o = list.addObject();
            o.put("area", a.area());
            o.put("rule", rule(a.rule()));
            o.put("daysUsed", a.daysUsed());
            o.put("limit", a.limit());
            o.put("inside", a.inside());
            o.put("latestLegalExit", a.latestLegalExit() == null ? null : a.latestLegalExit().toString());
            o.put("overstayDays", a.overstayDays());
            o.put("legalAgainFrom", a.legalAgainFrom() == null ? null : a.legalAgainFrom().toString());
            ArrayNode w = o.putArray("warnings");
            a.warnings().forEach(w::add);
        }
        try {
            return Json.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same as a table with a header line, columns separated by two spaces. */
    public static String table(LocalDate on, String passport, List<AreaStatus> areas) {
        StringBuilder out = new StringBuilder();
        out.append("On ").append(on).append(", passport ").append(passport).append(System.lineSeparator());
        String[] head = {"AREA", "RULE", "USED", "LIMIT", "INSIDE", "LATEST EXIT", "OVERSTAY", "LEGAL AGAIN",
                "WARNINGS"};
        String[][] rows = new String[areas.size() + 1][];
        rows[0] = head;
        for (int i = 0; i < areas.size(); i++) {
            AreaStatus a = areas.get(i);
            rows[i + 1] = new String[] {a.area(), String.valueOf(rule(a.rule())), String.valueOf(a.daysUsed()),
                    a.limit() == null ? "-" : a.limit().toString(), a.inside() ? "yes" : "no",
                    a.latestLegalExit() == null ? "-" : a.latestLegalExit().toString(),
                    String.valueOf(a.overstayDays()),
                    a.legalAgainFrom() == null ? "-" : a.legalAgainFrom().toString(), String.join("; ", a.warnings())};
        }
        out.append(TextTable.render(java.util.Arrays.asList(rows)));
        if (areas.isEmpty()) {
            out.append("No trip has begun by this date.").append(System.lineSeparator());
        }
        return out.toString();
    }

    /** The rule in plain English ("90 days in any 180"), or null when none is known. */
    public static String rule(StayRule r) {
        if (r == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(r.visaFree() ? "" : "visa required; ");
        if (r.windowDays() != null && r.windowPeriod() != null) {
            s.append(r.windowDays()).append(" days ").append(switch (r.windowKind()) {
                case FROM_FIRST_ENTRY -> "in each " + r.windowPeriod() + " from the first entry";
                case CALENDAR_YEAR -> "per calendar year";
                case UNKNOWN -> "in " + r.windowPeriod() + " (rolling or fixed not known)";
                default -> "in any " + r.windowPeriod();
            });
        }
        if (r.perEntryDays() != null && !(r.windowDays() != null && r.windowDays().equals(r.perEntryDays())
                && r.windowKind() != StayRule.WindowKind.PER_ENTRY)) {
            s.append(s.length() > 0 && !s.toString().endsWith("; ") ? ", " : "").append(r.perEntryDays())
                    .append(" days per entry");
        }
        if (r.yearCapDays() != null) {
            s.append(s.length() > 0 && !s.toString().endsWith("; ") ? ", " : "").append(r.yearCapDays())
                    .append(" days per calendar year");
        }
        if (s.length() == 0 || s.toString().endsWith("; ")) {
            s.append(r.isUnlimited() ? "no limit" : "limit not known");
        }
        return s.toString();
    }
}
