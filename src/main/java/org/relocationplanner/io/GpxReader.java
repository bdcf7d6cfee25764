package org.relocationplanner.io;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.relocationplanner.domain.history.Fix;

/**
 * GPX 1.0 and 1.1 (topografix.com/GPX/1/1): track points ({@code trkpt}), each with its {@code lat} and {@code lon}
 * attributes and a {@code time} element. Route points ({@code rtept}) and waypoints ({@code wpt}) are plans and
 * favourites (their time is when they were made, often at home), not where the user was: counted, not read. GPX times
 * are UTC by the standard, so the local day is the position's time zone's; a time written with another offset keeps
 * it. A point without a time cannot be placed on a day and is counted, not read. Streamed with StAX, no DTD and no
 * external entities.
 */
public final class GpxReader {

    private GpxReader() {
    }

    /** What reading left out. */
    public record Skipped(long untimed, long plans) {
    }

    public static Skipped read(InputStream in, String file, Consumer<Fix> sink, Runnable checkpoint)
            throws IOException, HistoryFormatException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader x = null;
        long untimed = 0;
        long plans = 0;
        long points = 0;
        try {
            x = f.createXMLStreamReader(in);
            boolean root = true;
            String lat = null;
            String lon = null;
            String time = null;
            int line = 0;
            int column = 0;
            boolean inTime = false;
            StringBuilder text = new StringBuilder();
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    if (root) {
                        if (!name.equals("gpx")) {
                            throw new HistoryFormatException(file, x.getLocation().getLineNumber(),
                                    x.getLocation().getColumnNumber(), name, HistoryFormatException.Problem.NOT_GPX,
                                    name, "XML, but not GPX (its first element is <" + name + ">)");
                        }
                        root = false;
                    } else if (name.equals("rtept") || name.equals("wpt")) {
                        plans++;
                    } else if (name.equals("trkpt")) {
                        lat = x.getAttributeValue(null, "lat");
                        lon = x.getAttributeValue(null, "lon");
                        time = null;
                        line = x.getLocation().getLineNumber();
                        column = x.getLocation().getColumnNumber();
                    } else if (name.equals("time") && lat != null) {
                        inTime = true;
                        text.setLength(0);
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && inTime) {
                    text.append(x.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = x.getLocalName();
                    if (name.equals("time") && inTime) {
                        time = text.toString().strip();
                        inTime = false;
                    } else if (lat != null && name.equals("trkpt")) {
                        if (time == null || time.isEmpty()) {
                            untimed++;
                        } else {
                            sink.accept(point(file, line, column, lat, lon, time));
                        }
                        lat = null;
                        if (++points % 4096 == 0) {
                            checkpoint.run();
                        }
                    }
                }
            }
            if (root) {
                throw new HistoryFormatException(file, 0, 0, null, HistoryFormatException.Problem.NOT_GPX, null,
                        "no GPX in the file");
            }
        } catch (XMLStreamException e) {
            javax.xml.stream.Location at = e.getLocation();
            String m = String.valueOf(e.getMessage());
            int cut = m.indexOf("Message: ");
            throw new HistoryFormatException(file, at == null ? 0 : Math.max(0, at.getLineNumber()),
                    at == null ? 0 : Math.max(0, at.getColumnNumber()), null,
                    HistoryFormatException.Problem.BROKEN_XML, null,
                    "the XML is broken or breaks off: " + (cut >= 0 ? m.substring(cut + 9) : m));
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // the stream is the caller's to close
                }
            }
        }
        return new Skipped(untimed, plans);
    }

    private static Fix point(String file, int line, int column, String lat, String lon, String time)
            throws HistoryFormatException {
        double la;
        double lo;
        try {
            la = Double.parseDouble(lat);
            lo = Double.parseDouble(lon);
        } catch (NumberFormatException | NullPointerException e) {
            throw new HistoryFormatException(file, line, column, "lat/lon", HistoryFormatException.Problem.BAD_VALUE,
                    lat + "," + lon, "not a position in degrees");
        }
        if (la < -90 || la > 90 || lo < -180 || lo > 180) {
            throw new HistoryFormatException(file, line, column, "lat/lon", HistoryFormatException.Problem.BAD_VALUE,
                    lat + "," + lon, "a position outside -90..90, -180..180");
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(time);
            ZoneOffset offset = t.getOffset().equals(ZoneOffset.UTC) ? null : t.getOffset();
            return new Fix(la, lo, t.toInstant(), offset, null);
        } catch (DateTimeParseException e) {
            try {
                return new Fix(la, lo, Instant.parse(time + "Z"), null, null); // a time without zone: UTC
            } catch (DateTimeParseException again) {
                throw new HistoryFormatException(file, line, column, "time", HistoryFormatException.Problem.BAD_VALUE,
                        time, "not a time in the form 2023-03-01T10:00:00Z");
            }
        }
    }
}
