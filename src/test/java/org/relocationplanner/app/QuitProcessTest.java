package org.relocationplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.bench.ScreenshotTour;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DatabaseKey;
import org.relocationplanner.service.DataFolder;
import org.relocationplanner.service.DataSafety;

/**
 * Issue 16: Ctrl+Q right after the automatic backup crashed the JVM (JDK-8301219: GTK delivered the key's TYPED
 * event to a window already destroyed). The real app runs in a process of its own, a user's story in its folder and
 * a backup due, keys pressed through the platform's robot; the process must end by itself with exit code 0, having
 * written the backup and left no crash log. The window runs on the same glass as these tests (Monocle headless
 * here and on CI; GTK with -Dgui under a display).
 */
class QuitProcessTest {

    @TempDir
    Path dir;

    @Test
    void ctrlQWithABackupDueEndsTheProcessWithZero() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        ScreenshotTour.seed(folder);

        Result r = runApp(folder, null);

        assertEquals(0, r.code, r.output);
        assertTrue(r.output.contains("driver: pressed Ctrl+Q"), r.output);
        assertEquals(1, new DataSafety(folder, java.time.Clock.systemUTC()).automaticBackups().size(),
                "the backup that was due was written on the way out");
        assertNoCrashLog();
    }

    @Test
    void ctrlLThenCtrlQOnTheLockScreenEndsTheProcessWithZero() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("protected"));
        ScreenshotTour.seed(folder);
        try (Database db = Database.open(folder.databaseBase())) {
            new DataSafety(folder, java.time.Clock.systemUTC()).convert(db, null,
                    DatabaseKey.create("a long passphrase".toCharArray()), null).db().close();
        }

        Result r = runApp(folder, "a long passphrase");

        assertEquals(0, r.code, r.output);
        assertTrue(r.output.contains("driver: locked") && r.output.contains("driver: pressed Ctrl+Q"), r.output);
        assertEquals(1, new DataSafety(folder, java.time.Clock.systemUTC()).automaticBackups().size(),
                "the backup that was due was written on the way out");
        assertNoCrashLog();
    }

    private record Result(int code, String output) {
    }

    private Result runApp(DataFolder folder, String password) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-Duser.language=en", "-Duser.country=US",
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs")));
        for (String p : List.of("glass.platform", "monocle.platform", "prism.order", "java.awt.headless",
                "testfx.headless", "headless.geometry")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")), QuitDriver.class.getName(), folder.dir().toString()));
        if (password != null) {
            command.add(password);
        }
        Path log = dir.resolve("app.log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return new Result(ended ? p.exitValue() : -1, output);
    }

    private void assertNoCrashLog() throws Exception {
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("hs_err_pid")),
                    "no JVM crash log was left");
        }
    }
}
