package org.relocationplanner.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.relocationplanner.data.AnnotationRepository;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DatabaseKey;
import org.relocationplanner.data.DatabaseProblem;
import org.relocationplanner.data.DestinationRepository;
import org.relocationplanner.data.FileWipe;
import org.relocationplanner.data.RateRepository;
import org.relocationplanner.data.RecordRepository;
import org.relocationplanner.data.ShippedData;
import org.relocationplanner.data.UserTables;
import org.relocationplanner.domain.Dataset;
import org.relocationplanner.io.AtomicFile;
import org.relocationplanner.io.BackupFile;
import org.relocationplanner.io.DatasetReader;

/**
 * Turning a password on, changing or removing it; backups and restores; the quick wipe. Every change of the database
 * file goes the same safe way: a new file is written beside the old one and checked, and only then does the data
 * folder's pointer switch to it (one atomic rename). The old file is never written to.
 */
public final class DataSafety {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DataSafety.class);

    public static final String AUTO_PREFIX = "auto-";
    public static final String BACKUP_SUFFIX = ".rpbackup.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataFolder folder;
    private final Clock clock;

    public DataSafety(DataFolder folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** The conversion failed after the old database was closed; it is open again in {@link #reopened}. */
    public static final class ConversionFailed extends IOException {
        public final transient Database reopened;

        ConversionFailed(Exception cause, Database reopened) {
            super(cause.getMessage(), cause);
            this.reopened = reopened;
        }
    }

    /** A conversion's outcome: the database now in use, and other data files it could not protect. */
    public record Converted(Database db, List<Path> leftAlone) {
    }

    /**
     * Moves the data in {@code current} (open with {@code currentKey}) to a new file protected by {@code newKey}
     * (none when null), switches to it, then overwrites and deletes the old file and the automatic backups made
     * under the old protection. With a new key, the other data files in the folder (kept after a restore or a
     * fresh start) are moved under it as well, so that none stays readable the old way; one that cannot be opened
     * ({@code password} does not open it, or it is damaged) is left as it is and named in the result.
     * If the new file cannot be opened, the old one stays in use and nothing is lost.
     */
    public Converted convert(Database current, DatabaseKey currentKey, DatabaseKey newKey, char[] password)
            throws IOException, DatabaseProblem {
        Path oldBase = folder.databaseBase();
        List<Path> others = folder.databases().stream().filter(b -> !b.equals(oldBase)).toList();
        Path newBase = folder.newDatabaseBase(clock);
        current.writeCopy(newBase, newKey);
        Database opened;
        try {
            folder.markForWipe(oldBase);
            folder.useFromNextStart(newBase);
            current.close();
            opened = Database.open(newBase, newKey);
        } catch (IOException | DatabaseProblem | RuntimeException e) {
            // back to the old file, which nothing has touched
            folder.useFromNextStart(oldBase);
            folder.clearPendingWipe();
            FileWipe.wipeDatabase(newBase);
            throw new ConversionFailed(e, Database.open(oldBase, currentKey));
        }
        try {
            finishPendingWipe();
            // backups written under the old protection would keep the data readable the old way
            wipeAutomaticBackups();
        } catch (IOException e) {
            LOG.warn("The old data file or backups could not be wiped yet (tried again at the next start): {}",
                    e.getMessage());
        }
        List<Path> left = new ArrayList<>();
        if (newKey != null) {
            for (Path other : others) {
                if (!protect(other, newKey, password)) {
                    left.add(other);
                }
            }
        }
        return new Converted(opened, left);
    }

    /** Moves another data file of the folder under {@code newKey}; false when it cannot be opened. */
    private boolean protect(Path other, DatabaseKey newKey, char[] password) {
        try {
            DatabaseKey key = DatabaseKey.isProtected(other)
                    ? password == null ? null : DatabaseKey.forDatabase(other, password) : null;
            if (DatabaseKey.isProtected(other) && key == null) {
                return false;
            }
            Path moved = folder.newDatabaseBase(clock);
            try (Database db = Database.open(other, key)) {
                db.writeCopy(moved, newKey);
            }
            FileWipe.wipeDatabase(other);
            return true;
        } catch (IOException | DatabaseProblem | RuntimeException e) {
            LOG.warn("The data file {} could not be protected: {}", other.getFileName(), e.getMessage());
            return false;
        }
    }

    /** Wipes what an interrupted conversion left behind; the database in use is never touched. */
    public void finishPendingWipe() throws IOException {
        var pending = folder.pendingWipe();
        if (pending.isPresent()) {
            FileWipe.wipeDatabase(pending.get());
        }
        folder.clearPendingWipe();
    }

    /** The user's data as a backup file, sealed with {@code key} when there is one. */
    public byte[] backup(Database db, DatabaseKey key) {
        return BackupFile.write(UserTables.export(db), clock.instant(), key);
    }

    /**
     * Builds a new database from a checked backup (the shipped data installed afresh, the user's rows from the
     * backup, protected by {@code key}), reads it back through the app's own readers, and only then switches to
     * it. The database open now is closed and kept as it is, so the restore can be undone by choosing it in
     * Settings.
     * @return the new database, open
     */
    public Database restore(Database current, DatabaseKey key, BackupFile.Contents contents) throws Exception {
        Path newBase = folder.newDatabaseBase(clock);
        Database fresh = Database.create(newBase, key);
        try {
            installShipped(fresh);
            UserTables.replace(fresh, contents.tables());
            if (!UserTables.same(UserTables.export(fresh), contents.tables())) {
                throw new IOException("The restored data does not read back the same");
            }
            // the app's readers check what the columns alone cannot (country codes, document kinds, rate series)
            new RecordRepository(fresh).trips();
            new RecordRepository(fresh).documents();
            new AnnotationRepository(fresh, clock).all();
            new RateRepository(fresh).all();
            // a backup says nothing trustworthy about whether its rates were checked: they are, at the next start
            new org.relocationplanner.data.SettingsRepository(fresh).remove(RatesService.PLAUSIBLE_CHECKED);
        } catch (Exception e) {
            fresh.close();
            FileWipe.wipeDatabase(newBase);
            throw e;
        }
        folder.useFromNextStart(newBase);
        current.close();
        return fresh;
    }

    /** The country data that ships inside the app. */
    public static final ShippedData.Shipped SHIPPED = new ShippedData.Shipped() {
        @Override
        public int version() throws Exception {
            return DatasetReader.shippedVersion();
        }

        @Override
        public Dataset dataset() throws Exception {
            return DatasetReader.readShipped();
        }
    };

    /** Installs the shipped country data and rate history into a new database. */
    public static void installShipped(Database db) throws Exception {
        ShippedData.installIfNewer(new DestinationRepository(db), SHIPPED);
        RatesService.installShipped(db);
    }

    /**
     * Writes an automatic backup unless one was written in the last day, then keeps only the newest {@code keep}
     * (0: automatic backups are off, and none is written).
     * @return the backup written, or null
     */
    public Path autoBackup(Database db, DatabaseKey key, int keep) throws IOException {
        if (keep <= 0) {
            wipeAutomaticBackups(); // "no automatic backups" means none kept, either
            return null;
        }
        Path dir = folder.backups();
        LocalDateTime now = LocalDateTime.now(clock);
        List<Path> existing = automaticBackups();
        Path written = null;
        if (existing.isEmpty() || stamp(existing.get(0)).plus(Duration.ofDays(1)).isBefore(now.plusSeconds(1))) {
            Files.createDirectories(dir);
            written = dir.resolve(AUTO_PREFIX + now.format(STAMP) + BACKUP_SUFFIX);
            AtomicFile.write(written, backup(db, key));
            existing = automaticBackups();
        }
        for (Path old : existing.subList(Math.min(keep, existing.size()), existing.size())) {
            FileWipe.wipe(old);
        }
        return written;
    }

    /** The automatic backups, newest first. */
    public List<Path> automaticBackups() throws IOException {
        Path dir = folder.backups();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.filter(p -> stamp(p) != null)
                    .sorted((a, b) -> stamp(b).compareTo(stamp(a))).toList();
        }
    }

    private static LocalDateTime stamp(Path backup) {
        String name = backup.getFileName().toString();
        if (!name.startsWith(AUTO_PREFIX) || !name.endsWith(BACKUP_SUFFIX)) {
            return null;
        }
        try {
            return LocalDateTime.parse(name.substring(AUTO_PREFIX.length(), name.length() - BACKUP_SUFFIX.length()),
                    STAMP);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void wipeAutomaticBackups() throws IOException {
        for (Path p : automaticBackups()) {
            FileWipe.wipe(p);
        }
    }

    /** The files of its own the app keeps in the data folder, besides the databases. */
    private static final List<String> OWN_FILES = List.of(DataFolder.POINTER, DataFolder.POINTER + ".tmp",
            DataFolder.PENDING_WIPE, DataFolder.FOCUS_FILE, DataFolder.ERROR_LOG);
    private static final List<String> DATABASE_ENDINGS = List.of(".mv.db", ".trace.db", ".lock.db", ".tempFile",
            ".newFile", org.relocationplanner.data.DatabaseKey.SUFFIX, org.relocationplanner.data.DatabaseKey.SUFFIX
                    + ".tmp");

    /**
     * The quick wipe: overwrites and deletes the app's own files in the data folder (every database, their key
     * files, the pointer, the automatic backups) and nothing else, so that a data folder shared with other files
     * loses only the app's. The shipped data comes back with the next, empty database.
     */
    public void wipeEverything() throws IOException {
        if (!Files.exists(folder.dir())) {
            return;
        }
        Path dir = folder.dir().toRealPath(); // a linked folder is wiped where it really is
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a folder");
        }
        List<Path> inside;
        try (var files = Files.list(dir)) {
            inside = files.filter(p -> own(p.getFileName().toString())).toList();
        }
        IOException first = null;
        for (Path p : inside) {
            try {
                FileWipe.wipe(p);
            } catch (IOException e) {
                first = first == null ? e : first; // go on: as much as possible goes
            }
        }
        Path backups = dir.resolve(DataFolder.BACKUPS);
        if (Files.isDirectory(backups, LinkOption.NOFOLLOW_LINKS)) {
            try (var files = Files.list(backups)) {
                for (Path p : files.filter(p -> stamp(p) != null).toList()) {
                    try {
                        FileWipe.wipe(p);
                    } catch (IOException e) {
                        first = first == null ? e : first;
                    }
                }
            }
            try (var rest = Files.list(backups)) {
                if (rest.findAny().isEmpty()) {
                    Files.delete(backups);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * A move that did not happen: the data is where it was, and {@code reopened} is the database in use (null
     * when it could not be opened again).
     */
    public static final class MoveFailed extends IOException {
        public final transient Database reopened;

        MoveFailed(String message, Database reopened, Throwable cause) {
            super(message, cause);
            this.reopened = reopened;
        }
    }

    /** A finished move: the database open in the new folder, and old files that could not be erased. */
    public record Moved(DataFolder folder, Database db, List<Path> leftBehind) {
    }

    /** The folder a move goes to: the one chosen when it is empty, else a "relocation-planner" folder inside it. */
    public static Path moveTarget(Path chosen, Path from) throws IOException {
        Path to = chosen.toAbsolutePath().normalize();
        if (!empty(to)) {
            // a drive's root or a folder made by a file manager is rarely empty (lost+found, .DS_Store)
            to = to.resolve(DataFolder.APP_DIR);
        }
        if (to.startsWith(from) || from.startsWith(to)) {
            throw new IllegalArgumentException("The new folder must not be inside the old one, or hold it: " + to);
        }
        if (!empty(to)) {
            throw new IllegalArgumentException("The new folder is not empty: " + to);
        }
        return to;
    }

    private static boolean empty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var any = Files.list(dir)) {
            return any.findAny().isEmpty();
        }
    }

    /**
     * Moves the app's files (the databases with their key files, the automatic backups) to {@code chosen} (or a
     * folder of the app's inside it, see {@link #moveTarget}). The database in use is copied while it stays open
     * (and locked against a second copy of the app), statement by statement and read back; the other files are
     * copied, written through and compared byte for byte. Then the database is opened at the new place and
     * {@code switchTo} records the new place; only then are the old files overwritten and deleted. Until then a
     * failure removes the copies and the database where it was stays in use.
     */
    public Moved moveTo(Path chosen, Database current, DatabaseKey key, java.util.function.Consumer<Path> switchTo)
            throws IOException, DatabaseProblem {
        Path from = folder.dir();
        Path to = moveTarget(chosen, from);
        Path inUse = folder.databaseBase();
        List<String> inUseFiles = List.of(".mv.db", ".trace.db", ".lock.db", DatabaseKey.SUFFIX,
                DatabaseKey.SUFFIX + ".tmp").stream().map(e -> inUse.getFileName() + e).toList();
        List<Path> files = new ArrayList<>();
        try (var inside = Files.list(from)) {
            inside.filter(p -> own(p.getFileName().toString()) && !p.getFileName().toString().endsWith(".lock.db")
                    && !inUseFiles.contains(p.getFileName().toString())
                    && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(files::add);
        }
        files.addAll(automaticBackups());
        DataFolder moved = new DataFolder(to);
        List<Path> copies = new ArrayList<>();
        Database opened = null;
        boolean closed = false;
        try {
            Files.createDirectories(to);
            Path copyBase = to.resolve(inUse.getFileName().toString());
            copies.add(copyBase.resolveSibling(copyBase.getFileName() + ".mv.db"));
            copies.add(DatabaseKey.parametersFile(copyBase));
            current.writeCopy(copyBase, key);
            for (Path f : files) {
                Path copy = to.resolve(from.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                copies.add(copy);
                try (var channel = java.nio.channels.FileChannel.open(copy, java.nio.file.StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                if (Files.mismatch(f, copy) != -1) {
                    throw new IOException("The copy of " + f.getFileName() + " differs from the original");
                }
            }
            forceFolder(to);
            forceFolder(to.resolve(DataFolder.BACKUPS));
            current.close();
            closed = true;
            opened = Database.open(moved.databaseBase(), key);
            switchTo.accept(to);
        } catch (IOException | DatabaseProblem | RuntimeException e) {
            if (opened != null) {
                opened.close();
            }
            for (Path c : copies) {
                try {
                    if (Files.exists(c)) {
                        FileWipe.wipe(c);
                    }
                } catch (IOException ignored) {
                    // a copy that cannot go stays in the new folder; the old data is untouched either way
                }
            }
            Database back = current;
            if (closed) {
                try {
                    back = Database.open(folder.databaseBase(), key);
                } catch (DatabaseProblem reopen) {
                    back = null;
                }
            }
            throw new MoveFailed(e.getMessage(), back, e);
        }
        List<Path> left = new ArrayList<>();
        List<Path> old = new ArrayList<>(files);
        for (String name : inUseFiles) {
            if (Files.exists(from.resolve(name))) {
                old.add(from.resolve(name));
            }
        }
        for (Path f : old) {
            try {
                FileWipe.wipe(f);
            } catch (IOException e) {
                left.add(f);
            }
        }
        for (Path dir : List.of(from.resolve(DataFolder.BACKUPS), from)) {
            try (var rest = Files.list(dir)) {
                if (rest.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            } catch (IOException e) {
                // a folder with other files in it stays
            }
        }
        LOG.info("Data moved from {} to {}", from, to);
        return new Moved(moved, opened, left);
    }

    /** Writes a folder's entries through to the disk, where the system allows it (not on Windows). */
    private static void forceFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var channel = java.nio.channels.FileChannel.open(dir, java.nio.file.StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported here: the files themselves were written through
        }
    }

    private static boolean own(String name) {
        return OWN_FILES.contains(name) || DATABASE_ENDINGS.stream().anyMatch(name::endsWith);
    }
}
