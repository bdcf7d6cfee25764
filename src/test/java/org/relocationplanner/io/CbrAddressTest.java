package org.relocationplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Bank of Russia's addresses, in the form its published clients request them (research notes ENTRY_RULES.md
 * section 5: {@code XML_dynamic.asp?date_req1=DD/MM/YYYY&date_req2=DD/MM/YYYY&VAL_NM_RQ=R01235}).
 */
class CbrAddressTest {

    @Test
    void aKnownCurrencyGetsTheExactAddressOfItsMissingPeriod() {
        assertEquals("https://www.cbr.ru/scripts/XML_dynamic.asp?date_req1=04/11/2026&date_req2=05/12/2026"
                + "&VAL_NM_RQ=R01210", CbrAddress.dynamic("GEL", LocalDate.of(2026, 11, 4), LocalDate.of(2026, 12, 5),
                Map.of()).orElseThrow());
        assertEquals("R01700J", CbrAddress.id("TRY", Map.of()).orElseThrow(), "the lira's ID since its 2005 reform");
    }

    @Test
    void anUnknownCurrencyGetsTheDailyFileWhichTeachesItsCode() {
        assertTrue(CbrAddress.dynamic("MNT", LocalDate.of(2026, 11, 4), LocalDate.of(2026, 12, 5), Map.of())
                .isEmpty());
        assertEquals("https://www.cbr.ru/scripts/XML_daily.asp?date_req=05/12/2026",
                CbrAddress.daily(LocalDate.of(2026, 12, 5)));
        assertEquals("R01503", CbrAddress.id("MNT", Map.of("R01503", "MNT")).orElseThrow(), "once learnt");
    }
}
