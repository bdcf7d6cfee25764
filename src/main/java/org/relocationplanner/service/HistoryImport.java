package org.relocationplanner.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.relocationplanner.domain.history.DayLog;
import org.relocationplanner.domain.history.Fix;
import org.relocationplanner.domain.history.ProposedTrip;
import org.relocationplanner.domain.history.Source;
import org.relocationplanner.domain.history.TripProposer;
import org.relocationplanner.io.Boundaries;
import org.relocationplanner.io.GpxReader;
import org.relocationplanner.io.HistoryFormatException;
import org.relocationplanner.io.LocationHistoryJson;
import org.relocationplanner.io.PhotoReader;
import org.relocationplanner.io.TimeZones;

/**
 * Trips from the user's own records (issue 18), what the window's review and {@code trips from-history} share: the
 * files and folders named are read in place (never copied), each dated position is placed in a country with the
 * shipped boundaries and on its local day, and the days become proposed trips. Nothing is saved here: the caller
 * shows the proposals and saves what the user accepts.
 *
 * <p>A folder is walked for {@code .json} location histories, {@code .gpx} tracks and photos; other files are
 * counted and passed over. A location history or track that cannot be read stops the whole reading with its file
 * and place (nothing is proposed from a half-read set); a photo that cannot be read is counted and named instead,
 * as a folder of ten thousand photos often holds a damaged one.
 */
public final class HistoryImport {

    /** How far reading has come, told from the reading thread. */
    public interface Progress {
        void update(double fraction, String file);
    }

    /** What was read and what was left out, for the user to see beside the proposals. */
    public static final class Summary {
        int files;
        int photos;
        long positions;
        long placed;
        long atSea;
        long fast;
        long imprecise;
        long unusable;
        long untimed;
        long outside;
        int photosWithoutPosition;
        int photosWithoutDate;
        int otherFiles;
        final List<String> unreadablePhotos = new ArrayList<>();
        int unreadablePhotoCount;
        final Map<String, Long> unplaced = new TreeMap<>();
        final Map<String, String> counted = new TreeMap<>();

        /** Location histories and tracks read. */
        public int files() {
            return files;
        }

        public int photos() {
            return photos;
        }

        /** Dated positions read. */
        public long positions() {
            return positions;
        }

        /** Positions placed in a country on a day within the range asked for. */
        public long placed() {
            return placed;
        }

        /** Positions farther than the territorial sea from any coast: at sea or in the air. */
        public long atSea() {
            return atSea;
        }

        /** Points moving faster than 100 m/s, left out as in the air. */
        public long fast() {
            return fast;
        }

        /** Points less precise than 10 km. */
        public long imprecise() {
            return imprecise;
        }

        /** Records without a position or time, and GPX points without a time. */
        public long unusable() {
            return unusable + untimed;
        }

        /** Positions on days outside --from/--to. */
        public long outside() {
            return outside;
        }

        public int photosWithoutPosition() {
            return photosWithoutPosition;
        }

        public int photosWithoutDate() {
            return photosWithoutDate;
        }

        /** Files in the folders that are neither histories, tracks nor photos. */
        public int otherFiles() {
            return otherFiles;
        }

        /** Photos that could not be read: how many, and the first five by name. */
        public int unreadablePhotoCount() {
            return unreadablePhotoCount;
        }

        public List<String> unreadablePhotos() {
            return List.copyOf(unreadablePhotos);
        }

        /** Positions in areas the app has no country code for (Kosovo), by the area's name. */
        public Map<String, Long> unplaced() {
            return Map.copyOf(unplaced);
        }

        /** Areas placed in a country that is not theirs by name (Northern Cyprus in CY): the area and the code. */
        public Map<String, String> counted() {
            return Map.copyOf(counted);
        }
    }

    /** The proposals and the summary of one reading. */
    public record Result(List<ProposedTrip> trips, Summary summary) {
    }

    /** Weight of one photo in the progress bar, as if it were this many bytes of history. */
    private static final long PHOTO_WEIGHT = 256 * 1024;

    private Boundaries boundaries;
    private TimeZones zones;

    /** The boundaries and time zones are read on the first reading, not here: start-up is not slowed. */
    public HistoryImport() {
    }

    private synchronized void load() {
        if (boundaries == null) {
            boundaries = Boundaries.shipped();
            zones = TimeZones.shipped();
        }
    }

