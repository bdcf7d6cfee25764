package org.relocationplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.AreaStatus;
import org.relocationplanner.domain.RuleBook;
import org.relocationplanner.domain.StayEngine;
import org.relocationplanner.domain.Trip;

/** The stay engine on the shipped rules, with trips read from the CSV format of issue 3. */
class ShippedRulesStayTest {

    @Test
    void theIssuesKazakhstanExampleComesOutAsPublished() throws Exception {
        List<Trip> trips = TripCsv.read(new StringReader("country,entry,exit,note\nKZ,2023-03-02,,Almaty\n"));
        StayEngine engine = new StayEngine(RuleBook.of(DatasetReader.readShipped().destinations()));
        List<AreaStatus> all = engine.statuses(trips, "RU", LocalDate.of(2023, 5, 10));
        assertEquals(1, all.size());
        AreaStatus kz = all.get(0);
        assertEquals("KZ", kz.area());
        assertEquals(70, kz.daysUsed()); // 30 + 30 + 10
        assertEquals(90, kz.limit());
        assertTrue(kz.inside());
        assertEquals(LocalDate.of(2023, 5, 30), kz.latestLegalExit());
        assertEquals(0, kz.overstayDays());
        assertNull(kz.legalAgainFrom());
        assertEquals(List.of("Whether the 180-day period is rolling or fixed is not known: counted as rolling, the"
                + " stricter reading"), kz.warnings());
    }

    @Test
    void aSchengenMembersTripCountsUnderTheArea() throws Exception {
        List<Trip> trips = TripCsv.read(new StringReader("country,entry,exit,note\nDE,2024-03-01,2024-03-10,\n"
                + "FR,2024-03-10,2024-03-20,\n"));
        StayEngine engine = new StayEngine(RuleBook.of(DatasetReader.readShipped().destinations()));
        List<AreaStatus> all = engine.statuses(trips, "RU", LocalDate.of(2024, 3, 20));
        assertEquals(List.of("SCHENGEN"), all.stream().map(AreaStatus::area).toList());
        assertEquals(20, all.get(0).daysUsed()); // 1 to 20 March; 10 March in both counts once for the area
        assertEquals("A visa is needed; the count assumes a valid one", all.get(0).warnings().get(0));
    }
}
