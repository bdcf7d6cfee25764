package org.relocationplanner.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Trigger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deadline calendar, read back by a real iCalendar parser (ical4j) and checked octet by octet. */
class IcsWriterTest {

    private static final Instant NOW = Instant.parse("2025-01-15T09:30:05Z");
    private static final String LONG_SUMMARY =
            "Продлить временную регистрацию по месту пребывания в миграционной службе, до конца дня";
    private static final String DESCRIPTION =
            "Адрес: ул. Абая, 10; окно 3\nВзять паспорт 📄, копии и фото; папка C:\\docs";
    private static final List<IcsWriter.Event> EVENTS = List.of(
            new IcsWriter.Event("registration-2025-03-01@relocation-planner", LocalDate.of(2025, 3, 1),
                    LONG_SUMMARY, DESCRIPTION),
            new IcsWriter.Event("visa-2025-12-31@relocation-planner", LocalDate.of(2025, 12, 31),
                    "Visa expires", ""));

    private final IcsWriter writer = new IcsWriter(Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeAll
    static void keepIcal4jOffTheNetworkAndJCache() {
        // Plain in-memory time zone cache (no JCache provider on the classpath) and no zone updates from the web.
        System.setProperty("net.fortuna.ical4j.timezone.cache.impl", "net.fortuna.ical4j.util.MapTimeZoneCache");
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    }

    @Test
    void twoEventsParseBackWithTheirTextDatesAndAlarms() throws Exception {
        assertTrue(LONG_SUMMARY.getBytes(StandardCharsets.UTF_8).length > 75, "the summary must need folding");

        assertMatchesEvents(parse(new StringReader(writer.write(EVENTS))));
    }

    @Test
    void everyPhysicalLineIsAtMost75OctetsOfWholeUtf8CharactersAndEndsInCrlf() throws Exception {
        String text = writer.write(EVENTS);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(text, new String(bytes, StandardCharsets.UTF_8), "no unpaired surrogates");

        List<byte[]> lines = physicalLines(bytes);
        assertTrue(lines.size() > 40);
        int folded = 0;
        for (byte[] line : lines) {
            String shown = new String(line, StandardCharsets.UTF_8);
            assertTrue(line.length <= 75, () -> line.length + " octets: " + shown);
            assertTrue(decodesAlone(line), () -> "a UTF-8 character is split at the end of: " + shown);
            if (shown.startsWith(" ")) {
                folded++;
            }
        }
        assertTrue(folded >= 4, "the long summary, its two alarm copies and the description are folded");
        assertTrue(text.endsWith("\r\n"));
    }

    @Test
    void foldingUsesTheWholeBudgetOfOctetsNotOfCharacters() {
        String text = writer.write(List.of(new IcsWriter.Event("u1", LocalDate.of(2025, 1, 1), "Ж".repeat(100), "")));
        List<String> summary = new ArrayList<>();
        boolean inSummary = false;
        for (String line : text.split("\r\n")) {
            if (line.startsWith("SUMMARY:")) {
                inSummary = true;
            } else if (!line.startsWith(" ")) {
                inSummary = false;
            }
            if (inSummary) {
                summary.add(line);
            }
        }
        // "SUMMARY:" is 8 octets, then 33 letters of 2 octets = 74; continuations: 1 space + 37 letters = 75.
        assertEquals(List.of("SUMMARY:" + "Ж".repeat(33), " " + "Ж".repeat(37), " " + "Ж".repeat(30)), summary);
    }

    @Test
    void textIsEscapedOnTheWire() {
        String text = writer.write(EVENTS).replace("\r\n ", "");
        assertTrue(text.contains("DESCRIPTION:Адрес: ул. Абая\\, 10\\; окно 3\\nВзять паспорт 📄\\, копии и фото\\; "
                + "папка C:\\\\docs\r\n"), text);
        assertTrue(text.contains("SUMMARY:Продлить временную регистрацию по месту пребывания "
                + "в миграционной службе\\, до конца дня\r\n"), text);
    }

    @Test
    void dtstampIsTheClocksInstantInUtc() throws Exception {
        String text = writer.write(EVENTS);
        assertTrue(text.contains("\r\nDTSTAMP:20250115T093005Z\r\n"), text);

        List<VEvent> events = parse(new StringReader(text)).getComponents(Component.VEVENT);
        assertEquals(2, events.size());
        for (VEvent event : events) {
            DtStamp stamp = property(event, Property.DTSTAMP);
            assertEquals(NOW, Instant.from(stamp.getDate()));
        }
    }

    @Test
    void anEmptyListStillGivesACalendarThatParses() throws Exception {
        String text = writer.write(List.of());
        assertEquals("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Relocation Planner//Deadlines//EN\r\n"
                + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n", text);

        Calendar calendar = parse(new StringReader(text));
        assertTrue(calendar.getComponentList().getAll().isEmpty());
        assertTrue(calendar.getComponents(Component.VEVENT).isEmpty());
        Optional<Property> prodId = calendar.getProperty(Property.PRODID);
        assertEquals(Optional.of(IcsWriter.PRODID), prodId.map(Property::getValue));
    }

    @Test
    void writesTheFileAtomicallyAndItParsesBackIdentically(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("deadlines.ics");
        writer.write(List.of(), file);
        writer.write(EVENTS, file);

        assertArrayEquals(writer.write(EVENTS).getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertMatchesEvents(parse(in));
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
        }
    }

    private static void assertMatchesEvents(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(EVENTS.size(), events.size());
        for (int i = 0; i < EVENTS.size(); i++) {
            IcsWriter.Event expected = EVENTS.get(i);
            VEvent event = events.get(i);
            assertEquals(expected.uid(), text(event, Property.UID));
            assertEquals(expected.summary(), text(event, Property.SUMMARY));
            DtStart<?> start = property(event, Property.DTSTART);
            assertEquals(expected.date(), LocalDate.from(start.getDate()));
            DtEnd<?> end = property(event, Property.DTEND);
            assertEquals(expected.date().plusDays(1), LocalDate.from(end.getDate()));
            assertEquals("TRANSPARENT", text(event, Property.TRANSP));
            if (expected.description().isEmpty()) {
                assertFalse(event.getProperty(Property.DESCRIPTION).isPresent());
            } else {
                assertEquals(expected.description(), text(event, Property.DESCRIPTION));
            }

            List<VAlarm> alarms = event.getAlarms();
            assertEquals(2, alarms.size());
            List<Long> daysBefore = new ArrayList<>();
            for (VAlarm alarm : alarms) {
                assertEquals("DISPLAY", text(alarm, Property.ACTION));
                assertEquals(expected.summary(), text(alarm, Property.DESCRIPTION));
                Trigger trigger = property(alarm, Property.TRIGGER);
                LocalDateTime start0 = expected.date().atStartOfDay();
                daysBefore.add(ChronoUnit.DAYS.between(start0, start0.plus(trigger.getDuration())));
            }
            assertEquals(List.of(-14L, -3L), daysBefore);
        }
    }

    private static Calendar parse(Reader in) throws Exception {
        return new CalendarBuilder().build(in);
    }

    private static <T extends Property> T property(Component component, String name) {
        Optional<T> found = component.getProperty(name);
        return found.orElseThrow(() -> new AssertionError(component.getName() + " has no " + name));
    }

    private static String text(Component component, String name) {
        return property(component, name).getValue();
    }

    /** Splits at CRLF, failing on a bare CR or LF; the text must end with CRLF. */
    private static List<byte[]> physicalLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertTrue(i > 0 && bytes[i - 1] == '\r', "bare LF at octet " + i);
                lines.add(Arrays.copyOfRange(bytes, start, i - 1));
                start = i + 1;
            } else if (bytes[i] == '\r') {
                assertTrue(i + 1 < bytes.length && bytes[i + 1] == '\n', "bare CR at octet " + i);
            }
        }
        assertEquals(bytes.length, start, "the last line must end with CRLF");
        return lines;
    }

    private static boolean decodesAlone(byte[] line) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
