package org.relocationplanner.ui.timeline;

import org.relocationplanner.service.TimelineStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.domain.Document;
import org.relocationplanner.domain.Documents;
import org.relocationplanner.domain.Passport;
import org.relocationplanner.domain.RuleBook;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.domain.TripCheck;
import org.relocationplanner.io.DatasetReader;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.TaskExecutor;

/** The timeline's logic below its window, on the shipped rules, with "today" 22 November 2026. */
class TimelineViewModelTest {

    private static RuleBook book;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final List<List<Trip>> savedTrips = new ArrayList<>();
    private final Dialogs dialogs = new Dialogs();
    private boolean failSaves;

    @BeforeAll
    static void rules() throws Exception {
        System.setProperty("net.fortuna.ical4j.timezone.cache.impl", "net.fortuna.ical4j.util.MapTimeZoneCache");
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
        book = RuleBook.of(DatasetReader.readShipped());
    }

    /** Answers the ViewModel's questions as a test says, and keeps what it was told. */
    private static final class Dialogs implements TimelineDialogs {
        final Deque<Optional<TripEdit>> tripAnswers = new ArrayDeque<>();
        final List<String> errors = new ArrayList<>();
        final List<String> infos = new ArrayList<>();
        /** What the form said before saving each answered trip (null: nothing), as a user who saves anyway sees. */
        final List<String> cautions = new ArrayList<>();
        /** The passports each trip form offered. */
        final List<List<String>> offered = new ArrayList<>();

        @Override
        public Optional<TripEdit> editTrip(Trip trip, boolean isNew, List<String> passports,
                                           java.util.function.Function<Trip, String> caution) {
            offered.add(passports);
            Optional<TripEdit> answer = tripAnswers.isEmpty() ? Optional.empty() : tripAnswers.poll();
            answer.filter(a -> !a.delete()).ifPresent(a -> cautions.add(caution.apply(a.trip())));
            return answer;
        }

        @Override
        public Optional<DocumentEdit> editDocument(Document document, boolean isNew) {
            return Optional.of(new DocumentEdit(document, false));
        }

        @Override
        public Optional<Path> chooseOpen(String title, String extension) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSave(String title, String name, String extension) {
            return Optional.empty();
        }

        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public void showInfo(String title, String message) {
            infos.add(message);
        }
    }

    /** A timeline on the shipped rules for other tests of this screen (the review of trips from records). */
    record Fixture(TimelineViewModel vm, Dialogs dialogs) {
        List<String> errors() {
            return dialogs.errors;
        }

        /** The trip form's next answer: saved as {@code t}. */
        void nextTrip(Trip t) {
            dialogs.tripAnswers.add(Optional.of(new TimelineDialogs.TripEdit(t, false)));
        }
    }

