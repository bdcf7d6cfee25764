package org.relocationplanner.cli;

import org.relocationplanner.app.Launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code stays} subcommand's contract: names, options, JSON fields and exit codes as issue 3 defines them. */
class StaysCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        // a data folder without a database: the shipped rules, unless the test names one
        String[] all = java.util.Arrays.asList(args).contains("--data-dir") || args.length < 2 ? args
                : java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--data-dir",
                dir.resolve("no-data").toString())).toArray(String[]::new);
        return Cli.run(all, new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), java.time.Clock.systemDefaultZone(), () -> null,
                () -> null));
    }

    private String csv(String text) throws IOException {
        Path f = dir.resolve("trips.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f.toString();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theIssuesKazakhstanExamplePrintsExactlyTheDefinedJson() throws IOException {
        String f = csv("country,entry,exit,note\nKZ,2023-03-02,,Almaty\n");
        assertEquals(0, run("stays", "--trips", f, "--on", "2023-05-10", "--passport", "RU", "--format", "json"));
        // the sources say "each period of 180 days" without saying rolling or fixed: counted rolling, and said so
        assertEquals("{\"on\":\"2023-05-10\",\"passport\":\"RU\",\"areas\":[{\"area\":\"KZ\",\"rule\":\"90 days in 180"
                + " (rolling or fixed not known)\",\"daysUsed\":70,\"limit\":90,\"inside\":true,\"latestLegalExit\":"
                + "\"2023-05-30\",\"overstayDays\":0,\"legalAgainFrom\":null,\"warnings\":[\"Whether the 180-day period"
                + " is rolling or fixed is not known: counted as rolling, the stricter reading\"]}]}", out().strip());
        assertEquals("", err());
    }

    /**
     * Issue 17: the Belarusian passport has researched rules of its own. Checked by hand against the Belarus-China
     * visa-free agreement (signed 10 June 2018, in force 10 August 2018: 30 days per stay, at most 90 per calendar
     * year) and the Belarus-Turkey agreement of 29 March 2013 (in force 1 June 2014: 30 days from entry, at most
     * 90 within one year), as cited in src/dataset/sources/rule_sources_by_passport.csv.
     */
    @Test
    void aBelarusianPassportIsCountedByItsOwnRules() throws IOException {
        String china = csv("country,entry,exit,note\nCN,2026-03-01,,\n");
        assertEquals(0, run("stays", "--trips", china, "--on", "2026-03-20", "--passport", "BY"));
        // day 20 of the stay; the 30th is 30 March
        assertEquals("{\"on\":\"2026-03-20\",\"passport\":\"BY\",\"areas\":[{\"area\":\"CN\",\"rule\":\"30 days "
                + "per entry, 90 days per calendar year\",\"daysUsed\":20,\"limit\":30,\"inside\":true,\"latestLegalExit"
                + "\":\"2026-03-30\",\"overstayDays\":0,\"legalAgainFrom\":null,\"warnings\":[]}]}", out().strip());
        out.reset();
        // 30 days from 10 January to 8 February and 20 from 1 March: 50 of 90 in the year; 30 from entry end 30 March
        String turkey = csv("country,entry,exit,note\nTR,2026-01-10,2026-02-08,\nTR,2026-03-01,,\n");
        assertEquals(0, run("stays", "--trips", turkey, "--on", "2026-03-20", "--passport", "BY"));
        assertTrue(out().contains("\"area\":\"TR\",\"rule\":\"90 days in 365 (rolling or fixed not known), 30 days per "
                + "entry\",\"daysUsed\":50,\"limit\":90,\"inside\":true,\"latestLegalExit\":\"2026-03-30\""), out());
        out.reset();
        // the Russian passport in Turkey: 60 days per entry, 90 in any 180 (Decision 2013/4665)
        assertEquals(0, run("stays", "--trips", turkey, "--on", "2026-03-20", "--passport", "RU"));
        assertTrue(out().contains("\"latestLegalExit\":\"2026-04-29\""), out());
    }

    /**
     * Issue 17: the trips file's optional fifth column says which passport a country was entered on, and the stay is
     * counted by that passport's rules: Turkey entered on a Belarusian passport on 1 March gives 30 days from entry
     * (Belarus-Turkey agreement of 29 March 2013), though --passport RU would give 60 (Decision 2013/4665).
     */
    @Test
    void theTripsFilesPassportColumnDecidesWhoseRulesCount() throws IOException {
        String f = csv("country,entry,exit,note,passport\nTR,2026-03-01,,Antalya,BY\n");
        assertEquals(0, run("stays", "--trips", f, "--on", "2026-03-20", "--passport", "RU"));
        assertTrue(out().contains("\"area\":\"TR\",\"rule\":\"90 days in 365 (rolling or fixed not known), 30 days per "
                + "entry\",\"daysUsed\":20,\"limit\":90,\"inside\":true,\"latestLegalExit\":\"2026-03-30\""), out());
        assertTrue(out().startsWith("{\"on\":\"2026-03-20\",\"passport\":\"RU\","), "the fields as defined");
    }

    /**
     * Issue 17: any passport in the Passport Index listing (ilyankou/passport-index-dataset, 12 January 2025) gets
     * an answer, marked as read from the listing: the Israeli passport is listed "90" for Germany, and the Schengen
     * Borders Code (Regulation (EU) 2016/399, art. 6(1)) counts 90 days in any 180 days, which the listing's
     * strict reading gives too. An unknown code is a usage error naming the option.
     */
    @Test
    void anyListedPassportIsAnsweredFromTheListingAndAnUnknownOneIsRefused() throws IOException {
        String f = csv("country,entry,exit,note\nDE,2026-01-01,,\n");
        assertEquals(0, run("stays", "--trips", f, "--on", "2026-02-01", "--passport", "IL"));
        assertTrue(out().contains("\"area\":\"SCHENGEN\",\"rule\":\"90 days in any 180\",\"daysUsed\":32,\"limit\":90,"
                + "\"inside\":true,\"latestLegalExit\":\"2026-03-31\""), out());
        assertTrue(out().contains("Only a general listing is on record"), out());
        out.reset();
        assertEquals(2, run("stays", "--trips", f, "--on", "2026-02-01", "--passport", "ZZ"));
        assertEquals("", out());
        assertTrue(err().startsWith("stays: --passport ZZ: no stay rules are known for this passport"), err());
    }

    @Test
    void passportAndFormatDefaultToRussianAndJson() throws IOException {
        String f = csv("country,entry,exit,note\nKZ,2023-03-02,,\n");
        assertEquals(0, run("stays", "--trips", f, "--on", "2023-05-10"));
        assertTrue(out().startsWith("{\"on\":\"2023-05-10\",\"passport\":\"RU\",\"areas\":[{\"area\":\"KZ\""), out());
    }

    @Test
    void schengenMembersCountUnderOneAreaAndAnOverstayTellsWhenEntryIsLegalAgain() throws IOException {
        // 1 Jan to 31 Mar 2024 in France and Germany: 91 days; the window on 31 Mar holds all of them
        String f = csv("country,entry,exit,note\nFR,2024-01-01,2024-02-15,\nDE,2024-02-15,2024-03-31,\n");
        assertEquals(0, run("stays", "--trips", f, "--on", "2024-03-31"));
        String json = out();
        assertTrue(json.contains("\"area\":\"SCHENGEN\""), json);
        assertTrue(json.contains("\"rule\":\"visa required; 90 days in any 180\""), json);
        assertTrue(json.contains("\"daysUsed\":91,\"limit\":90,\"inside\":true,\"latestLegalExit\":null,"
                + "\"overstayDays\":1,\"legalAgainFrom\":\"2024-06-30\""), json); // 1 Jan leaves on 29 Jun
        assertTrue(json.contains("\"warnings\":[\"Over the limit by 1 day\",\"A visa is needed; the count assumes"
                + " a valid one\"]"), json);
    }

    @Test
    void theTableFormatHasAHeaderAndARowPerArea() throws IOException {
        String f = csv("country,entry,exit,note\nKZ,2023-03-02,,\nGE,2023-01-01,2023-02-01,\n");
        assertEquals(0, run("stays", "--trips=" + f, "--on=2023-05-10", "--format", "table"));
        String[] lines = out().split("\\R");
        assertTrue(lines[1].startsWith("AREA"), out());
        assertTrue(lines[2].startsWith("GE  "), out());
        assertTrue(lines[3].startsWith("KZ  ") && lines[3].contains("2023-05-30"), out());
    }

    @Test
    void aBadRowGivesOneLineNamingTheLineAndFieldAndExitCodeTwo() throws IOException {
        String f = csv("country,entry,exit,note\nKZ,2023-03-02,,\nGE,2023-02-30,,\n");
        assertEquals(2, run("stays", "--trips", f, "--on", "2023-05-10"));
        assertEquals("", out());
        String message = err().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("line 3") && message.contains("entry"), message);
    }

    @Test
    void aBadDateAMissingFileOrOptionExitWithTwo() throws IOException {
        String f = csv("country,entry,exit,note\n");
        assertEquals(2, run("stays", "--trips", f, "--on", "2023-02-29"));
        assertTrue(err().contains("--on") && err().contains("2023-02-29"), err());
        assertEquals(2, run("stays", "--trips", dir.resolve("none.csv").toString(), "--on", "2023-05-10"));
        assertTrue(err().contains("none.csv: no such file"), err());
        assertEquals(2, run("stays", "--on", "2023-05-10"));
        assertEquals(2, run("stays", "--trips", f, "--on", "2023-05-10", "--format", "xml"));
        assertEquals(2, run("stays", "--trips", f, "--on", "2023-05-10", "--colour"));
        err.reset();
        assertEquals(0, run("stays", "--trips", f, "--on", "2023-05-10"));
        assertEquals("{\"on\":\"2023-05-10\",\"passport\":\"RU\",\"areas\":[]}", out().strip().lines()
                .reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void anErrorStaysOnOneLineWhateverTheFileHolds() throws IOException {
        String f = csv("country,entry,exit,note\n\"K\nZ\",2023-01-01,,\n");
        assertEquals(2, run("stays", "--trips", f, "--on", "2023-05-10"));
        assertEquals(1, err().strip().lines().count(), err());
        assertTrue(err().contains("line 2, country"), err());
        err.reset();
        Path latin = dir.resolve("latin1.csv");
        Files.write(latin, "country,entry,exit,note\nKZ,2023-01-01,,Almaty caf\u00e9\n".getBytes(
                StandardCharsets.ISO_8859_1));
        assertEquals(2, run("stays", "--trips", latin.toString(), "--on", "2023-05-10"));
        assertEquals("stays: " + latin + ": not UTF-8 text", err().strip());
    }

    @Test
    void overlappingTripsAndACountryKnownOnlyByItsListingAreNamedInTheWarnings() throws IOException {
        // a Georgia stay without an exit date, and a week in Kazakhstan while it is "still" going on
        String f = csv("country,entry,exit,note\nGE,2023-01-01,,\nKZ,2024-03-01,2024-03-10,\nMA,2026-11-20,,\n");
        assertEquals(0, run("stays", "--trips", f, "--on", "2026-12-04"));
        String json = out();
        assertTrue(json.contains("\"Trips overlap for 10 days: GE 2023-01-01..(no exit date) and KZ 2024-03-01.."
                + "2024-03-10; a trip without an exit date may have ended earlier: add its exit date (the shared days"
                + " count in both countries)\""), json);
        assertTrue(json.contains("{\"area\":\"MA\",\"rule\":\"90 days in any 180\",\"daysUsed\":15,\"limit\":90,"
                + "\"inside\":true,\"latestLegalExit\":\"2027-02-17\",\"overstayDays\":0,\"legalAgainFrom\":null,"
                + "\"warnings\":[\"Only a general listing is on record for this country (Passport Index: \\\"90\\\"), not"
                + " researched rules: the rule shown is the stricter reading of it; check the official rules before you"
                + " travel\""), json);
    }

    /**
     * A script counting stays never creates a database, and a protected one without its password is said on stderr
     * and counted with the shipped rules: it does not wait for a password no one types.
     */
    @Test
    void aMissingOrProtectedDatabaseFallsBackToTheShippedRulesAndNothingIsCreated() throws Exception {
        String f = csv("country,entry,exit,note\nGE,2026-06-01,,\n");
        Path empty = dir.resolve("empty");
        assertEquals(0, run("stays", "--trips", f, "--on", "2026-12-05", "--data-dir", empty.toString()));
        assertFalse(java.nio.file.Files.exists(empty.resolve("planner.mv.db")), "no database was created");
        String shippedAnswer = out();

        Path data = dir.resolve("protected");
        org.relocationplanner.service.DataFolder folder = new org.relocationplanner.service.DataFolder(data);
        try (org.relocationplanner.data.Database db = org.relocationplanner.data.Database.open(
                folder.databaseBase())) {
            new org.relocationplanner.service.DataSafety(folder, java.time.Clock.systemUTC()).convert(db, null,
                    org.relocationplanner.data.DatabaseKey.create("a long passphrase".toCharArray()), null).db()
                    .close();
        }
        out.reset();
        err.reset();
        assertEquals(0, run("stays", "--trips", f, "--on", "2026-12-05", "--data-dir", data.toString()));
        assertEquals(shippedAnswer, out(), "the shipped rules' answer");
        assertTrue(err().contains("protected by a password") && err().contains("using the rules shipped with the app"),
                err());
    }
}
