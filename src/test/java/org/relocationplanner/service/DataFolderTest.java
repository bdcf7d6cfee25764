package org.relocationplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/anna");

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/home/anna/.local/share/relocation-planner"),
                DataFolder.resolve(null, Map.of(), "Linux", HOME).dir());
        assertEquals(Path.of("/data/xdg/relocation-planner"),
                DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME).dir());
    }

    @Test
    void windowsUsesAppDataAndMacApplicationSupport() {
        assertEquals(Path.of("/c/Users/anna/AppData/Roaming", "relocation-planner").toAbsolutePath(),
                DataFolder.resolve(null, Map.of("APPDATA", "/c/Users/anna/AppData/Roaming"), "Windows 11", HOME).dir());
        assertEquals(Path.of("/home/anna/Library/Application Support/relocation-planner"),
                DataFolder.resolve(null, Map.of(), "Mac OS X", HOME).dir());
    }

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        Map<String, String> env = Map.of(DataFolder.ENV, "/tmp/from-env", "XDG_DATA_HOME", "/x");
        assertEquals(Path.of("/tmp/from-env"), DataFolder.resolve(null, env, "Linux", HOME).dir());
        assertEquals(Path.of("/tmp/from-option"), DataFolder.resolve("/tmp/from-option", env, "Linux", HOME).dir());
    }

    @Test
    void startingFreshPointsToANewDatabaseAndKeepsTheOldName(@TempDir Path dir) throws Exception {
        DataFolder folder = new DataFolder(dir);
        assertEquals(dir.resolve("planner"), folder.databaseBase());
        Path fresh = folder.startFresh(Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC));
        assertEquals(dir.resolve("planner-20261122-101530"), fresh);
        assertEquals(fresh, new DataFolder(dir).databaseBase());
    }

    @Test
    void earlierDatabasesAreListedAndCanBeOpenedFromTheNextStart(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("planner.mv.db"), "old");
        DataFolder folder = new DataFolder(dir);
        Path fresh = folder.startFresh(Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC));
        java.nio.file.Files.writeString(dir.resolve(fresh.getFileName() + ".mv.db"), "new");
        java.nio.file.Files.writeString(dir.resolve("planner (copy).mv.db"), "a name the pointer may not hold");
        assertEquals(java.util.List.of(fresh, dir.resolve("planner")), folder.databases());
        folder.useFromNextStart(dir.resolve("planner"));
        assertEquals(dir.resolve("planner"), new DataFolder(dir).databaseBase());
        folder.useFromNextStart(fresh);
        assertEquals(fresh, new DataFolder(dir).databaseBase(), "the choice can be taken back");
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> folder.useFromNextStart(Path.of("/elsewhere/planner")));
    }

    @Test
    void aPointerWrittenWithAByteOrderMarkStillNamesItsFile(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve(DataFolder.POINTER), "\uFEFFplanner-20260101-000000\r\n");
        assertEquals(dir.resolve("planner-20260101-000000"), new DataFolder(dir).databaseBase());
    }
}