    static Fixture fixture(List<Trip> trips) throws Exception {
        if (book == null) {
            rules();
        }
        Dialogs d = new Dialogs();
        TimelineViewModel vm = new TimelineViewModel(trips, Documents.NONE, "RU", book,
                Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), (t, docs) -> { },
                TaskExecutor.direct(), d, new I18n(I18n.ENGLISH));
        return new Fixture(vm, d);
    }

    private TimelineViewModel vm(List<Trip> trips, Documents documents) {
        TimelineStore store = new TimelineStore() {
            @Override
            public void save(List<Trip> t, Documents d) {
                if (failSaves) {
                    throw new IllegalStateException("disk full");
                }
                savedTrips.add(t);
            }
        };
        return new TimelineViewModel(trips, documents, "RU", book, clock, store, TaskExecutor.direct(), dialogs,
                new I18n(I18n.ENGLISH));
    }

    private static Trip trip(String country, String entry, String exit) {
        return new Trip(country, LocalDate.parse(entry), exit == null ? null : LocalDate.parse(exit), "");
    }

    @Test
    void importingAddsEveryRowOrNoneAndNamesTheLineAndFieldOfTheFirstBadOne() throws Exception {
        TimelineViewModel vm = vm(List.of(trip("KZ", "2026-10-01", null)), Documents.NONE);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "country,entry,exit,note\nGE,2025-01-01,2025-03-01,\nAM,2025-13-01,,\n");
        vm.importTrips(bad);
        assertEquals(1, vm.trips().size(), "nothing of the file was taken");
        assertEquals(List.of("The trips were not imported: bad.csv, line 3, field \u201centry\u201d: \u201c2025-13-01\u201d is "
                + "not a real date. Nothing was imported; correct the file and import it again."),
                dialogs.errors);
        assertTrue(savedTrips.isEmpty());

        Path good = dir.resolve("good.csv");
        Files.writeString(good, "country,entry,exit,note\nGE,2025-01-01,2025-03-01,Tbilisi\nKZ,2026-10-01,,\n");
        vm.importTrips(good);
        assertEquals(2, vm.trips().size(), "the trip already there is not doubled");
        assertEquals(List.of("Added 1 trip from good.csv; skipped 1 already in your list."), dialogs.infos);
        assertEquals(vm.trips(), savedTrips.get(savedTrips.size() - 1));
        vm.undo();
        assertEquals(1, vm.trips().size(), "an import is undone as one step");
    }

    @Test
    void exportedTripsReadBackAsTheSameTripsAndImportingThemAgainAddsNothing() throws Exception {
        List<Trip> trips = List.of(trip("KZ", "2026-10-01", null),
                new Trip("GE", LocalDate.parse("2025-01-01"), LocalDate.parse("2025-03-01"), "Tbilisi, \"flat\""));
        TimelineViewModel planner = vm(List.of(trips.get(0), new Trip("RS", LocalDate.parse("2027-01-05"),
                LocalDate.parse("2027-02-01"), "", true)), Documents.NONE);
        Path own = dir.resolve("own.csv");
        planner.exportTrips(own);
        planner.importTrips(own);
        assertEquals(2, planner.trips().size(), "a planned trip is not doubled by its own export");
        TimelineViewModel vm = vm(trips, Documents.NONE);
        Path file = dir.resolve("trips.csv");
        vm.exportTrips(file);
        // the byte-order mark first (issue 16: without it a spreadsheet shows Cyrillic notes garbled), then the header
        assertEquals("\uFEFFcountry,entry,exit,note", Files.readAllLines(file).get(0));
        TimelineViewModel other = vm(List.of(), Documents.NONE);
        other.importTrips(file);
        assertEquals(trips, other.trips());
    }

    @Test
    void theCalendarHasAnEventWithTwoRemindersPerUpcomingDeadlineThatIcal4jReads() throws Exception {
        TimelineViewModel vm = vm(List.of(trip("KZ", "2026-10-01", null)),
                new Documents(List.of(new Passport("RU", "", LocalDate.parse("2027-03-15"))), List.of(), List.of()));
        Path file = dir.resolve("deadlines.ics");
        vm.exportCalendar(file);
        Calendar calendar;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            calendar = new CalendarBuilder().build(in);
        }
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(2, events.size());
        VEvent leave = events.get(0);
        assertEquals("Kazakhstan: leave by 29 December 2026",
                leave.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals("20261229", leave.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals(2, leave.getAlarms().size());
        assertEquals("Passport expires on 15 March 2027",
                events.get(1).getProperty(Property.SUMMARY).orElseThrow().getValue());
        // issue 16: a passport is renewed abroad in months: reminders 6 months, 3 months and 2 weeks ahead, except
        // those that would fall before today (22 November 2026): 6 months ahead was 15 September
        assertEquals(List.of(90, 14), events.get(1).getAlarms().stream().map(a -> java.time.Period.parse(a
                .getProperty(Property.TRIGGER).orElseThrow().getValue().replace("-", "")).getDays()).toList(),
                "days before, as ical4j reads the triggers back (-P14D as -P2W)");
        assertEquals(List.of("Saved 2 deadlines to deadlines.ics. Open the file with your calendar to import it."),
                dialogs.infos);
        // a stay's deadline keeps its identity when its date moves, so a calendar updates it instead of adding one
        IcsWriterEvents later = new IcsWriterEvents(vm(List.of(trip("KZ", "2026-10-05", null)), Documents.NONE)
                .calendarEvents());
        assertEquals("Kazakhstan: leave by 2 January 2027", later.events().get(0).summary());
        assertEquals(vm.calendarEvents().get(0).uid(), later.events().get(0).uid());
    }

    /** Issue 16: an overstay is an event today with one reminder on the day, never reminders in the past. */
    @Test
    void anOverstayIsExportedAsAnEventTodayWithANoteAndNoReminderInThePast() {
        // 100 days in Kazakhstan from 14 August 2026: over its 90 days in 180 by 11 on 22 November
        TimelineViewModel vm = vm(List.of(trip("KZ", "2026-08-14", null)), Documents.NONE);
        org.relocationplanner.io.IcsWriter.Event over = vm.calendarEvents().stream().filter(e -> e.date().equals(
                LocalDate.parse("2026-11-22"))).findFirst().orElseThrow(() -> new AssertionError(vm.calendarEvents()
                .toString()));
        assertEquals(List.of(0), over.reminders());
        assertTrue(over.description().startsWith("Today you are over the limit of this stay."), over.description());
        for (org.relocationplanner.io.IcsWriter.Event e : vm.calendarEvents()) {
            for (int days : e.reminders()) {
                assertFalse(e.date().minusDays(days).isBefore(LocalDate.parse("2026-11-22")), e.toString());
            }
        }
    }

    private record IcsWriterEvents(List<org.relocationplanner.io.IcsWriter.Event> events) {
    }

    @Test
    void aPlannedTripIsCheckedAndAnEditIsCountedAgainAtOnce() {
        TimelineViewModel vm = vm(List.of(trip("KZ", "2026-10-01", null)), Documents.NONE);
        dialogs.tripAnswers.add(Optional.of(new TimelineDialogs.TripEdit(new Trip("KZ", LocalDate.parse("2027-01-10"),
                LocalDate.parse("2027-03-31"), "", true), false)));
        vm.addTrip();
        assertEquals(TripCheck.State.OVERSTAY, vm.check(1).state());
        assertEquals("Kazakhstan, planned trip from 10 January 2027: over the limit from 16 February 2027, by up to "
                + "42 days", vm.mostUrgentProperty().get());
        dialogs.tripAnswers.add(Optional.of(new TimelineDialogs.TripEdit(null, true)));
        vm.editTrip(1);
        assertEquals(1, vm.trips().size());
        assertEquals("Kazakhstan: leave by 29 December 2026 \u2014 37 days left", vm.mostUrgentProperty().get());
        // 1 October to 22 November: 31 + 22 = 53 days
        assertEquals(List.of("Kazakhstan: 53 of 90 days used, 37 left (90 days within 180)." + System.lineSeparator()
                + "· The sources do not say whether the 180-day period is rolling or fixed: counted as rolling, the"
                + " stricter reading."), vm.standing());
    }

    @Test
    void aFailedSaveIsToldAndTheAppKeepsTheChangeOnScreen() {
        failSaves = true;
        TimelineViewModel vm = vm(List.of(), Documents.NONE);
        dialogs.tripAnswers.add(Optional.of(new TimelineDialogs.TripEdit(trip("KZ", "2026-10-01", null), false)));
        vm.addTrip();
        assertEquals(1, vm.trips().size());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("disk full"), dialogs.errors.get(0));
        assertTrue(vm.canUndoProperty().get());
    }

    /**
     * Issue 17: with a second passport held, the trip form offers both, a trip entered on one is counted by its rules,
     * and the standing says which passport counts. Mongolia: 90 days on the Belarusian passport (mfa.gov.by) against
     * 30 per visit on the Russian one; from 1 October, on 22 November 53 days are used.
     */
    @Test
    void aSecondPassportIsOfferedAndTheStandingSaysWhichPassportCounts() {
        TimelineViewModel vm = vm(List.of(trip("MN", "2026-10-01", null)), Documents.NONE);
        vm.holdsAlso(List.of("BY"));
        assertTrue(vm.standing().get(0).startsWith("Mongolia (on the Belarus passport): 53 of 90 days used, 37 left (90 "
                + "days per entry)."), vm.standing().toString());
        dialogs.tripAnswers.add(Optional.of(new TimelineDialogs.TripEdit(new Trip("MN", LocalDate.parse(
                "2026-10-01"), null, "", false, "RU"), false)));
        vm.editTrip(0);
        assertEquals(List.of("RU", "BY"), dialogs.offered.get(0));
        assertTrue(vm.standing().get(0).startsWith("Mongolia (on the Russia passport)"), vm.standing().toString());
        assertEquals("RU", savedTrips.get(savedTrips.size() - 1).get(0).passport(), "kept with the trip");
    }

    @Test
    void taxResidencyIsSummedUpInWords() {
        TimelineViewModel vm = vm(List.of(trip("RU", "2026-01-01", "2026-07-01"), trip("GE", "2026-07-01", null)),
                Documents.NONE);
        // 1 Jan to 1 Jul 2026: 31 + 28 + 31 + 30 + 31 + 30 + 1 = 182 days
        assertEquals("In Russia: 182 days in the last 12 months (resident from 183) \u2014 not a tax resident. No "
                + "change within a year on your current plan.", vm.taxSummaryProperty().get());
        assertFalse(vm.deadlines().stream().anyMatch(d -> d.kind() == org.relocationplanner.domain.Deadline.Kind
                .TAX_STATUS_CHANGES));
    }

    @Test
    void anImportThatOverlapsTheTripsThereSaysWhichAndStillTakesEveryRow() throws Exception {
        // in Kazakhstan since 1 October with no exit date; the file has a week in Armenia inside that stay
        TimelineViewModel vm = vm(List.of(trip("KZ", "2026-10-01", null)), Documents.NONE);
        Path file = dir.resolve("trips.csv");
        Files.writeString(file, "country,entry,exit,note\nAM,2026-10-10,2026-10-16,Yerevan\nGE,2025-01-01,"
                + "2025-03-01,\n");
        vm.importTrips(file);
        assertEquals(3, vm.trips().size());
        assertEquals(List.of("Added 2 trips from trips.csv; skipped 0 already in your list."
                + System.lineSeparator() + System.lineSeparator()
                + "Some of these trips overlap others (check their dates):" + System.lineSeparator()
                + "· Kazakhstan, from 1 October 2026, no exit date and Armenia, 10 October 2026 – 16 October 2026"
                + " overlap by 7 days: the shared days count in both countries. A trip without an exit date runs on to"
                + " today: if you have left, add its exit date."), dialogs.infos);
        assertEquals(1, vm.problems().size(), "and the Timeline keeps saying so");
    }

    @Test
    void theTripFormIsToldOfAnOverlapBeforeSavingAndNotOfABorderCrossing() {
        TimelineViewModel vm = vm(List.of(trip("GE", "2026-01-01", "2026-03-01")), Documents.NONE);
        dialogs.tripAnswers.add(Optional.of(new TimelineDialogs.TripEdit(trip("AM", "2026-03-01", "2026-03-05"),
                false)));
        vm.addTrip();
        dialogs.tripAnswers.add(Optional.of(new TimelineDialogs.TripEdit(trip("KZ", "2026-02-20", "2026-02-25"),
                false)));
        vm.addTrip();
        assertEquals(null, dialogs.cautions.get(0), "a same-day exit and entry is normal");
        assertTrue(dialogs.cautions.get(1).startsWith("This trip shares days with another trip:"),
                dialogs.cautions.get(1));
        assertTrue(dialogs.cautions.get(1).contains("Georgia, 1 January 2026 – 1 March 2026 and Kazakhstan,"
                + " 20 February 2026 – 25 February 2026 overlap by 6 days"), dialogs.cautions.get(1));
        // editing a trip checks it against the others, not against itself
        dialogs.tripAnswers.add(Optional.of(new TimelineDialogs.TripEdit(trip("GE", "2026-01-01", "2026-02-19"),
                false)));
        vm.editTrip(0);
        assertEquals(null, dialogs.cautions.get(2));
    }

    /**
     * Issue 15: a trip an earlier version stored far outside 1900-2100 made the stay engine allocate by its span
     * (NegativeArraySizeException). It is now named among the problems and left out of every count.
     */
    @Test
    void aTripStoredOutsideTheDaysTheAppCountsWithIsNamedAndNotCounted() {
        Trip far = new Trip("KZ", LocalDate.of(9999, 1, 1), null, "");
        TimelineViewModel vm = vm(List.of(trip("GE", "2026-06-01", null), far), Documents.NONE);
        assertTrue(vm.problems().stream().anyMatch(p -> p.contains("9999-01-01")
                && p.contains("outside the dates the app supports")), vm.problems().toString());
        assertEquals(2, vm.trips().size(), "the trip is still there to edit or delete");
    }

    /** Issue 15: a document stored by an earlier version with a day in the year 9999 is named and not counted. */
    @Test
    void aDocumentStoredOutsideTheDaysTheAppCountsWithIsNamedAndGivesNoDeadline() {
        Documents docs = new Documents(List.of(new org.relocationplanner.domain.Passport("RU", "", LocalDate.of(9999,
                1, 1))), List.of(), List.of(new org.relocationplanner.domain.ResidencePermit("GE", LocalDate.of(2026, 1,
                1), LocalDate.of(+99999, 1, 1), "")));
        TimelineViewModel vm = vm(List.of(trip("GE", "2026-06-01", null)), docs);
        assertEquals(2, vm.problems().stream().filter(p -> p.contains("it has a date outside the dates the app "
                + "supports (1900 to 2100), so no count or deadline includes it")).count(), vm.problems().toString());
        assertTrue(vm.problems().stream().anyMatch(p -> p.startsWith("Passport valid until 9999-01-01")),
                vm.problems().toString());
        assertTrue(vm.deadlines().stream().noneMatch(d -> d.date().getYear() > 2100), vm.deadlines().toString());
    }
}
