package org.relocationplanner.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's data is readable by the user alone (POSIX systems): the folder 0700, the database and backups 0600. */
class OwnerOnlyTest {

    @TempDir
    Path dir;

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewDatabaseAndItsFolderAreTheOwnersAloneAndOldFilesAreTightenedOnOpening() throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX permissions");
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("backups"));
        Path backup = Files.writeString(data.resolve("backups/auto-20261201-090000.rpbackup.json"), "{}");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rw-r--r--"));
        try (Database db = Database.open(data.resolve("planner"))) {
            assertEquals("rw-------", mode(db.file()));
        }
        assertEquals("rwx------", mode(data));
        assertEquals("rwx------", mode(data.resolve("backups")));
        assertEquals("rw-------", mode(backup));
    }

    @Test
    void aFolderTheUserAlsoKeepsOtherThingsInKeepsItsOwnPermissions() throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX permissions");
        Path mixed = dir.resolve("documents");
        Files.createDirectories(mixed);
        Path letter = Files.writeString(mixed.resolve("letter.txt"), "hello");
        Files.setPosixFilePermissions(mixed, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(letter, PosixFilePermissions.fromString("rw-r--r--"));
        try (Database db = Database.open(mixed.resolve("planner"))) {
            assertEquals("rw-------", mode(db.file()), "the app's own file is tightened");
        }
        assertEquals("rwxr-xr-x", mode(mixed));
        assertEquals("rw-r--r--", mode(letter), "the user's own file is left alone");
    }
}