    /**
     * Reads {@code paths} (files or folders) and proposes trips on days from {@code from} to {@code to} (either
     * null: open). Throws {@link CancellationException} when {@code cancelled} turns true.
     */
    public Result propose(List<Path> paths, LocalDate from, LocalDate to, Progress progress, BooleanSupplier cancelled)
            throws IOException, HistoryFormatException {
        load();
        List<Path> histories = new ArrayList<>();
        List<Path> tracks = new ArrayList<>();
        List<Path> photos = new ArrayList<>();
        Summary summary = new Summary();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new NoSuchFileException(p.toString());
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        String ext = extension(f);
                        if (ext.equals("json")) {
                            histories.add(f);
                        } else if (ext.equals("gpx")) {
                            tracks.add(f);
                        } else if (PhotoReader.isPhoto(f)) {
                            photos.add(f);
                        } else {
                            summary.otherFiles++;
                        }
                    }
                }
            } else if (extension(p).equals("gpx")) {
                tracks.add(p);
            } else if (PhotoReader.isPhoto(p)) {
                photos.add(p);
            } else {
                histories.add(p); // any other file named is read as a location history, or refused as not one
            }
        }
        long total = photos.size() * PHOTO_WEIGHT;
        for (Path f : histories) {
            total += Files.size(f);
        }
        for (Path f : tracks) {
            total += Files.size(f);
        }
        Placer placer = new Placer(from, to, summary);
        Counter counter = new Counter(Math.max(1, total), progress, cancelled);
        for (Path f : histories) {
            placer.source = Source.LOCATION_HISTORY;
            try (InputStream in = counter.open(f)) {
                LocationHistoryJson.Skipped s = LocationHistoryJson.read(in, f.getFileName().toString(), placer,
                        counter::check);
                summary.fast += s.fast();
                summary.imprecise += s.imprecise();
                summary.unusable += s.unusable();
            }
            summary.files++;
        }
        for (Path f : tracks) {
            placer.source = Source.GPX;
            try (InputStream in = counter.open(f)) {
                summary.untimed += GpxReader.read(in, f.getFileName().toString(), placer, counter::check).untimed();
            }
            summary.files++;
        }
        placer.source = Source.PHOTO;
        for (Path f : photos) {
            counter.file = f.getFileName().toString();
            PhotoReader.Result r = PhotoReader.read(f);
            switch (r.outcome()) {
                case READ -> placer.accept(r.fix());
                case NO_POSITION -> summary.photosWithoutPosition++;
                case NO_DATE -> summary.photosWithoutDate++;
                case UNREADABLE -> {
                    summary.unreadablePhotoCount++;
                    if (summary.unreadablePhotos.size() < 5) {
                        summary.unreadablePhotos.add(f.getFileName().toString());
                    }
                }
            }
            summary.photos++;
            counter.advance(PHOTO_WEIGHT);
        }
        counter.check();
        progress.update(1, "");
        return new Result(TripProposer.propose(placer.log), summary);
    }

    private static String extension(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Places each position in its countries and on its local day. */
    private final class Placer implements java.util.function.Consumer<Fix> {
        final DayLog log = new DayLog();
        final LocalDate from;
        final LocalDate to;
        final Summary summary;
        Source source;

        Placer(LocalDate from, LocalDate to, Summary summary) {
            this.from = from;
            this.to = to;
            this.summary = summary;
        }

        @Override
        public void accept(Fix fix) {
            summary.positions++;
            if (!fix.plausible()) {
                summary.unusable++;
                return;
            }
            List<Boundaries.Place> at = boundaries.at(fix.latitude(), fix.longitude());
            if (at.isEmpty()) {
                Boundaries.Place near = boundaries.nearest(fix.latitude(), fix.longitude(),
                        Boundaries.TERRITORIAL_SEA_KM);
                if (near == null) {
                    summary.atSea++;
                    return;
                }
                at = List.of(near);
            }
            boolean counted = false;
            for (Boundaries.Place place : at) {
                if (!place.placed()) {
                    summary.unplaced.merge(place.label(), 1L, Long::sum);
                    continue;
                }
                if (!place.label().isEmpty()) {
                    summary.counted.put(place.label(), place.country());
                }
                LocalDate day = day(fix, place.country());
                if (from != null && day.isBefore(from) || to != null && day.isAfter(to)) {
                    summary.outside++;
                    continue;
                }
                log.add(day, place.country(), source);
                counted = true;
            }
            if (counted) {
                summary.placed++;
            }
        }

        private LocalDate day(Fix fix, String country) {
            if (fix.day() != null) {
                return fix.day();
            }
            if (fix.offset() != null) {
                return fix.instant().atOffset(fix.offset()).toLocalDate();
            }
            ZoneId zone = zones.zoneOrLongitude(country, fix.latitude(), fix.longitude());
            return fix.instant().atZone(zone).toLocalDate();
        }
    }

    /** Counts the bytes read for the progress bar and stops when asked to. */
    private static final class Counter {
        final long total;
        final Progress progress;
        final BooleanSupplier cancelled;
        long done;
        long told;
        String file = "";

        Counter(long total, Progress progress, BooleanSupplier cancelled) {
            this.total = total;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        InputStream open(Path f) throws IOException {
            file = f.getFileName().toString();
            check();
            return new FilterInputStream(new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        advance(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = super.read(buf, off, len);
                    if (n > 0) {
                        advance(n);
                    }
                    return n;
                }
            };
        }

        void advance(long bytes) {
            done += bytes;
            if (done - told >= 1 << 20 || done >= total) {
                told = done;
                progress.update(Math.min(1, (double) done / total), file);
            }
        }

        void check() {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("reading stopped");
            }
        }
    }
}
