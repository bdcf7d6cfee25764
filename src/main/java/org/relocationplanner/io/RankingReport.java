package org.relocationplanner.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.Ranking;
import org.relocationplanner.domain.Score;
import org.relocationplanner.domain.Weights;

/**
 * The output of {@code relocation-planner compare}: a JSON document whose field names and order are a contract with
 * users' scripts, a CSV table, or a plain table for people. Criteria are named in lower case ({@code stay_allowed},
 * {@code handover_risk}); points are rounded to two decimals, shares to three.
 */
public final class RankingReport {

    /** Where the ranking's values came from: the user's database (their own values and weights) or the shipped data. */
    public enum Data { YOURS, SHIPPED }

    /** What the ranking was made of. */
    public record Context(LocalDate on, String passport, int datasetVersion, Data data, Weights weights) {
    }

    private RankingReport() {
    }

    public static String criterionName(Criterion c) {
        return c.name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code {"on","passport","dataset","data","weights":{criterion:weight},"ranking":[{"place","code","nameEn",
     * "nameRu","score","knownShare","knownWeight","totalWeight","unknownCost","unknown":[criterion],
     * "conflicts":[criterion],"parts":[{"criterion","weight","valueScore","points","unknown","conflict"}]}]}}
     * on one line; an unknown part's {@code valueScore} is null.
     */
    public static String json(Context context, List<Ranking.Entry> ranking) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("on", context.on().toString());
        root.put("passport", context.passport());
        root.put("dataset", context.datasetVersion());
        root.put("data", context.data().name().toLowerCase(Locale.ROOT));
        ObjectNode weights = root.putObject("weights");
        for (Criterion c : Criterion.values()) {
            if (c.isWeighted()) {
                weights.put(criterionName(c), context.weights().of(c));
            }
        }
        ArrayNode list = root.putArray("ranking");
        for (Ranking.Entry e : ranking) {
            Score s = e.score();
            ObjectNode o = list.addObject();
            o.put("place", e.place());
            o.put("code", e.country().code());
            o.put("nameEn", e.country().destination().name().en());
            o.put("nameRu", e.country().destination().name().ru());
            o.put("score", round(s.points(), 2));
            o.put("knownShare", round(s.knownShare(), 3));
            o.put("knownWeight", s.knownWeight());
            o.put("totalWeight", s.totalWeight());
            if (Double.isNaN(s.unknownCost())) {
                o.putNull("unknownCost"); // nothing weighted is known: there is no mean to compare with
            } else {
                o.put("unknownCost", round(s.unknownCost(), 2));
            }
            ArrayNode unknown = o.putArray("unknown");
            ArrayNode conflicts = o.putArray("conflicts");
            for (Score.Part p : s.parts()) {
                if (p.unknown()) {
                    unknown.add(criterionName(p.criterion()));
                }
                if (p.conflict()) {
                    conflicts.add(criterionName(p.criterion()));
                }
            }
            ArrayNode parts = o.putArray("parts");
            for (Score.Part p : s.parts()) {
                ObjectNode part = parts.addObject();
                part.put("criterion", criterionName(p.criterion()));
                part.put("weight", p.weight());
                if (p.unknown()) {
                    part.putNull("valueScore");
                } else {
                    part.put("valueScore", round(p.valueScore(), 3));
                }
                part.put("points", round(p.points(), 2));
                part.put("unknown", p.unknown());
                part.put("conflict", p.conflict());
            }
        }
        try {
            return Json.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One row per destination: place, code, names, score, known share, unknown cost, and each criterion's points. */
    public static String csv(Context context, List<Ranking.Entry> ranking) {
        List<Criterion> weighted = weighted(context.weights());
        List<String> header = new ArrayList<>(List.of("place", "code", "name_en", "name_ru", "score", "known_share",
                "unknown_cost", "unknown", "conflicts"));
        weighted.forEach(c -> header.add(criterionName(c)));
        List<List<String>> rows = new ArrayList<>();
        for (Ranking.Entry e : ranking) {
            Score s = e.score();
            List<String> row = new ArrayList<>(List.of(String.valueOf(e.place()), e.country().code(),
                    e.country().destination().name().en(), e.country().destination().name().ru(),
                    round(s.points(), 2).toPlainString(), round(s.knownShare(), 3).toPlainString(),
                    cost(s, 2), names(s, Score.Part::unknown, " "), names(s, Score.Part::conflict, " ")));
            for (Criterion c : weighted) {
                row.add(s.parts().stream().filter(p -> p.criterion() == c).findFirst()
                        .map(p -> p.unknown() ? "" : round(p.points(), 2).toPlainString()).orElse(""));
            }
            rows.add(row);
        }
        StringWriter out = new StringWriter();
        try {
            Csv.write(out, header, rows);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** The same as a table with a header line, columns separated by two spaces. */
    public static String table(Context context, List<Ranking.Entry> ranking) {
        StringBuilder out = new StringBuilder();
        out.append("On ").append(context.on()).append(", passport ").append(context.passport()).append(", dataset v")
                .append(context.datasetVersion()).append(context.data() == Data.YOURS ? ", with your values and weights"
                        : ", shipped data").append(System.lineSeparator());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "CODE", "COUNTRY", "SCORE", "KNOWN", "UNKNOWN COST", "NOT KNOWN", "SOURCES DIFFER"});
        for (Ranking.Entry e : ranking) {
            Score s = e.score();
            rows.add(new String[] {String.valueOf(e.place()), e.country().code(), e.country().destination().name().en(),
                    round(s.points(), 1).toPlainString(), Math.round(s.knownShare() * 100) + "%",
                    cost(s, 1).isEmpty() ? "-" : cost(s, 1), names(s, Score.Part::unknown, ", "),
                    names(s, Score.Part::conflict, ", ")});
        }
        out.append(TextTable.render(rows));
        out.append("An unknown value counts as nothing; UNKNOWN COST is what it cost against the mean of the known ones.")
                .append(System.lineSeparator()).append("Where two sources differ, the worse value for you counts.")
                .append(System.lineSeparator());
        return out.toString();
    }

    private static List<Criterion> weighted(Weights weights) {
        List<Criterion> list = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            if (c.isWeighted() && weights.of(c) > 0) {
                list.add(c);
            }
        }
        return list;
    }

    /** The criteria of the parts that {@code which} picks, by name. */
    private static String names(Score s, java.util.function.Predicate<Score.Part> which, String separator) {
        return String.join(separator, s.parts().stream().filter(which).map(p -> criterionName(p.criterion())).toList());
    }

    /** The unknown cost, or nothing when nothing weighted is known. */
    private static String cost(Score s, int places) {
        return Double.isNaN(s.unknownCost()) ? "" : round(s.unknownCost(), places).toPlainString();
    }

    private static BigDecimal round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN);
    }
}
