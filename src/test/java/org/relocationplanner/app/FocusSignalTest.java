package org.relocationplanner.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second copy asks the running one to come forward through a file, without any socket. */
class FocusSignalTest {

    @Test
    void aRequestReachesTheWatchingCopyAndIsConsumed(@TempDir Path dir) throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        try (FocusSignal watching = FocusSignal.watch(dir, asked::countDown)) {
            FocusSignal.request(dir);
            assertTrue(asked.await(20, TimeUnit.SECONDS), "the running copy was not asked to come forward");
        }
        for (int i = 0; i < 50 && Files.exists(dir.resolve(FocusSignal.FILE)); i++) {
            Thread.sleep(100);
        }
        assertFalse(Files.exists(dir.resolve(FocusSignal.FILE)), "the request file is removed once handled");
    }

    @Test
    void otherFilesInTheFolderDoNotAskForFocus(@TempDir Path dir) throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        try (FocusSignal watching = FocusSignal.watch(dir, asked::countDown)) {
            Files.writeString(dir.resolve("planner.trace.db"), "x");
            assertFalse(asked.await(3, TimeUnit.SECONDS));
        }
    }
}
