package org.relocationplanner.cli;

import org.relocationplanner.service.DataFolder;
import org.relocationplanner.service.UserData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.bench.RankingBench;
import org.relocationplanner.data.AnnotationRepository;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DestinationRepository;
import org.relocationplanner.data.SettingsRepository;
import org.relocationplanner.data.ShippedData;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.FactValue;
import org.relocationplanner.domain.Levels;
import org.relocationplanner.domain.UserAnnotation;
import org.relocationplanner.domain.Weights;
import org.relocationplanner.io.DatasetReader;
import org.relocationplanner.io.Json;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.TaskExecutor;
import org.relocationplanner.ui.compare.CompareViewModel;

/** {@code relocation-planner compare}: the window's ranking without a window. */
class CompareCommandTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        String[] all = new String[args.length + 1];
        all[0] = "compare";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(all, new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), java.time.Clock.fixed(DAY.atStartOfDay(
                java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC), () -> null, () -> null));
    }

    private JsonNode json() throws Exception {
        return Json.mapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static List<String> codes(JsonNode ranking) {
        List<String> codes = new ArrayList<>();
        ranking.forEach(e -> codes.add(e.get("code").asText()));
        return codes;
    }

    @Test
    void theShippedRankingInJsonIsTheWindowsRankingWithItsFieldsInTheirOrder() throws Exception {
        assertEquals(0, run("--shipped", "--on", "2026-12-05", "--format", "json"), err.toString());
        JsonNode root = json();
        assertEquals(List.of("on", "passport", "dataset", "data", "weights", "ranking"), fields(root));
        assertEquals("shipped", root.get("data").asText());
        JsonNode first = root.get("ranking").get(0);
        assertEquals(List.of("place", "code", "nameEn", "nameRu", "score", "knownShare", "knownWeight", "totalWeight",
                "unknownCost", "unknown", "conflicts", "parts"), fields(first));
        assertEquals(List.of("criterion", "weight", "valueScore", "points", "unknown", "conflict"),
                fields(first.get("parts").get(0)));

        CompareViewModel window = new CompareViewModel(DatasetReader.readShipped().destinations(), List.of(),
                Weights.defaults(), List.of(), "RU", Clock.fixed(Instant.parse("2026-12-05T09:00:00Z"), ZoneOffset.UTC),
                RankingBench.noStore(), TaskExecutor.direct(), RankingBench.noDialogs(), new I18n(Locale.ENGLISH));
        assertEquals(window.ranking().stream().map(e -> e.country().code()).toList(), codes(root.get("ranking")));
        assertEquals(window.ranking().get(0).score().points(), first.get("score").asDouble(), 0.005);
    }

    @Test
    void anUnknownValueIsNamedAndCostsPoints() throws Exception {
        assertEquals(0, run("--shipped", "--format", "json"));
        for (JsonNode e : json().get("ranking")) {
            int unknown = e.get("unknown").size();
            assertEquals(unknown == 0, e.get("knownWeight").asInt() == e.get("totalWeight").asInt(), e.toString());
            // the unknown weight costs what the known values' mean would have earned there
            double mean = e.get("score").asDouble() * e.get("totalWeight").asDouble() / e.get("knownWeight").asDouble();
            double cost = mean * (e.get("totalWeight").asInt() - e.get("knownWeight").asInt()) / e.get("totalWeight")
                    .asDouble();
            assertEquals(cost, e.get("unknownCost").asDouble(), 0.03, e.toString()); // from rounded figures
            assertEquals(unknown == 0, e.get("unknownCost").asDouble() == 0.0, e.toString());
            for (JsonNode p : e.get("parts")) {
                if (p.get("unknown").asBoolean()) {
                    assertTrue(p.get("valueScore").isNull());
                    assertEquals(0.0, p.get("points").asDouble());
                }
            }
        }
    }

    @Test
    void aWeightFromTheCommandLineChangesTheRanking() throws Exception {
        assertEquals(0, run("--shipped", "--format", "json"));
        List<String> before = codes(json().get("ranking"));
        assertEquals(0, run("--shipped", "--format", "json", "--weight", "handover_risk=10", "--weight=stay_allowed=0"));
        JsonNode root = json();
        assertEquals(10, root.get("weights").get("handover_risk").asInt());
        assertEquals(0, root.get("weights").get("stay_allowed").asInt());
        List<String> after = codes(root.get("ranking"));
        // Malaysia's handover risk is low, Kazakhstan's high: weighting it lifts the one and lowers the other
        assertTrue(after.indexOf("MY") < before.indexOf("MY"), before + " -> " + after);
        assertTrue(after.indexOf("KZ") > before.indexOf("KZ"), before + " -> " + after);
    }

    @Test
    void yourOwnValuesAndWeightsComeFromYourDatabase() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (Database db = Database.open(folder.databaseBase())) {
            ShippedData.installIfNewer(new DestinationRepository(db), DatasetReader.readShipped());
            new AnnotationRepository(db, Clock.systemUTC()).save(new UserAnnotation("MK", Criterion.RUSSIAN_USE,
                    new FactValue.OfLevel(Levels.WIDELY_USED), "my landlord speaks Russian"));
            new SettingsRepository(db).put(UserData.WEIGHTS, Weights.defaults().with(Criterion.BANK_ACCOUNT, 0)
                    .toText());
        }
        assertEquals(0, run("--data-dir", dir.toString(), "--format", "json"), err.toString());
        JsonNode root = json();
        assertEquals("yours", root.get("data").asText());
        assertEquals(0, root.get("weights").get("bank_account").asInt());
        for (JsonNode e : root.get("ranking")) {
            if (e.get("code").asText().equals("MK")) {
                List<String> unknown = new ArrayList<>();
                e.get("unknown").forEach(u -> unknown.add(u.asText()));
                assertTrue(!unknown.contains("russian_use"), unknown.toString());
            }
        }
    }

    /**
     * Issue 17: the other passports kept in your data rank each destination by the better passport (Mongolia: 90
     * days for Belarusians, mfa.gov.by; 30 per visit for Russians); --passport asks for one passport alone.
     */
    @Test
    void theOtherPassportsInYourDataRankEachDestinationByTheBetterOne() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (Database db = Database.open(folder.databaseBase())) {
            ShippedData.installIfNewer(new DestinationRepository(db), DatasetReader.readShipped());
            new SettingsRepository(db).put(UserData.OTHER_PASSPORTS, "BY");
        }
        assertEquals(0, run("--data-dir", dir.toString(), "--format", "json"), err.toString());
        double both = stayScore(json(), "MN");
        assertEquals("RU", json().get("passport").asText(), "the field names the main passport, as before");
        out.reset();
        assertEquals(0, run("--data-dir", dir.toString(), "--format", "json", "--passport", "RU"), err.toString());
        double russianOnly = stayScore(json(), "MN");
        assertTrue(both > russianOnly, both + " against " + russianOnly);
    }

    private static double stayScore(JsonNode root, String code) {
        for (JsonNode e : root.get("ranking")) {
            if (e.get("code").asText().equals(code)) {
                for (JsonNode p : e.get("parts")) {
                    if (p.get("criterion").asText().equals("stay_allowed")) {
                        return p.get("valueScore").asDouble();
                    }
                }
            }
        }
        throw new AssertionError(code + " has no stay_allowed part");
    }

    @Test
    void csvAndTableNameTheSameOrder() throws Exception {
        assertEquals(0, run("--shipped", "--format", "csv"));
        String[] csv = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertTrue(csv[0].startsWith("\uFEFFplace,code,name_en,name_ru,score,known_share,unknown_cost,unknown,conflicts,"),
                csv[0]);
        assertTrue(java.util.Arrays.stream(csv).anyMatch(l -> l.contains(",ID,") && l.contains(",residence_fee,")),
                "Indonesia's two fees are named as a conflict");
        assertEquals(38, csv.length, "a header and 37 destinations");
        assertEquals(0, run("--shipped", "--format", "table"));
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("dataset v6, shipped data"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("1 ") && l.contains(csv[1].split(",")[1])), table);
    }

    @Test
    void badInputSaysWhatIsWrongOnOneLine() {
        assertEquals(2, run("--shipped", "--weight", "comfort=3"));
        assertEquals("compare: --weight comfort=3: no weighted criterion is called comfort; see compare --help",
                err.toString(StandardCharsets.UTF_8).strip());
        assertEquals(2, run("--shipped", "--weight", "population=3"), "population is shown, not weighted");
        assertEquals(2, run("--shipped", "--weight", "russian_use=eleven"));
        assertEquals(2, run("--shipped", "--on", "2026-02-30"));
        assertEquals("compare: --on: not a date in the form YYYY-MM-DD: 2026-02-30",
                err.toString(StandardCharsets.UTF_8).strip());
        assertEquals(2, run("--shipped", "--format", "xml"));
        assertEquals(2, run("--shipped", "--passport", "russia"));
        assertEquals(2, run("--shipped", "--passport", "ZZ"));
        assertEquals("compare: --passport ZZ: no stay rules are known for this passport (not a passport in the "
                + "Passport Index listing, nor one with researched rules)", err.toString(StandardCharsets.UTF_8).strip());
        assertEquals(2, run("--shipped", "--data-dir", dir.toString()), "--shipped reads no database");
        assertEquals(2, run("--shipped", "--bogus"));
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("handover_risk"));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
