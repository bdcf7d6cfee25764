package org.relocationplanner.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Deadline reminders as an RFC 5545 iCalendar file: one all-day, transparent VEVENT per deadline with display
 * alarms (by default 14 and 3 days before; each event may name its own). Lines end in CRLF, TEXT values are escaped, and content lines are folded at 75
 * octets of UTF-8 without ever splitting a character or an escape sequence.
 */
public final class IcsWriter {

    /** The PRODID of every calendar written. */
    public static final String PRODID = "-//Relocation Planner//Deadlines//EN";

    private static final String CRLF = "\r\n";
    private static final int MAX_LINE_OCTETS = 75;
    /** The reminders of an event unless it names its own: 14 and 3 days before. */
    public static final List<Integer> DEFAULT_REMINDERS = List.of(14, 3);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    /**
     * One deadline: an all-day event on {@code date}.
     *
     * @param uid globally unique and stable across exports, so calendars update the event instead of duplicating it
     * @param date the day of the deadline
     * @param summary the title, also shown by the alarms
     * @param description details; empty (or null) for none
     * @param reminders days before {@code date} a display alarm goes off (0: at 9:00 on the day itself); empty for
     *                  none
     */
    public record Event(String uid, LocalDate date, String summary, String description, List<Integer> reminders) {

        /** Checks the required parts and turns a null description into an empty one. */
        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(summary, "summary");
            description = description == null ? "" : description;
            reminders = List.copyOf(reminders);
            if (reminders.stream().anyMatch(days -> days < 0)) {
                throw new IllegalArgumentException("a reminder after the deadline: " + reminders);
            }
        }

        /** An event with the {@link #DEFAULT_REMINDERS}. */
        public Event(String uid, LocalDate date, String summary, String description) {
            this(uid, date, summary, description, DEFAULT_REMINDERS);
        }
    }

    /** @param clock gives the DTSTAMP of every event */
    public IcsWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The whole calendar as text, ready to be encoded as UTF-8.
     *
     * @param events the deadlines, in the order they are written; may be empty
     * @return the calendar, every line ending in CRLF
     */
    public String write(List<Event> events) {
        String stamp = STAMP.format(clock.instant());
        // a later export carries a higher sequence, so a calendar that imports it again updates the same events
        long sequence = Math.max(0, java.time.Duration.between(java.time.Instant.parse("2020-01-01T00:00:00Z"),
                clock.instant()).toMinutes());
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODID);
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        for (Event event : events) {
            String summary = text(event.summary());
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()));
            line(out, "DTSTAMP:" + stamp);
            line(out, "SEQUENCE:" + sequence);
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.date()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(event.date().plusDays(1)));
            line(out, "SUMMARY:" + summary);
            if (!event.description().isEmpty()) {
                line(out, "DESCRIPTION:" + text(event.description()));
            }
            line(out, "TRANSP:TRANSPARENT");
            for (int days : event.reminders()) {
                line(out, "BEGIN:VALARM");
                line(out, "ACTION:DISPLAY");
                line(out, "DESCRIPTION:" + summary);
                // 0: on the day itself, at 9:00 (an all-day event starts at midnight, which is past by then)
                line(out, "TRIGGER:" + (days == 0 ? "PT9H" : "-P" + days + "D"));
                line(out, "END:VALARM");
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * Writes the calendar to {@code file} as UTF-8, atomically where the file system allows: the text goes to a
     * temporary file in the same folder, which then replaces {@code file}.
     *
     * @param events the deadlines; may be empty
     * @param file the .ics file to create or replace
     * @throws IOException if the file cannot be written; {@code file} is then left as it was
     */
    public void write(List<Event> events, Path file) throws IOException {
        AtomicFile.write(file, write(events).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks (CRLF, CR or LF become
     * {@code \n}). Other control characters, which TEXT does not allow, are dropped, and unpaired surrogates
     * become U+FFFD so that the octet count of folding matches the UTF-8 written.
     */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else if ((c >= 0x20 || c == '\t') && c != 0x7F) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Appends one content line, folded (RFC 5545 3.1) so that no physical line exceeds 75 octets of UTF-8: each
     * continuation starts with a single space, which counts towards its 75. Breaks fall only between whole code
     * points and never inside a backslash escape.
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int chars = Character.charCount(cp);
            int size = utf8Length(cp);
            if (cp == '\\' && i + 1 < content.length()) {
                int next = content.codePointAt(i + 1);
                chars += Character.charCount(next);
                size += utf8Length(next);
            }
            if (octets + size > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(content, i, i + chars);
            octets += size;
            i += chars;
        }
        out.append(CRLF);
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
