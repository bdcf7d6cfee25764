package org.relocationplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's findings at the doors: a date outside 1900-2100, a rate of 200 digits, an amount of 1e999999999 or
 * a month of the year +999999999 are refused with their line or path, never stored or counted.
 */
class OutOfRangeInputTest {

    private static RatesFormatException rates(String text) {
        return assertThrows(RatesFormatException.class, () -> RatesReader.read(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRateFileWithAnImpossibleDayOrRateIsRefusedAtItsLine() {
        RatesFormatException far = rates("date,currency,rate,source\n2024-01-01,GEL,33,X\n+9999999-01-01,GEL,33,X\n");
        assertEquals(RatesFormatException.Problem.OUT_OF_RANGE, far.problem());
        assertEquals(3, far.line());
        assertEquals("date", far.field());
        RatesFormatException ecb = rates("Date,USD,RUB,\n9999-12-31,1.1,90.5,\n");
        assertEquals(RatesFormatException.Problem.OUT_OF_RANGE, ecb.problem());
        RatesFormatException huge = rates("date,currency,rate,source\n2024-01-01,GEL," + "9".repeat(200) + ",X\n");
        assertEquals(RatesFormatException.Problem.OUT_OF_RANGE, huge.problem());
        assertEquals("rate", huge.field());
        RatesFormatException cbr = rates("<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<ValCurs Date=\"01.04.2125\" "
                + "name=\"Foreign Currency Market\"><Valute ID=\"R01235\"><CharCode>USD</CharCode><Nominal>1</Nominal>"
                + "<Value>80,5</Value></Valute></ValCurs>\n");
        assertEquals(RatesFormatException.Problem.OUT_OF_RANGE, cbr.problem());
    }

    @Test
    void aTripFarInTheFutureIsRefusedAtItsLineAndField() {
        TripCsvException e = assertThrows(TripCsvException.class, () -> TripCsv.read(new StringReader(
                "country,entry,exit,note\nGE,2026-01-01,,\nKZ,+9999999-01-01,,\n")));
        assertEquals(TripCsvException.Problem.OUT_OF_RANGE, e.problem());
        assertEquals(3, e.line());
        assertEquals("entry", e.field());
        TripCsvException far = assertThrows(TripCsvException.class, () -> TripCsv.read(new StringReader(
                "country,entry,exit,note\nGE,2026-01-01,2150-01-01,\n")));
        assertEquals(TripCsvException.Problem.OUT_OF_RANGE, far.problem());
        assertEquals(2, far.line());
        assertEquals("exit", far.field());
    }

    @Test
    void aPlanWithAnEndlessAmountOrAFarMonthIsRefusedWithItsPath() {
        PlanJson.PlanFormatException amount = assertThrows(PlanJson.PlanFormatException.class, () -> PlanJson.read(
                "{\"host\":\"GEL\",\"start\":\"2026-01\",\"incomes\":[{\"name\":\"s\",\"amount\":\"1e999999999\","
                        + "\"currency\":\"RUB\"}]}"));
        assertTrue(amount.getMessage().startsWith("incomes[0].amount: "), amount.getMessage());
        PlanJson.PlanFormatException month = assertThrows(PlanJson.PlanFormatException.class, () -> PlanJson.read(
                "{\"host\":\"GEL\",\"start\":\"+999999999-12\"}"));
        assertTrue(month.getMessage().startsWith("start: "), month.getMessage());
    }
}
