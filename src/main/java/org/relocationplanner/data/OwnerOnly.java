package org.relocationplanner.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The user's data readable by the user alone where the system has POSIX permissions: folders 0700, files 0600.
 * On a shared computer another account must not read an unencrypted database or a backup. Elsewhere (Windows),
 * the user's profile folder already keeps others out, and nothing is done.
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> FOLDER = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    private static final Set<PosixFilePermission> FILE = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private OwnerOnly() {
    }

    /** The app's own files in a data folder: databases and their keys, traces, backups, its markers. */
    static boolean ours(String name) {
        return name.endsWith(".mv.db") || name.endsWith(".trace.db") || name.endsWith(".lock.db")
                || name.endsWith(DatabaseKey.SUFFIX) || name.endsWith(DatabaseKey.SUFFIX + ".tmp")
                || name.endsWith(".rpbackup.json")
                || name.startsWith("planner") || name.equals("backups") || name.startsWith("focus-request")
                || name.startsWith("pending-wipe") || name.startsWith("command-errors") || name.startsWith("current-database") || name.startsWith(".");
    }

    /**
     * Tightens the app's own files in {@code dir} and in its backups folder to 0600, the backups folder to 0700,
     * and {@code dir} itself to 0700 when nothing but the app's files is in it (a folder the user also keeps other
     * things in, named with --data-dir, keeps its own permissions).
     */
    public static void tighten(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || Files.getFileAttributeView(dir,
                PosixFileAttributeView.class) == null) {
            return;
        }
        boolean onlyOurs = true;
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String name = p.getFileName().toString();
                if (!ours(name)) {
                    onlyOurs = false;
                } else if (name.equals("backups") && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    set(p, FOLDER);
                    try (Stream<Path> inner = Files.list(p)) {
                        inner.filter(q -> Files.isRegularFile(q, LinkOption.NOFOLLOW_LINKS)).forEach(q -> set(q, FILE));
                    }
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    set(p, FILE);
                }
            }
        } catch (IOException e) {
            return; // a folder that cannot be listed keeps its files as they are
        }
        if (onlyOurs) {
            set(dir, FOLDER);
        }
    }

    private static void set(Path p, Set<PosixFilePermission> permissions) {
        try {
            Files.setPosixFilePermissions(p, permissions);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not ours to change (a file of another account in the folder): left as it is
        }
    }
}
