package org.relocationplanner.io;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relocationplanner.domain.history.Fix;

/**
 * Where and when a photo was taken, from its EXIF or XMP metadata (JPEG, HEIC/HEIF, PNG, TIFF, WebP and camera raw
 * files, by metadata-extractor): the GPS position, and the day from
 * <ol>
 * <li>"date taken" (DateTimeOriginal) with its offset tag (OffsetTimeOriginal): that moment at that offset;</li>
 * <li>else the GPS time stamp, which is UTC: the local day is the position's time zone's;</li>
 * <li>else "date taken" alone: the camera's own clock, taken as local time;</li>
 * <li>else XMP's exif:DateTimeOriginal, photoshop:DateCreated or xmp:CreateDate.</li>
 * </ol>
 * The image data itself is not decoded; only the metadata blocks are read.
 */
public final class PhotoReader {

    /** The file names read as photos (lower case). */
    public static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "heic", "heif", "png", "tif", "tiff", "webp",
            "dng", "cr2", "nef", "arw", "orf", "rw2");
    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern XMP_COORDINATE = Pattern.compile("(\\d+),(\\d+(?:\\.\\d+)?)(?:,(\\d+(?:\\.\\d+)?))?([NSEW])");

    /** What one photo gave. */
    public enum Outcome { READ, NO_POSITION, NO_DATE, UNREADABLE }

    /** The photo's position and day, or why there is none ({@code fix} is null unless READ). */
    public record Result(Outcome outcome, Fix fix, String reason) {
    }

    private PhotoReader() {
    }

    public static boolean isPhoto(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    public static Result read(Path file) {
        Metadata m;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            m = ImageMetadataReader.readMetadata(in, Files.size(file));
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return new Result(Outcome.UNREADABLE, null, String.valueOf(e.getMessage()));
        }
        return of(m);
    }

    static Result of(Metadata m) {
        Map<String, String> xmp = xmp(m);
        double[] where = position(m, xmp);
        if (where == null) {
            return new Result(Outcome.NO_POSITION, null, null);
        }
        double lat = where[0];
        double lon = where[1];
        String taken = null;
        String offset = null;
        for (ExifSubIFDDirectory d : m.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            taken = taken != null ? taken : d.getString(ExifDirectoryBase.TAG_DATETIME_ORIGINAL);
            offset = offset != null ? offset : d.getString(ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL);
        }
        LocalDateTime wall = wall(taken);
        if (wall != null && offset != null) {
            try {
                ZoneOffset o = ZoneOffset.of(offset.strip());
                return read(new Fix(lat, lon, wall.toInstant(o), o, null));
            } catch (java.time.DateTimeException ignored) {
                // a broken offset tag: the GPS time or the wall clock below
            }
        }
        for (GpsDirectory gps : m.getDirectoriesOfType(GpsDirectory.class)) {
            java.util.Date utc = gps.getGpsDate();
            if (utc != null) {
                return read(Fix.at(lat, lon, utc.toInstant()));
            }
        }
        if (wall != null) {
            return read(new Fix(lat, lon, null, null, wall.toLocalDate()));
        }
        for (String key : new String[] {"exif:DateTimeOriginal", "photoshop:DateCreated", "xmp:CreateDate"}) {
            String v = xmp.get(key);
            if (v == null) {
                continue;
            }
            try {
                OffsetDateTime t = OffsetDateTime.parse(v);
                // "Z" is UTC, not the local offset: then the day is the position's time zone's
                ZoneOffset o = t.getOffset().equals(ZoneOffset.UTC) ? null : t.getOffset();
                return read(new Fix(lat, lon, t.toInstant(), o, null));
            } catch (DateTimeParseException e) {
                try {
                    return read(new Fix(lat, lon, null, null, LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v)));
                } catch (DateTimeParseException ignored) {
                    // not a date: the next key
                }
            }
        }
        return new Result(Outcome.NO_DATE, null, null);
    }

    private static Result read(Fix f) {
        return f.plausible() ? new Result(Outcome.READ, f, null) : new Result(Outcome.NO_POSITION, null, null);
    }

    private static LocalDateTime wall(String taken) {
        if (taken == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(taken.strip(), EXIF_TIME);
        } catch (DateTimeParseException e) {
            return null; // "0000:00:00 00:00:00", a camera without a set clock
        }
    }

    private static double[] position(Metadata m, Map<String, String> xmp) {
        for (GpsDirectory gps : m.getDirectoriesOfType(GpsDirectory.class)) {
            GeoLocation g = gps.getGeoLocation();
            if (g != null && !g.isZero()) {
                return new double[] {g.getLatitude(), g.getLongitude()};
            }
        }
        Double lat = xmpCoordinate(xmp.get("exif:GPSLatitude"));
        Double lon = xmpCoordinate(xmp.get("exif:GPSLongitude"));
        return lat == null || lon == null ? null : new double[] {lat, lon};
    }

    /** XMP's "DDD,MM.mmk" or "DDD,MM,SSk" (XMP Specification Part 2, GPSCoordinate). */
    static Double xmpCoordinate(String v) {
        if (v == null) {
            return null;
        }
        Matcher x = XMP_COORDINATE.matcher(v.strip());
        if (!x.matches()) {
            return null;
        }
        double deg = Integer.parseInt(x.group(1)) + Double.parseDouble(x.group(2)) / 60
                + (x.group(3) == null ? 0 : Double.parseDouble(x.group(3)) / 3600);
        return x.group(4).equals("S") || x.group(4).equals("W") ? -deg : deg;
    }

    private static Map<String, String> xmp(Metadata m) {
        Map<String, String> all = new java.util.HashMap<>();
        for (Directory d : m.getDirectoriesOfType(XmpDirectory.class)) {
            all.putAll(((XmpDirectory) d).getXmpProperties());
        }
        return all;
    }
}
