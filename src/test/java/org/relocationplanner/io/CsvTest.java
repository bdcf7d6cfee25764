package org.relocationplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quoting as RFC 4180 (section 2, rules 5-7) defines it, with the byte-order mark spreadsheets need for Cyrillic. */
class CsvTest {

    @Test
    void fieldsWithCommasQuotesBreaksOrEdgeSpacesAreQuotedAndQuotesDoubled() {
        assertEquals("Грузия", Csv.quote("Грузия"));
        assertEquals("\"1,5\"", Csv.quote("1,5"));
        assertEquals("\"say \"\"no\"\"\"", Csv.quote("say \"no\""));
        assertEquals("\"two\nlines\"", Csv.quote("two\nlines"));
        assertEquals("\" padded \"", Csv.quote(" padded "));
        assertEquals("", Csv.quote(""));
    }

    @Test
    void aTableStartsWithTheByteOrderMarkAndEndsLinesWithCrLf() throws Exception {
        StringWriter out = new StringWriter();
        Csv.write(out, List.of("Место", "Страна"), List.of(List.of("1", "Грузия"), java.util.Arrays.asList("2", null)));
        assertEquals("\uFEFFМесто,Страна\r\n1,Грузия\r\n2,\r\n", out.toString());
    }

    @Test
    void withSemicolonsAFieldHoldingOneIsQuotedAndADecimalCommaIsNot() throws Exception {
        StringWriter out = new StringWriter();
        Csv.write(out, List.of("Страна", "Баллы"), List.of(List.of("Грузия; Тбилиси", "72,0")), ';');
        assertEquals("\uFEFFСтрана;Баллы\r\n\"Грузия; Тбилиси\";72,0\r\n", out.toString());
    }
}
