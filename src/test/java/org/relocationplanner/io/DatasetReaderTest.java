package org.relocationplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.Dataset;

class DatasetReaderTest {

    private static Dataset read(String json) throws DatasetFormatException {
        return DatasetReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String message(String json) {
        return assertThrows(DatasetFormatException.class, () -> read(json)).getMessage();
    }

    private static final String GOOD_DESTINATION = "{\"code\":\"GE\",\"nameEn\":\"Georgia\",\"nameRu\":\"Грузия\","
            + "\"currency\":\"GEL\",\"facts\":[{\"criterion\":\"RUSSIAN_USE\",\"kind\":\"level\",\"level\":\"widely_used\","
            + "\"source\":{\"name\":\"memo\",\"verified\":\"2023-01-01\"}}]}";

    @Test
    void readsAMinimalDataset() throws Exception {
        Dataset d = read("{\"version\":3,\"released\":\"2026-01-02\",\"destinations\":[" + GOOD_DESTINATION + "]}");
        assertEquals(3, d.info().version());
        assertEquals("GE", d.destinations().get(0).code());
    }

    @Test
    void badJsonSaysItIsNotJson() {
        assertTrue(message("{\"version\":").startsWith("Not valid JSON"));
    }

    @Test
    void anUnknownCriterionIsNamedWithItsPlace() {
        String json = "{\"version\":1,\"released\":\"2026-01-02\",\"destinations\":[" + GOOD_DESTINATION.replace(
                "RUSSIAN_USE", "FOO") + "]}";
        assertEquals("destinations[0] (GE).facts[0]: unknown Criterion \"FOO\"", message(json));
    }

    @Test
    void aLevelThatTheCriterionDoesNotKnowIsRejected() {
        String json = "{\"version\":1,\"released\":\"2026-01-02\",\"destinations\":[" + GOOD_DESTINATION.replace(
                "widely_used", "sometimes") + "]}";
        assertTrue(message(json).contains("\"sometimes\" is not a level of RUSSIAN_USE"));
    }

    @Test
    void aNumberOfSpeakersWithoutCountOrShareIsNamedNotACrash() {
        String json = "{\"version\":1,\"released\":\"2026-01-02\",\"destinations\":[" + GOOD_DESTINATION.replace(
                "\"criterion\":\"RUSSIAN_USE\",\"kind\":\"level\",\"level\":\"widely_used\"",
                "\"criterion\":\"RUSSIAN_SPEAKERS\",\"kind\":\"speakers\",\"year\":2021") + "]}";
        assertEquals("destinations[0] (GE).facts[0]: a number of speakers needs \"count\" or \"share\"", message(json));
    }

    @Test
    void aKnownValueWithoutASourceIsRejected() {
        String json = "{\"version\":1,\"released\":\"2026-01-02\",\"destinations\":[" + GOOD_DESTINATION.replace(
                ",\"source\":{\"name\":\"memo\",\"verified\":\"2023-01-01\"}", "") + "]}";
        assertEquals("destinations[0] (GE).facts[0]: a value needs its source", message(json));
    }

    @Test
    void anImpossibleDateIsNamed() {
        assertEquals("dataset: \"released\" is not a date (YYYY-MM-DD): \"2026-02-30\"",
                message("{\"version\":1,\"released\":\"2026-02-30\",\"destinations\":[]}"));
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        assertEquals("dataset: \"version\" must be a whole number",
                message("{\"version\":\"one\",\"released\":\"2026-01-02\",\"destinations\":[]}"));
    }

    @Test
    void aDestinationListedTwiceIsRejected() {
        assertTrue(message("{\"version\":1,\"released\":\"2026-01-02\",\"destinations\":[" + GOOD_DESTINATION + ","
                + GOOD_DESTINATION + "]}").contains("GE appears twice"));
    }

    @Test
    void theShippedVersionIsReadFromTheTopOfTheFileAndMatchesTheWholeRead() throws Exception {
        assertEquals(DatasetReader.readShipped().info().version(), DatasetReader.shippedVersion());
    }

    private static final String RULE = "{\"area\":\"JP\",\"passport\":\"RU\",\"visaFree\":false,\"windowKind\":\"NONE\","
            + "\"confidence\":\"L\",\"listing\":\"visa required\",\"source\":{\"name\":\"Passport Index\"}}";

    @Test
    void readsAreaMembersAndTheRulesOfCountriesBeyondTheDestinations() throws Exception {
        Dataset d = read("{\"version\":4,\"released\":\"2026-12-04\",\"areaMembers\":[{\"country\":\"AT\","
                + "\"area\":\"SCHENGEN\",\"from\":\"1997-12-01\",\"source\":{\"name\":\"EC\"}}],\"rules\":[" + RULE
                + "," + RULE.replace("\"JP\"", "\"KZ\"").replace(",\"listing\":\"visa required\"",
                ",\"from\":\"2023-01-27\",\"countsDaysBefore\":false,\"keepsRuleAtEntry\":true,\"caveatEn\":\"c\","
                + "\"caveatRu\":\"к\"") + "],\"destinations\":[]}");
        assertEquals("SCHENGEN", d.members().get(0).area());
        assertEquals("visa required", d.rules().get(0).listing());
        var kz = d.rules().get(1);
        assertEquals(Boolean.FALSE, kz.countsDaysBefore());
        assertEquals(Boolean.TRUE, kz.keepsRuleAtEntry());
        assertEquals("к", kz.caveat().ru());
        assertEquals(null, kz.listing());
    }

    @Test
    void aBadRuleOrMemberIsNamedWithItsPlace() {
        assertEquals("rules[0]: \"countsDaysBefore\" must be true or false", message("{\"version\":4,\"released\":"
                + "\"2026-12-04\",\"rules\":[" + RULE.replace("}}", "},\"countsDaysBefore\":\"yes\"}")
                + "],\"destinations\":[]}"));
        assertTrue(message("{\"version\":4,\"released\":\"2026-12-04\",\"rules\":[" + RULE.replace("visa required",
                "a listing far longer than twenty") + "],\"destinations\":[]}").startsWith("rules[0]: "));
        assertEquals("areaMembers[0]: country must be an ISO 3166-1 alpha-2 code: \"Austria\"", message("{\"version\""
                + ":4,\"released\":\"2026-12-04\",\"areaMembers\":[{\"country\":\"Austria\",\"area\":\"SCHENGEN\","
                + "\"from\":\"1997-12-01\"}],\"destinations\":[]}"));
        assertTrue(message("{\"version\":4,\"released\":\"2026-12-04\",\"rules\":[" + RULE.replace("\"NONE\"",
                "\"NONE\",\"perEntryDays\":0") + "],\"destinations\":[]}").contains("a number of days must be 1 to"));
    }

    /** Issue 17: a pack's broken passport listing is refused whole, at reading, with what is wrong. */
    @Test
    void aBadPassportListingIsRefusedWhenTheFileIsRead() throws Exception {
        String source = "\"source\":{\"name\":\"Passport Index\",\"verified\":\"2025-01-12\"}";
        Dataset good = read("{\"version\":6,\"released\":\"2026-12-05\",\"baseline\":{" + source
                + ",\"listings\":{\"IL\":\"DE:90,CN:v\"}},\"destinations\":[]}");
        assertEquals(java.util.Optional.of("90"), good.baseline().listing("IL", "DE"));
        for (String bad : new String[] {"\"IL\":\"DE:q\"", "\"IL\":\"DE:0\"", "\"IL\":\"DE:9999\"",
                "\"il\":\"DE:90\"", "\"IL\":\"Germany:90\"", "\"IL\":90"}) {
            assertTrue(message("{\"version\":6,\"released\":\"2026-12-05\",\"baseline\":{" + source
                    + ",\"listings\":{" + bad + "}},\"destinations\":[]}").contains("baseline"), bad);
        }
        assertTrue(message("{\"version\":6,\"released\":\"2026-12-05\",\"baseline\":{\"listings\":{\"IL\":"
                + "\"DE:90\"}},\"destinations\":[]}").contains("baseline"), "a listing needs its source");
    }
}
