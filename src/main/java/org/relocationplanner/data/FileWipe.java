package org.relocationplanner.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.List;

/**
 * Removes files so that their old contents are not simply left on the disk: each file is overwritten in place with
 * random bytes, forced to the device, and only then deleted. On SSDs and copy-on-write or journalling file systems
 * the device may still keep old blocks elsewhere; docs/SECURITY.md says so.
 */
public final class FileWipe {

    /** The files H2 may keep for a database beside its {@code .mv.db}. */
    private static final List<String> DATABASE_SUFFIXES = List.of(Database.FILE_SUFFIX, ".trace.db", ".lock.db",
            ".mv.db.tempFile", ".newFile", ".tempFile", DatabaseKey.SUFFIX);

    private FileWipe() {
    }

    /** Overwrites and deletes one file; a missing file is fine, a link is deleted without touching its target. */
    public static void wipe(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            overwrite(file);
        }
        Files.delete(file);
    }

    private static void overwrite(Path file) throws IOException {
        SecureRandom random = new SecureRandom();
        byte[] chunk = new byte[1 << 16];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long done = 0;
            while (done < size) {
                random.nextBytes(chunk);
                ByteBuffer buf = ByteBuffer.wrap(chunk, 0, (int) Math.min(chunk.length, size - done));
                while (buf.hasRemaining()) {
                    done += ch.write(buf, done);
                }
            }
            ch.force(true);
        }
    }

    /** Overwrites and deletes every file of the database at {@code base} (the data, its trace and its key file). */
    public static void wipeDatabase(Path base) throws IOException {
        for (String suffix : DATABASE_SUFFIXES) {
            wipe(base.resolveSibling(base.getFileName() + suffix));
        }
    }
}
