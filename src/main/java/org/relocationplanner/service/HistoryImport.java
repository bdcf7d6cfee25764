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
import org.relocationplanner.domain.Plausible;
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
        long plans;
        long outOfRange;
        int photosWithoutPosition;
        int photosWithoutDate;
        int otherFiles;
        final Named unreadablePhotos = new Named();
        final Map<String, Long> unplaced = new TreeMap<>();
        final Map<String, String> counted = new TreeMap<>();
        final Named otherJson = new Named();
        int unreadableFolders;

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

        /** Positions dated outside the days the app keeps trips on (1900 to 2100). */
        public long outOfRange() {
            return outOfRange;
        }

        /** GPX waypoints and route points: plans, not presence. */
        public long plans() {
            return plans;
        }

        /** JSON files in the folders that are no location history (Settings.json, photo sidecars). */
        public Named otherJson() {
            return otherJson;
        }

        /** Folders that could not be listed. */
        public int unreadableFolders() {
            return unreadableFolders;
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

        /** Photos that could not be read. */
        public Named unreadablePhotos() {
            return unreadablePhotos;
        }

        /** Positions in areas the app has no country code for (Kosovo), by the area's name. */
        public Map<String, Long> unplaced() {
            return java.util.Collections.unmodifiableMap(unplaced);
        }

        /** Areas placed in a country that is not theirs by name (Northern Cyprus in CY): the area and the code. */
        public Map<String, String> counted() {
            return java.util.Collections.unmodifiableMap(counted);
        }
    }

    /** Files passed over for one reason: how many, and the first five by their path in the folder. */
    public static final class Named {
        private static final int SHOWN = 5;
        private final List<String> first = new ArrayList<>();
        private int count;

        void add(String name) {
            count++;
            if (first.size() < SHOWN) {
                first.add(name);
            }
        }

        public int count() {
            return count;
        }

        /** The names shown, with "…" when there are more. */
        public String names() {
            return String.join(", ", first) + (count > first.size() ? ", …" : "");
        }
    }

    /** The proposals and the summary of one reading. */
    public record Result(List<ProposedTrip> trips, Summary summary) {
    }

    /** Closer than this to a country's outline, a position may lie on the other side of the true border. */
    static final double BORDER_KM = 2;

    /** Weight of one photo in the progress bar, as if it were this many bytes of history. */
    private static final long PHOTO_WEIGHT = 256 * 1024;

    /** The boundaries and time zones are read on the first reading, not here: start-up is not slowed. */
    public HistoryImport() {
    }

    /** After a review: the boundaries' memory is given back (they are read again, in about 0.6 s, when needed). */
    public void release() {
        Boundaries.forget();
    }

    /**
     * Reads {@code paths} (files or folders) and proposes trips, cut to the days from {@code from} to {@code to}
     * (either null: open); a stay the records end in within a few days of {@code today} is proposed as going on.
     * Throws {@link CancellationException} when {@code cancelled} turns true.
     */
    public Result propose(List<Path> paths, LocalDate from, LocalDate to, LocalDate today, Progress progress,
                          BooleanSupplier cancelled) throws IOException, HistoryFormatException {
        Boundaries boundaries = Boundaries.shipped(); // shared, read on the first reading
        TimeZones zones = TimeZones.shipped();
        List<Path> histories = new ArrayList<>();
        List<Path> tracks = new ArrayList<>();
        List<Path> photos = new ArrayList<>();
        java.util.Set<Path> found = new java.util.HashSet<>(); // in a folder: other JSON is passed over
        Map<Path, Path> roots = new java.util.HashMap<>();
        Summary summary = new Summary();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new NoSuchFileException(p.toString());
            }
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                Files.walkFileTree(p, new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult visitFile(Path f,
                            java.nio.file.attribute.BasicFileAttributes a) {
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException("reading stopped");
                        }
                        if (a.isRegularFile()) {
                            files.add(f);
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                        summary.unreadableFolders++;
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                });
                files.sort(null);
                for (Path f : files) {
                    String ext = extension(f);
                    roots.put(f, p);
                    if (ext.equals("json")) {
                        histories.add(f);
                        found.add(f);
                    } else if (ext.equals("gpx")) {
                        tracks.add(f);
                    } else if (PhotoReader.isPhoto(f)) {
                        photos.add(f);
                    } else {
                        summary.otherFiles++;
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
        Placer placer = new Placer(boundaries, zones, summary);
        Counter counter = new Counter(Math.max(1, total), progress, cancelled);
        for (Path f : histories) {
            placer.source = Source.LOCATION_HISTORY;
            String name = name(f, roots);
            try (InputStream in = counter.open(f)) {
                LocationHistoryJson.Skipped s = LocationHistoryJson.read(in, name, placer, counter::check);
                summary.fast += s.fast();
                summary.imprecise += s.imprecise();
                summary.unusable += s.unusable();
                summary.files++;
            } catch (HistoryFormatException e) {
                if (e.problem() != HistoryFormatException.Problem.UNKNOWN_JSON || !found.contains(f)) {
                    throw e;
                }
                // Settings.json beside Records.json, a photo's sidecar: not a history, and not the user's error
                summary.otherJson.add(name);
            } catch (RuntimeException e) {
                throw unforeseen(name, e);
            }
        }
        for (Path f : tracks) {
            placer.source = Source.GPX;
            String name = name(f, roots);
            try (InputStream in = counter.open(f)) {
                GpxReader.Skipped s = GpxReader.read(in, name, placer, counter::check);
                summary.untimed += s.untimed();
                summary.plans += s.plans();
            } catch (RuntimeException e) {
                throw unforeseen(name, e);
            }
            summary.files++;
        }
        placer.source = Source.PHOTO;
        for (Path f : photos) {
            counter.check();
            counter.file = f.getFileName().toString();
            PhotoReader.Result r = PhotoReader.read(f);
            switch (r.outcome()) {
                case READ -> placer.accept(r.fix());
                case NO_POSITION -> summary.photosWithoutPosition++;
                case NO_DATE -> summary.photosWithoutDate++;
                case UNREADABLE -> {
                    summary.unreadablePhotos.add(name(f, roots));
                }
            }
            summary.photos++;
            counter.advance(PHOTO_WEIGHT);
        }
        counter.check();
        progress.update(1, "");
        List<ProposedTrip> trips = new ArrayList<>();
        for (ProposedTrip t : TripProposer.propose(placer.log, today)) {
            ProposedTrip cut = from == null && to == null ? t : t.within(from, to);
            if (cut != null) {
                trips.add(cut);
            }
        }
        return new Result(trips, summary);
    }

    /** A file's name as the user knows it: its path within the folder they chose. */
    private static String name(Path f, Map<Path, Path> roots) {
        Path root = roots.get(f);
        return root == null ? f.getFileName().toString() : root.relativize(f).toString();
    }

    /** A reader's unforeseen failure, as a refusal of the file it was reading (one line, with its name). */
    private static HistoryFormatException unforeseen(String file, RuntimeException e) {
        if (e instanceof CancellationException c) {
            throw c;
        }
        return new HistoryFormatException(file, 0, 0, null, HistoryFormatException.Problem.BAD_VALUE,
                String.valueOf(e.getMessage()), "a record the app cannot read (" + e.getClass().getSimpleName() + ")");
    }

    private static String extension(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Places each position in its countries and on its local day. */
    private static final class Placer implements java.util.function.Consumer<Fix> {
        final DayLog log = new DayLog();
        final Boundaries boundaries;
        final TimeZones zones;
        final Summary summary;
        Source source;
        /** The country of the last position placed, and whether it was near the outline (see nearEdge). */
        String lastCountry = "";
        boolean lastNear = true;

        Placer(Boundaries boundaries, TimeZones zones, Summary summary) {
            this.boundaries = boundaries;
            this.zones = zones;
            this.summary = summary;
        }

        @Override
        public void accept(Fix fix) {
            summary.positions++;
            if (!fix.plausible()) {
                summary.unusable++;
                return;
            }
            // a camera clock set to 9999, a damaged time: a day the app cannot keep a trip on (a day's margin for the
            // time zone still to come)
            LocalDate rough = fix.day() != null ? fix.day()
                    : fix.instant().atOffset(java.time.ZoneOffset.UTC).toLocalDate();
            if (rough.isBefore(Plausible.FIRST_DAY.plusDays(1)) || rough.isAfter(Plausible.LAST_DAY.minusDays(1))) {
                summary.outOfRange++;
                return;
            }
            List<Boundaries.Place> at = boundaries.at(fix.latitude(), fix.longitude());
            boolean offshore = at.isEmpty();
            if (offshore) {
                Boundaries.Place near = boundaries.nearest(fix.latitude(), fix.longitude(),
                        Boundaries.TERRITORIAL_SEA_KM);
                if (near == null) {
                    // at sea or in the air: a day known to be in no country, which ends a stay like a day elsewhere
                    summary.atSea++;
                    log.addElsewhere(day(fix, ""), source);
                    lastCountry = "";
                    return;
                }
                at = List.of(near);
            }
            boolean counted = false;
            for (Boundaries.Place place : at) {
                if (!place.placed()) {
                    summary.unplaced.merge(place.label(), 1L, Long::sum);
                    log.addElsewhere(day(fix, ""), source);
                    continue;
                }
                if (!place.label().isEmpty()) {
                    summary.counted.put(place.label(), place.country());
                }
                // near the outline the 1:10m lines may be on the wrong side: measured where the country changes
                // and for as long as the positions stay near it (a border town), not for every position
                boolean near = offshore || at.size() > 1;
                if (!near && (!place.country().equals(lastCountry) || lastNear)) {
                    near = boundaries.nearEdge(fix.latitude(), fix.longitude(), BORDER_KM);
                }
                lastCountry = place.country();
                lastNear = near;
                log.add(day(fix, place.country()), place.country(), source, near);
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
