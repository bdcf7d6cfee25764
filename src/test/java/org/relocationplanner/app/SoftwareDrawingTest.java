package org.relocationplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file that spares a computer without usable graphics acceleration the probe at every start (issue 20). */
class SoftwareDrawingTest {

    private static final Clock DEC_5 = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    @Test
    void onLinuxTheFileIsInTheUsersCacheFolderAndElsewhereThereIsNone() {
        assertEquals(home.resolve(".cache/relocation-planner/software-drawing"),
                SoftwareDrawing.at("Linux", Map.of(), home, DEC_5).orElseThrow().file());
        assertEquals(Path.of("/var/cache/u/relocation-planner/software-drawing"),
                SoftwareDrawing.at("Linux", Map.of("XDG_CACHE_HOME", "/var/cache/u"), home, DEC_5).orElseThrow().file());
        // the XDG base directory specification: a relative path is invalid and is ignored
        assertEquals(home.resolve(".cache/relocation-planner/software-drawing"),
                SoftwareDrawing.at("Linux", Map.of("XDG_CACHE_HOME", "cache"), home, DEC_5).orElseThrow().file());
        assertEquals(Optional.empty(), SoftwareDrawing.at("Windows 11", Map.of(), home, DEC_5));
        assertEquals(Optional.empty(), SoftwareDrawing.at("Mac OS X", Map.of(), home, DEC_5));
    }

    @Test
    void softwareDrawingIsWrittenDownForThirtyDaysAndAGraphicsCardRemovesIt() throws Exception {
        SoftwareDrawing d = SoftwareDrawing.at("Linux", Map.of(), home, DEC_5).orElseThrow();
        assertEquals(Optional.empty(), d.rememberedSince());
        d.afterFirstFrame(false);
        assertTrue(Files.readString(d.file()).contains("Delete this file to probe at the next start."));
        assertTrue(Files.readString(d.file()).contains("until 2027-01-04"));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 5)), d.rememberedSince());
        // 29 days on it still holds; 30 days on the launcher probes again, and About says so too
        SoftwareDrawing later = SoftwareDrawing.at("Linux", Map.of(), home,
                Clock.offset(DEC_5, java.time.Duration.ofDays(29))).orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2026, 12, 5)), later.rememberedSince());
        SoftwareDrawing expired = SoftwareDrawing.at("Linux", Map.of(), home,
                Clock.offset(DEC_5, java.time.Duration.ofDays(30))).orElseThrow();
        assertEquals(Optional.empty(), expired.rememberedSince());

        d.afterFirstFrame(true);
        assertFalse(Files.exists(d.file()), "a start that drew with the graphics card removes the file");
        d.afterFirstFrame(true);
        assertFalse(Files.exists(d.file()));
    }

    @Test
    void aCacheFolderThatCannotBeWrittenIsPassedOver() throws Exception {
        Files.writeString(home.resolve(".cache"), "a file where the folder should be");
        SoftwareDrawing d = SoftwareDrawing.at("Linux", Map.of(), home, DEC_5).orElseThrow();
        d.afterFirstFrame(false); // no exception: the next start probes again
        assertEquals(Optional.empty(), d.rememberedSince());
    }
}
