package org.relocationplanner.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.Documents;
import org.relocationplanner.domain.Passport;
import org.relocationplanner.domain.ResidencePermit;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.domain.Visa;

class RecordRepositoryTest {

    private final Database db = TempDatabase.create();
    private final RecordRepository repository = new RecordRepository(db);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void tripsReadBackInTheirOrderWithOpenExitsNotesAndPlans() {
        List<Trip> trips = List.of(
                new Trip("KZ", LocalDate.of(2023, 3, 2), null, "Алматы, \"квартира\""),
                new Trip("GE", LocalDate.of(2022, 9, 22), LocalDate.of(2023, 3, 1), ""),
                new Trip("RS", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 2, 1), "plan", true),
                new Trip("TR", LocalDate.of(2027, 3, 1), null, "", true, "BY"));
        repository.saveTrips(trips);
        assertEquals(trips, repository.trips());
        repository.saveTrips(trips.subList(1, 2));
        assertEquals(trips.subList(1, 2), repository.trips());
    }

    @Test
    void documentsReadBackWithOptionalNumbersEntriesAndDays() {
        Documents d = new Documents(
                List.of(new Passport("RU", "75 1234567", LocalDate.of(2031, 5, 1)), new Passport("RU", "", LocalDate.of(2026, 12, 31))),
                List.of(new Visa("SCHENGEN", Visa.Kind.SHORT_STAY, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, 90, ""),
                        new Visa("DE", Visa.Kind.LONG_STAY, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31), 1, null, "D")),
                List.of(new ResidencePermit("AM", LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 31), "ВНЖ")));
        repository.saveDocuments(d);
        assertEquals(d, repository.documents());
        repository.saveDocuments(Documents.NONE);
        assertEquals(Documents.NONE, repository.documents());
    }

    @Test
    void aFailedSaveLeavesTheTripsAsTheyWere() {
        List<Trip> trips = List.of(new Trip("KZ", LocalDate.of(2023, 3, 2), null, ""));
        repository.saveTrips(trips);
        String tooLong = "x".repeat(3000);
        assertThrows(RuntimeException.class, () -> repository.saveTrips(List.of(
                new Trip("GE", LocalDate.of(2023, 1, 1), null, ""), new Trip("AM", LocalDate.of(2023, 1, 1), null, tooLong))));
        assertEquals(trips, repository.trips());
    }

    /** An edit writes only what changed, in one transaction: nothing for an unchanged list, one row for one trip. */
    @Test
    void anEditWritesOnlyTheRowsThatChanged() {
        List<Trip> trips = new java.util.ArrayList<>(List.of(
                new Trip("GE", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), "first"),
                new Trip("AM", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), "second"),
                new Trip("KZ", LocalDate.of(2026, 5, 1), null, "third")));
        Documents docs = new Documents(List.of(new org.relocationplanner.domain.Passport("RU", "75 1234567",
                LocalDate.of(2030, 1, 1))), List.of(), List.of());
        assertEquals(new RecordRepository.Written(4, 0, 0), repository.save(trips, docs));
        assertEquals(new RecordRepository.Written(0, 0, 0), repository.save(trips, docs), "nothing changed");
        trips.set(1, new Trip("AM", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 15), "second, longer"));
        assertEquals(new RecordRepository.Written(0, 1, 0), repository.save(trips, docs));
        trips.remove(2);
        assertEquals(new RecordRepository.Written(0, 0, 1), repository.save(trips, docs),
                "one trip deleted, the passport untouched");
        assertEquals(trips, repository.trips());
        assertEquals(docs.passports(), repository.documents().passports());
        assertEquals(new RecordRepository.Written(0, 0, 1), repository.save(trips, Documents.NONE));
        assertTrue(repository.documents().all().isEmpty());
    }

    /** Positions a restored backup left with gaps are written anew on the next edit, and the edit is kept. */
    @Test
    void anEditAfterPositionsWithGapsRewritesTheListAndLosesNothing() {
        List<Trip> trips = new java.util.ArrayList<>(List.of(
                new Trip("GE", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), "a"),
                new Trip("AM", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), "b"),
                new Trip("KZ", LocalDate.of(2026, 5, 1), null, "c")));
        repository.save(trips, Documents.NONE);
        repository.database().jdbi().useHandle(h -> h.execute("UPDATE trip SET position = position * 2 + 1"));
        trips.set(1, new Trip("AM", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 20), "b, longer"));
        assertEquals(new RecordRepository.Written(3, 0, 3), repository.save(trips, Documents.NONE));
        assertEquals(trips, repository.trips());
        assertEquals(new RecordRepository.Written(0, 0, 0), repository.save(trips, Documents.NONE));
    }
}
