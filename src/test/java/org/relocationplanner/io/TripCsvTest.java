package org.relocationplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.Trip;

/** The trips CSV users' scripts write: read all or nothing, with the line and reason of the first bad row. */
class TripCsvTest {

    private static List<Trip> read(String csv) throws Exception {
        return TripCsv.read(new StringReader(csv));
    }

    private static TripCsvException bad(String csv) {
        return assertThrows(TripCsvException.class, () -> read(csv));
    }

    @Test
    void readsTripsWithAnOpenStayAndAVisaRunOnOneDay() throws Exception {
        List<Trip> trips = read("country,entry,exit,note\n"
                + "KZ,2023-03-02,2023-05-30,Almaty\n"
                + "KG,2023-05-30,2023-05-30,visa run\n"
                + "KZ,2023-05-30,,\n");
        assertEquals(3, trips.size());
        assertEquals(new Trip("KZ", LocalDate.of(2023, 3, 2), LocalDate.of(2023, 5, 30), "Almaty"), trips.get(0));
        assertNull(trips.get(2).exit());
        assertEquals("", trips.get(2).note());
    }

    @Test
    void quotedNotesMayHoldCommasQuotesAndLineBreaks() throws Exception {
        List<Trip> trips = read("\uFEFFcountry,entry,exit,note\r\n"
                + "GE,2022-10-01,2023-06-30,\"Tbilisi, then \"\"Batumi\"\"\nsecond line\"\r\n"
                + "AM,2023-07-01,2023-08-01,Yerevan\r\n");
        assertEquals("Tbilisi, then \"Batumi\"\nsecond line", trips.get(0).note());
        assertEquals("AM", trips.get(1).country());
    }

    @Test
    void writingAndReadingGivesTheSameTrips() throws Exception {
        List<Trip> trips = List.of(
                new Trip("RS", LocalDate.of(2024, 1, 5), LocalDate.of(2024, 2, 3), "Belgrade, Novi Sad"),
                new Trip("ME", LocalDate.of(2024, 2, 3), null, "\"visa run\""),
                new Trip("TR", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2), ""));
        StringWriter out = new StringWriter();
        TripCsv.write(trips, out);
        assertEquals("\uFEFFcountry,entry,exit,note\nRS,2024-01-05,2024-02-03,\"Belgrade, Novi Sad\"\n"
                + "ME,2024-02-03,,\"\"\"visa run\"\"\"\nTR,2024-03-01,2024-03-02,\n", out.toString());
        assertEquals(trips, read(out.toString()));
    }

    /** Issue 17: an optional fifth column names the passport a country was entered on. */
    @Test
    void anOptionalFifthColumnNamesThePassportAndIsWrittenOnlyWhenATripHasOne() throws Exception {
        List<Trip> trips = read("country,entry,exit,note,passport\n"
                + "TR,2026-01-10,2026-02-08,Antalya,BY\n"
                + "GE,2026-02-09,,,\n"
                + "AM,2026-01-01,2026-01-05\n");
        assertEquals("BY", trips.get(0).passport());
        assertNull(trips.get(1).passport(), "empty: not said");
        assertNull(trips.get(2).passport(), "a short row still reads");
        StringWriter out = new StringWriter();
        TripCsv.write(trips, out);
        assertEquals("\uFEFFcountry,entry,exit,note,passport\nTR,2026-01-10,2026-02-08,Antalya,BY\n"
                + "GE,2026-02-09,,,\nAM,2026-01-01,2026-01-05,,\n", out.toString());
        assertEquals(trips, read(out.toString()));

        StringWriter plain = new StringWriter();
        TripCsv.write(List.of(trips.get(1)), plain);
        assertEquals("\uFEFFcountry,entry,exit,note\nGE,2026-02-09,,\n", plain.toString(),
                "no trip names a passport: the four columns as before");

        TripCsvException e = bad("country,entry,exit,note,passport\nTR,2026-01-10,,,Belarus\n");
        assertEquals(2, e.line());
        assertEquals("passport", e.field());
        e = bad("country,entry,exit,note\nTR,2026-01-10,,,BY\n");
        assertEquals(TripCsvException.Problem.FIELD_COUNT, e.problem(), "five fields under a four-column header");
    }

    @Test
    void anImpossibleDateIsNamedWithItsLineAndField() {
        TripCsvException e = bad("country,entry,exit,note\nKZ,2023-03-02,2023-05-30,\nKZ,2023-06-01,2023-02-30,x\n");
        assertEquals(3, e.line());
        assertEquals("exit", e.field());
        assertEquals("line 3, exit: \"2023-02-30\" is not a real date", e.getMessage());
    }

    @Test
    void otherBadRowsSayWhatIsWrong() {
        assertEquals("line 2, country: \"XX\" is not an ISO 3166-1 alpha-2 code",
                bad("country,entry,exit,note\nXX,2023-01-01,,\n").getMessage());
        assertEquals("line 2, country: \"kz\" is not an ISO 3166-1 alpha-2 code",
                bad("country,entry,exit,note\nkz,2023-01-01,,\n").getMessage());
        assertEquals("line 2, entry: \"01.03.2023\" is not a date (YYYY-MM-DD)",
                bad("country,entry,exit,note\nKZ,01.03.2023,,\n").getMessage());
        assertEquals("line 2, exit: the exit 2023-01-01 is before the entry 2023-02-01",
                bad("country,entry,exit,note\nKZ,2023-02-01,2023-01-01,\n").getMessage());
        assertEquals("line 2, entry: the entry date is missing",
                bad("country,entry,exit,note\nKZ,,2023-01-01,\n").getMessage());
        assertEquals("line 2: expected 4 fields (country,entry,exit,note), found 5",
                bad("country,entry,exit,note\nKZ,2023-01-01,,a,b\n").getMessage());
        assertEquals("line 1: the header must be \"country,entry,exit,note\" (or with a fifth column \"passport\")",
                bad("land,from,to,note\nKZ,2023-01-01,,\n").getMessage());
        assertEquals("line 1: the file is empty; expected the header \"country,entry,exit,note\"", bad("").getMessage());
        assertEquals("line 3, note: the note is longer than 2000 characters",
                bad("country,entry,exit,note\nKZ,2023-01-01,,\nGE,2023-01-01,," + "x".repeat(2001) + "\n").getMessage());
        assertEquals("line 2: a quoted field is not closed",
                bad("country,entry,exit,note\nKZ,2023-01-01,,\"open").getMessage());
    }

    @Test
    void blankLinesAreSkippedButCountedInLineNumbers() {
        TripCsvException e = bad("country,entry,exit,note\n\nKZ,2023-01-01,,\n\nXX,2023-01-01,,\n");
        assertEquals(5, e.line());
    }
}
