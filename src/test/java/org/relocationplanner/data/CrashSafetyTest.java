package org.relocationplanner.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.domain.Trip;

/**
 * A writer in another JVM is killed (SIGKILL, as {@code kill -9}) at random moments, 50 times; after each kill the
 * database opens and holds every change the writer saw committed.
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    void killingAWriterFiftyTimesLosesNoCommittedChange() throws Exception {
        Path base = dir.resolve("planner");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Random random = new Random(5);
        int committedBefore = 0;
        for (int round = 0; round < 50; round++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CrashWriter.class.getName(), base.toString()).redirectErrorStream(true).start();
            AtomicInteger last = new AtomicInteger(-1);
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.startsWith("committed ")) {
                            last.set(Integer.parseInt(line.substring("committed ".length())));
                        } else if (line.startsWith("ready ")) {
                            last.set(Integer.parseInt(line.substring("ready ".length())));
                        }
                    }
                } catch (java.io.IOException e) {
                    // the process is gone
                }
            });
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (last.get() < 0 && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(5);
            }
            assertTrue(last.get() >= 0, "the writer started in round " + round);
            Thread.sleep(random.nextInt(400));
            p.destroyForcibly(); // SIGKILL on Linux and macOS, TerminateProcess on Windows
            p.waitFor(30, TimeUnit.SECONDS);
            reader.join(60_000); // the pipe closes with the process: every line it printed is read (under load too)
            assertTrue(!reader.isAlive(), "the writer's output was read to its end in round " + round);
            int seen = last.get();
            try (Database db = Database.open(base)) {
                List<Trip> trips = new RecordRepository(db).trips();
                int stored = trips.isEmpty() ? 0 : Integer.parseInt(trips.get(0).note());
                // the last save the writer reported is there. More may have committed than it was heard to say:
                // after a kill the JDK's process reaper drains the pipe while the reader thread reads it, and the
                // last lines printed can be lost to the reader (seen here on a loaded 2-core machine: up to 4), so
                // only "nothing reported is missing" is asserted, never an upper bound
                assertTrue(stored >= seen, "round " + round + ": saw " + seen + " committed, stored " + stored);
                assertEquals(stored % 40 + 1, stored == 0 ? 1 : trips.size(), "a save is whole, never half");
                assertTrue(stored >= committedBefore, "nothing committed earlier was lost");
                committedBefore = stored;
            }
        }
        assertTrue(committedBefore > 50, "the writer got some work done: " + committedBefore);
    }
}
