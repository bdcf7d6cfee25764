package org.relocationplanner.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relocationplanner.domain.history.Fix;

/**
 * Google's location history exports, streamed one record at a time (a ten-year Records.json is over a gigabyte):
 * <ul>
 * <li>Takeout's {@code Records.json}: {@code locations}, each with {@code latitudeE7}, {@code longitudeE7} and a
 * UTC {@code timestamp} (older files: {@code timestampMs}); a point moving faster than 100 m/s (360 km/h: in the
 * air) or with an accuracy worse than 10 km is left out and counted;</li>
 * <li>Takeout's monthly Semantic Location History ({@code timelineObjects}): a {@code placeVisit}'s place on each
 * day of its stay, an {@code activitySegment}'s start, end and timed path points (a flight's path is left out);</li>
 * <li>the phone's Timeline export ({@code semanticSegments}, {@code rawSignals}), positions written
 * {@code "41.7151°, 44.8271°"} and times with the local offset; and the iPhone's export (a top-level array of the
 * same segments, positions written {@code "geo:41.7151,44.8271"}).</li>
 * </ul>
 * Times in UTC ("Z") leave the local day to the position's time zone; times with an offset carry it.
 */
public final class LocationHistoryJson {

    /** Faster than this is a plane: 360 km/h, above high-speed trains. */
    static final double MAX_GROUND_SPEED = 100;
    /** A position less precise than this (a cell tower far off) could be across a border. */
    static final double MAX_ACCURACY_METRES = 10_000;
    private static final Pattern LAT_LNG = Pattern.compile(
            "\\s*(?:geo:)?\\s*(-?\\d+(?:\\.\\d+)?)\\s*°?\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*°?\\s*");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1_000_000).build()).build();

    /** What reading left out, besides the positions it passed on. */
    public static final class Skipped {
        long fast;
        long imprecise;
        long unusable;

        /** Points moving faster than 100 m/s (in the air). */
        public long fast() {
            return fast;
        }

        /** Points with an accuracy worse than 10 km. */
        public long imprecise() {
            return imprecise;
        }

        /** Records with no position or no time (a Wi-Fi scan, an activity record). */
        public long unusable() {
            return unusable;
        }
    }

    private final String file;
    private final Consumer<Fix> sink;
    private final Runnable checkpoint;
    private final Skipped skipped = new Skipped();
    private JsonParser parser;
    private long records;

    /**
     * @param checkpoint run every few thousand records: it may throw {@link java.util.concurrent.CancellationException}
     */
    private LocationHistoryJson(String file, Consumer<Fix> sink, Runnable checkpoint) {
        this.file = file;
        this.sink = sink;
        this.checkpoint = checkpoint;
    }

    /** Reads one export; the positions go to {@code sink} as they are read. */
    public static Skipped read(InputStream in, String file, Consumer<Fix> sink, Runnable checkpoint)
            throws IOException, HistoryFormatException {
        LocationHistoryJson r = new LocationHistoryJson(file, sink, checkpoint);
        try (JsonParser p = FACTORY.createParser(in)) {
            p.setCodec(MAPPER);
            r.parser = p;
            r.readTop();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new HistoryFormatException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    null, HistoryFormatException.Problem.BROKEN_JSON, null,
                    e.getOriginalMessage().contains("end-of-input")
                            ? "the JSON breaks off (a download cut short?)" : "not JSON: " + e.getOriginalMessage());
        }
        return r.skipped;
    }

    private void readTop() throws IOException, HistoryFormatException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
            readArray(this::segment); // the iPhone's export: an array of segments
            expectEnd();
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            throw unknown();
        }
        boolean known = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY && name.equals("locations")) {
                readRecords();
                known = true;
            } else if (value == JsonToken.START_ARRAY && name.equals("timelineObjects")) {
                readArray(this::timelineObject);
                known = true;
            } else if (value == JsonToken.START_ARRAY && name.equals("semanticSegments")) {
                readArray(this::segment);
                known = true;
            } else if (value == JsonToken.START_ARRAY && name.equals("rawSignals")) {
                readArray(this::rawSignal);
                known = true;
            } else {
                parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new HistoryFormatException(file, line(), column(), null, HistoryFormatException.Problem.BROKEN_JSON,
                    null, "the JSON breaks off (a download cut short?)");
        }
        if (!known) {
            throw unknown();
        }
        expectEnd();
    }

    private void expectEnd() throws IOException, HistoryFormatException {
        if (parser.nextToken() != null) {
            throw new HistoryFormatException(file, line(), column(), null, HistoryFormatException.Problem.BROKEN_JSON,
                    null, "more JSON after the end of the export");
        }
    }

    private HistoryFormatException unknown() {
        return new HistoryFormatException(file, 0, 0, null, HistoryFormatException.Problem.UNKNOWN_JSON, null,
                "not a location history the app reads (Records.json, a monthly Semantic Location History file or the "
                        + "phone's Timeline export)");
    }

    private interface Element {
        void read(JsonNode node) throws HistoryFormatException;
    }

    private void readArray(Element element) throws IOException, HistoryFormatException {
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new HistoryFormatException(file, line(), column(), null,
                        HistoryFormatException.Problem.BROKEN_JSON, null, "the JSON breaks off (a download cut short?)");
            }
            int line = line();
            int column = column();
            JsonNode node = parser.readValueAsTree();
            try {
                element.read(node);
            } catch (BadValue e) {
                throw new HistoryFormatException(file, line, column, e.field, HistoryFormatException.Problem.BAD_VALUE,
                        e.value, e.getMessage());
            }
            if (++records % 4096 == 0) {
                checkpoint.run();
            }
        }
    }

    private int line() {
        return parser.currentLocation().getLineNr();
    }

    private int column() {
        return parser.currentLocation().getColumnNr();
    }

    /** A value that is there but is not what its name says. */
    private static final class BadValue extends RuntimeException {
        final String field;
        final String value;

        BadValue(String field, String value, String reason) {
            super(reason, null, false, false);
            this.field = field;
            this.value = value;
        }
    }

    // ---- Records.json -------------------------------------------------------------------------------------------

    /**
     * The {@code locations} array, token by token: the one format that runs to millions of records, where building
     * a tree for each would double the time.
     */
    private void readRecords() throws IOException, HistoryFormatException {
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                if (t == null) {
                    throw new HistoryFormatException(file, line(), column(), null,
                            HistoryFormatException.Problem.BROKEN_JSON, null,
                            "the JSON breaks off (a download cut short?)");
                }
                parser.skipChildren();
                skipped.unusable++;
                continue;
            }
            int line = line();
            int column = column();
            long lat = Long.MIN_VALUE;
            long lng = Long.MIN_VALUE;
            String stamp = null;
            String stampMs = null;
            double velocity = 0;
            double accuracy = 0;
            String bad = null;
            while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken v = parser.nextToken();
                switch (name) {
                    case "latitudeE7", "longitudeE7" -> {
                        if (v != JsonToken.VALUE_NUMBER_INT) {
                            bad = name;
                            stamp = parser.getValueAsString();
                        } else if (name.equals("latitudeE7")) {
                            lat = parser.getLongValue();
                        } else {
                            lng = parser.getLongValue();
                        }
                    }
                    case "timestamp" -> stamp = bad == null ? parser.getValueAsString() : stamp;
                    case "timestampMs" -> stampMs = parser.getValueAsString();
                    case "velocity" -> velocity = parser.getValueAsDouble(0);
                    case "accuracy" -> accuracy = parser.getValueAsDouble(0);
                    default -> parser.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw new HistoryFormatException(file, line(), column(), null,
                        HistoryFormatException.Problem.BROKEN_JSON, null, "the JSON breaks off (a download cut short?)");
            }
            try {
                if (bad != null) {
                    throw new BadValue(bad, String.valueOf(stamp), "not a coordinate in units of 1e-7 degrees");
                }
                record(lat, lng, stamp, stampMs, velocity, accuracy);
            } catch (BadValue e) {
                throw new HistoryFormatException(file, line, column, e.field, HistoryFormatException.Problem.BAD_VALUE,
                        e.value, e.getMessage());
            }
            if (++records % 4096 == 0) {
                checkpoint.run();
            }
        }
    }

    private void record(long lat, long lng, String stamp, String stampMs, double velocity, double accuracy) {
        if (lat == Long.MIN_VALUE || lng == Long.MIN_VALUE || stamp == null && stampMs == null) {
            skipped.unusable++;
            return;
        }
        Instant when = stamp != null ? utc(stamp, "timestamp") : millis(stampMs, "timestampMs");
        if (velocity > MAX_GROUND_SPEED) {
            skipped.fast++;
            return;
        }
        if (accuracy > MAX_ACCURACY_METRES) {
            skipped.imprecise++;
            return;
        }
        emit(e7(lat, true), e7(lng, false), when, null);
    }

    // ---- Semantic Location History ------------------------------------------------------------------------------

    private void timelineObject(JsonNode o) {
        if (o.has("placeVisit")) {
            JsonNode v = o.get("placeVisit");
            JsonNode loc = v.path("location");
            JsonNode d = v.path("duration");
            Instant start = stamp(d, "startTimestamp");
            Instant end = stamp(d, "endTimestamp");
            if (start == null) {
                skipped.unusable++;
            } else if (loc.hasNonNull("latitudeE7") && loc.hasNonNull("longitudeE7")) {
                everyDay(e7(loc, "latitudeE7"), e7(loc, "longitudeE7"), start, end, null);
            } else if (v.hasNonNull("centerLatE7") && v.hasNonNull("centerLngE7")) {
                everyDay(e7(v, "centerLatE7"), e7(v, "centerLngE7"), start, end, null);
            } else {
                skipped.unusable++;
            }
        } else if (o.has("activitySegment")) {
            JsonNode a = o.get("activitySegment");
            JsonNode d = a.path("duration");
            Instant start = stamp(d, "startTimestamp");
            Instant end = stamp(d, "endTimestamp");
            boolean emitted = false;
            if (a.path("startLocation").hasNonNull("latitudeE7") && start != null) {
                emit(e7(a.get("startLocation"), "latitudeE7"), e7(a.get("startLocation"), "longitudeE7"), start, null);
                emitted = true;
            }
            if (a.path("endLocation").hasNonNull("latitudeE7") && end != null) {
                emit(e7(a.get("endLocation"), "latitudeE7"), e7(a.get("endLocation"), "longitudeE7"), end, null);
                emitted = true;
            }
            if (!"FLYING".equals(a.path("activityType").asText())) {
                for (JsonNode p : a.path("simplifiedRawPath").path("points")) {
                    Instant t = p.hasNonNull("timestamp") ? utc(p.get("timestamp"), "timestamp")
                            : p.hasNonNull("timestampMs") ? millis(p.get("timestampMs"), "timestampMs") : null;
                    if (t != null && p.hasNonNull("latE7") && p.hasNonNull("lngE7")) {
                        emit(e7(p, "latE7"), e7(p, "lngE7"), t, null);
                        emitted = true;
                    }
                }
            }
            if (!emitted) {
                skipped.unusable++;
            }
        } else {
            skipped.unusable++;
        }
    }

    private Instant stamp(JsonNode duration, String name) {
        if (duration.hasNonNull(name)) {
            return utc(duration.get(name), name);
        }
        return duration.hasNonNull(name + "Ms") ? millis(duration.get(name + "Ms"), name + "Ms") : null;
    }

    // ---- the phone's Timeline export ----------------------------------------------------------------------------

    private void segment(JsonNode s) {
        boolean emitted = false;
        if (s.has("visit")) {
            JsonNode place = s.get("visit").path("topCandidate").path("placeLocation");
            String where = place.isTextual() ? place.asText()
                    : place.hasNonNull("latLng") ? place.get("latLng").asText() : null;
            OffsetDateTime start = local(s.get("startTime"), "startTime");
            OffsetDateTime end = local(s.get("endTime"), "endTime");
            if (where != null && start != null) {
                double[] p = latLng(where, "placeLocation");
                localDays(p[0], p[1], start, end);
                emitted = true;
            }
        }
        if (s.has("activity")) {
            JsonNode a = s.get("activity");
            OffsetDateTime start = local(s.get("startTime"), "startTime");
            OffsetDateTime end = local(s.get("endTime"), "endTime");
            emitted |= endPoint(a.path("start"), start) | endPoint(a.path("end"), end);
        }
        if (s.has("timelinePath")) {
            OffsetDateTime segmentStart = local(s.get("startTime"), "startTime");
            for (JsonNode p : s.get("timelinePath")) {
                OffsetDateTime t = local(p.get("time"), "time");
                if (t == null && segmentStart != null && p.hasNonNull("durationMinutesOffsetFromStartTime")) {
                    // the iPhone's export: minutes after the segment's start, at its offset
                    try {
                        t = segmentStart.plusMinutes(Long.parseLong(p.get("durationMinutesOffsetFromStartTime")
                                .asText().strip()));
                    } catch (NumberFormatException e) {
                        throw new BadValue("durationMinutesOffsetFromStartTime",
                                p.get("durationMinutesOffsetFromStartTime").asText(), "not a number of minutes");
                    }
                }
                if (t == null || !p.hasNonNull("point")) {
                    skipped.unusable++;
                } else {
                    double[] ll = latLng(p.get("point").asText(), "point");
                    emit(ll[0], ll[1], t.toInstant(), t.getOffset());
                    emitted = true;
                }
            }
        }
        if (!emitted) {
            skipped.unusable++;
        }
    }

    private boolean endPoint(JsonNode at, OffsetDateTime when) {
        String where = at.isTextual() ? at.asText() : at.hasNonNull("latLng") ? at.get("latLng").asText() : null;
        if (where == null || when == null) {
            return false;
        }
        double[] p = latLng(where, "latLng");
        emit(p[0], p[1], when.toInstant(), when.getOffset());
        return true;
    }

    private void rawSignal(JsonNode s) {
        JsonNode p = s.path("position");
        if (!p.hasNonNull("LatLng") || !p.hasNonNull("timestamp")) {
            skipped.unusable++;
            return;
        }
        if (p.path("speedMetersPerSecond").asDouble(0) > MAX_GROUND_SPEED) {
            skipped.fast++;
            return;
        }
        if (p.path("accuracyMeters").asDouble(0) > MAX_ACCURACY_METRES) {
            skipped.imprecise++;
            return;
        }
        double[] ll = latLng(p.get("LatLng").asText(), "LatLng");
        OffsetDateTime t = local(p.get("timestamp"), "timestamp");
        emit(ll[0], ll[1], t.toInstant(), t.getOffset());
    }

    // ---- values -------------------------------------------------------------------------------------------------

    /**
     * A stay at one place between two UTC times: a position every 12 hours from its start, and at its end, so that
     * every local day of the stay has one whatever the place's offset and its daylight-saving changes.
     */
    private void everyDay(double lat, double lng, Instant start, Instant end, ZoneOffset offset) {
        emit(lat, lng, start, offset);
        if (end == null || end.isBefore(start)) {
            return;
        }
        long halves = ChronoUnit.HOURS.between(start, end) / 12;
        if (halves > 2 * 3660) {
            throw new BadValue("duration", start + "/" + end, "a stay of more than ten years at one place");
        }
        for (long h = 1; h <= halves; h++) {
            emit(lat, lng, start.plus(12 * h, ChronoUnit.HOURS), offset);
        }
        emit(lat, lng, end, offset);
    }

    /** A stay at one place between two local times with their own offsets: a position on each local day. */
    private void localDays(double lat, double lng, OffsetDateTime start, OffsetDateTime end) {
        emit(lat, lng, start.toInstant(), start.getOffset());
        if (end == null || end.isBefore(start)) {
            return;
        }
        java.time.LocalDate first = start.toLocalDate();
        java.time.LocalDate last = end.toLocalDate();
        if (ChronoUnit.DAYS.between(first, last) > 3660) {
            throw new BadValue("endTime", end.toString(), "a stay of more than ten years at one place");
        }
        for (java.time.LocalDate d = first.plusDays(1); d.isBefore(last); d = d.plusDays(1)) {
            sink.accept(new Fix(lat, lng, null, null, d));
        }
        emit(lat, lng, end.toInstant(), end.getOffset());
    }

    private void emit(double lat, double lng, Instant when, ZoneOffset offset) {
        sink.accept(new Fix(lat, lng, when, offset, null));
    }

    private static double e7(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToLong()) {
            throw new BadValue(field, v == null ? "" : v.asText(), "not a coordinate in units of 1e-7 degrees");
        }
        return e7(v.asLong(), field.startsWith("lat"));
    }

    private static double e7(long value, boolean latitude) {
        double d = value / 1e7;
        // Records.json once wrote some negative coordinates as overflowed 32-bit numbers
        return d > (latitude ? 90 : 180) ? d - 429.4967296 : d;
    }

    private static Instant utc(JsonNode v, String field) {
        return utc(v.asText(), field);
    }

    private static Instant utc(String text, String field) {
        try {
            if (text.endsWith("Z")) {
                return Instant.parse(text);
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadValue(field, text, "not a time in the form 2023-03-01T10:00:00Z");
        }
    }

    private static Instant millis(JsonNode v, String field) {
        return millis(v.asText(), field);
    }

    private static Instant millis(String text, String field) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new BadValue(field, text, "not a time in milliseconds");
        }
    }

    private static OffsetDateTime local(JsonNode v, String field) {
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw new BadValue(field, v.asText(), "not a time in the form 2024-03-01T10:00:00.000+04:00");
        }
    }

    static double[] latLng(String text, String field) {
        Matcher m = LAT_LNG.matcher(text);
        if (!m.matches()) {
            throw new BadValue(field, text, "not a position in the form \"41.7151°, 44.8271°\"");
        }
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }
}
