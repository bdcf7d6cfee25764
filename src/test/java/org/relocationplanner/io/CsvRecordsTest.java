package org.relocationplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV tokenizer: RFC 4180 quoting (the RFC's own examples, section 2), lines kept, errors located. */
class CsvRecordsTest {

    @Test
    void theRfcsQuotingRulesHoldAndEachRecordKeepsTheLineItStartsOn() throws Exception {
        // RFC 4180, 2.6 and 2.7: line breaks and commas inside quotes, a quote doubled inside quotes
        String text = "\uFEFFaaa,\"b\r\nbb\",ccc\r\n\r\nzzz,\"y\"\"y\",xxx\r\n";
        List<CsvRecords.Row> rows = CsvRecords.read(new StringReader(text));
        assertEquals(List.of(new CsvRecords.Row(1, List.of("aaa", "b\r\nbb", "ccc")),
                new CsvRecords.Row(4, List.of("zzz", "y\"y", "xxx"))), rows, "the blank line 3 is counted, not kept");
    }

    @Test
    void anUnclosedQuoteIsNamedAtTheLineItsRecordStarts() {
        CsvRecords.Broken e = assertThrows(CsvRecords.Broken.class, () -> CsvRecords.read(new StringReader(
                "a,b\nc,\"d\ne,f\n")));
        assertEquals(CsvRecords.Problem.UNCLOSED_QUOTE, e.problem());
        assertEquals(2, e.line());
    }

    @Test
    void textAfterAClosingQuoteIsAStrayQuote() {
        CsvRecords.Broken e = assertThrows(CsvRecords.Broken.class, () -> CsvRecords.read(new StringReader(
                "a,b\nc,\"d\"x,e\n")));
        assertEquals(CsvRecords.Problem.STRAY_QUOTE, e.problem());
        assertEquals(2, e.line());
    }
}
