package org.relocationplanner.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The folder that holds the user's database. By default the OS-conventional user data folder; the
 * {@code --data-dir} option, then the {@value #ENV} environment variable, override it.
 * A small pointer file names the database in use, so that "start with a fresh database" never touches
 * the old file.
 */
public final class DataFolder {

    public static final String ENV = "RELOCATION_PLANNER_DATA_DIR";
    public static final String APP_DIR = "relocation-planner";
    /** The file a second start leaves for the running window to come to the front. */
    public static final String FOCUS_FILE = "focus-request";
    /** Where a command writes the details of an unexpected error (its one line names it). */
    public static final String ERROR_LOG = "command-errors.log";
    public static final String POINTER = "current-database.txt";
    public static final String DEFAULT_DATABASE = "planner";
    /** Names the pointer may hold: plain file names, nothing that leads out of the folder. */
    public static final String NAME = "[A-Za-z0-9._-]{1,80}";

    private final Path dir;
    private final boolean given;

    public DataFolder(Path dir) {
        this(dir, false);
    }

    /** {@code given}: named by the option or the environment variable, which the app cannot change. */
    public DataFolder(Path dir, boolean given) {
        this.dir = dir.toAbsolutePath().normalize();
        this.given = given;
    }

    public Path dir() {
        return dir;
    }

    /** Whether the folder was named by {@code --data-dir} or {@value #ENV}: Settings cannot move it then. */
    public boolean given() {
        return given;
    }

    /** Where the window keeps the name of a folder the data was moved to (java.util.prefs, per user). */
    public static final String PREFERENCES_NODE = "org/relocationplanner/ui";
    public static final String MOVED_KEY = "dataFolder";

    /** The folder the data was moved to in Settings, if it was, as recorded in {@code node}. */
    public static java.util.Optional<Path> movedTo(java.util.prefs.Preferences node) {
        String dir = node.get(MOVED_KEY, null);
        try {
            return dir == null || dir.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(Path.of(dir));
        } catch (java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The folder of this user's data for the window or a command: {@code option} (--data-dir), else the environment,
     * else where Settings moved it, else the system's place for application data.
     */
    public static DataFolder forCommand(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")),
                movedTo(java.util.prefs.Preferences.userRoot().node(PREFERENCES_NODE)).orElse(null));
    }

    /** The same, with {@code --data-dir PATH} or {@code --data-dir=PATH} looked up among {@code args}. */
    public static DataFolder forArgs(java.util.List<String> args) {
        String dataDir = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--data-dir") && i + 1 < args.size()) {
                dataDir = args.get(i + 1);
            } else if (args.get(i).startsWith("--data-dir=")) {
                dataDir = args.get(i).substring("--data-dir=".length());
            }
        }
        return forCommand(dataDir);
    }

    /** Where the data lives: the option if given, else the environment variable, else the OS's own place. */
    public static DataFolder resolve(String option, Map<String, String> env, String osName, Path home) {
        return resolve(option, env, osName, home, null);
    }

    /**
     * Where the data lives: the option if given, else the environment variable, else the folder the user moved it
     * to in Settings ({@code moved}, may be null), else the OS's own place.
     */
    public static DataFolder resolve(String option, Map<String, String> env, String osName, Path home, Path moved) {
        if (option != null && !option.isBlank()) {
            return new DataFolder(Path.of(option), true);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataFolder(Path.of(fromEnv), true);
        }
        if (moved != null) {
            return new DataFolder(moved);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return new DataFolder(base.resolve(APP_DIR));
        }
        if (os.contains("mac")) {
            return new DataFolder(home.resolve("Library").resolve("Application Support").resolve(APP_DIR));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return new DataFolder(base.resolve(APP_DIR));
    }

    /** The database in use, without H2's ".mv.db" suffix. */
    public Path databaseBase() {
        Path pointer = dir.resolve(POINTER);
        try {
            if (Files.isRegularFile(pointer)) {
                String name = Files.readString(pointer, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
                if (name.matches(NAME)) {
                    return dir.resolve(name);
                }
            }
        } catch (IOException e) {
            // unreadable pointer: the default database
        }
        return dir.resolve(DEFAULT_DATABASE);
    }

    /**
     * The database files in the folder that the app can open (the one in use among them, and earlier ones kept
     * after a fresh start), newest name first.
     */
    public java.util.List<Path> databases() {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".mv.db"))
                    .map(p -> dir.resolve(p.getFileName().toString().replaceAll("\\.mv\\.db$", "")))
                    .filter(p -> p.getFileName().toString().matches(NAME))
                    .sorted(java.util.Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            return java.util.List.of();
        }
    }

    /** Opens {@code base} (a database in this folder) from the next start on. */
    public void useFromNextStart(Path base) throws IOException {
        String name = base.getFileName().toString();
        if (!base.toAbsolutePath().getParent().equals(dir) || !name.matches(NAME)) {
            throw new IOException("Not a database of this folder: " + base);
        }
        writePointer(name);
    }

    /**
     * Switches to a new, empty database beside the current one, which stays exactly as it was.
     * @return the new database's base path
     */
    public Path startFresh(Clock clock) throws IOException {
        Path base = newDatabaseBase(clock);
        writePointer(base.getFileName().toString());
        return base;
    }

    /** A name for a new database beside the others, not yet used by any file. */
    public Path newDatabaseBase(Clock clock) {
        String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String name = DEFAULT_DATABASE + "-" + stamp;
        for (int i = 2; Files.exists(dir.resolve(name + ".mv.db")) || Files.exists(dir.resolve(name + ".encryption")); i++) {
            name = DEFAULT_DATABASE + "-" + stamp + "-" + i;
        }
        return dir.resolve(name);
    }

    /** Where the automatic backups are kept. */
    public Path backups() {
        return dir.resolve(BACKUPS);
    }

    public static final String BACKUPS = "backups";
    public static final String PENDING_WIPE = "pending-wipe.txt";

    /**
     * Notes that the database at {@code base} is to be wiped: if the app stops before the wipe is done, the next
     * start finishes it ({@link #pendingWipe}).
     */
    public void markForWipe(Path base) throws IOException {
        Files.writeString(dir.resolve(PENDING_WIPE), base.getFileName().toString(), StandardCharsets.UTF_8);
    }

    /** The database a conversion left to be wiped, if any (never the one in use). */
    public java.util.Optional<Path> pendingWipe() {
        Path marker = dir.resolve(PENDING_WIPE);
        try {
            if (Files.isRegularFile(marker)) {
                String name = Files.readString(marker, StandardCharsets.UTF_8).strip();
                if (name.matches(NAME) && !dir.resolve(name).equals(databaseBase())) {
                    return java.util.Optional.of(dir.resolve(name));
                }
            }
        } catch (IOException e) {
            // unreadable marker: nothing to do
        }
        return java.util.Optional.empty();
    }

    /** The wipe is done. */
    public void clearPendingWipe() throws IOException {
        Files.deleteIfExists(dir.resolve(PENDING_WIPE));
    }

    private void writePointer(String name) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve(POINTER + ".tmp");
        Files.writeString(tmp, name, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, dir.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
