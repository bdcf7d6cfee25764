package org.relocationplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LauncherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void versionAndHelpPrintAndExitWithZero() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("relocation-planner "));
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--data-dir"));
    }

    @Test
    void theDataDirOptionChoosesTheFolderAndOpensTheWindow() {
        assertEquals(-1, run("--data-dir", "/tmp/planner-test"));
        assertEquals(Path.of("/tmp/planner-test"), Launcher.windowFolder(java.util.List.of("--data-dir",
                "/tmp/planner-test")).dir());
        assertEquals(-1, run("--data-dir=/tmp/other"));
        assertEquals(Path.of("/tmp/other"), Launcher.windowFolder(java.util.List.of("--data-dir=/tmp/other")).dir());
    }

    @Test
    void unknownOptionsAndAMissingFolderExitWithTwo() {
        assertEquals(2, run("--frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown option: --frobnicate"));
        assertEquals(2, run("--data-dir"));
    }
}
