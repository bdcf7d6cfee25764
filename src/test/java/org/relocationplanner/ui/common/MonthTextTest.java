package org.relocationplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 16: months in the Budget forms as each language writes them, not typed as YYYY-MM only. */
class MonthTextTest {

    private static final Locale RU = new Locale("ru", "RU");
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Test
    void aMonthIsWrittenAsTheLanguageWritesDates() {
        assertEquals("12.2026", MonthText.format(DECEMBER, RU));
        assertEquals("12/2026", MonthText.format(DECEMBER, Locale.UK));
    }

    @Test
    void aMonthIsReadInThoseFormsAsIsoAndByName() {
        for (String s : new String[] {"12.2026", "2026-12", "декабрь 2026", "Декабрь 2026 г.", "дек 2026",
                "December 2026"}) {
            assertEquals(Optional.of(DECEMBER), MonthText.parse(s, RU), s);
        }
        assertEquals(Optional.of(DECEMBER), MonthText.parse("12/2026", Locale.UK));
        assertEquals(Optional.of(DECEMBER), MonthText.parse("Dec 2026", Locale.UK));
        assertEquals(Optional.empty(), MonthText.parse("13.2026", RU));
        assertEquals(Optional.empty(), MonthText.parse("soon", Locale.UK));
        assertEquals(Optional.empty(), MonthText.parse("J 2026", Locale.UK), "one letter is not a month");
    }
}
