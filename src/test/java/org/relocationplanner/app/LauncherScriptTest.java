package org.relocationplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux command, packaging/linux/launcher.sh, in an app image laid out as jpackage makes it, with a stand-in
 * for the runtime's java that prints what it was given: the .cfg's class path and options, the user's arguments
 * last and unchanged, and (issue 20) the software drawing remembered for 30 days.
 */
@EnabledOnOs(OS.LINUX)
class LauncherScriptTest {

    @TempDir
    Path dir;
    Path image;
    Path cache;

    @BeforeEach
    void layOutAnImage() throws Exception {
        image = dir.resolve("relocation planner"); // a space in the installed path
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Files.createDirectories(image.resolve("lib/runtime/bin"));
        Path launcher = image.resolve("bin/relocation-planner");
        Files.copy(Path.of("packaging/linux/launcher.sh"), launcher, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(launcher.toFile().setExecutable(true));
        Files.writeString(image.resolve("lib/app/relocation-planner.cfg"), String.join("\n",
                "[Application]", "app.classpath=$APPDIR/relocation-planner.jar", "app.classpath=$APPDIR/h2.jar",
                "app.mainclass=org.relocationplanner.app.Launcher", "", "[JavaOptions]",
                "java-options=-Xmx512m", "java-options=-XX:SharedArchiveFile=$APPDIR/relocation-planner.jsa", ""),
                StandardCharsets.UTF_8);
        Path java = image.resolve("lib/runtime/bin/java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"arg:$a\"; done\necho \"GDK_GL:${GDK_GL-unset}\"\n");
        assertTrue(java.toFile().setExecutable(true));
        cache = dir.resolve("cache");
    }

    private List<String> run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(image.resolve("bin/relocation-planner").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().put("HOME", dir.resolve("home").toString());
        pb.environment().remove("GDK_GL");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }

    @Test
    void theCfgIsReadAndTheUsersArgumentsComeLastUnchanged() throws Exception {
        String app = image.resolve("lib/app").toRealPath().toString();
        List<String> out = run("stays", "--trips", "my trips.csv", "-Dnot.an.option=1");
        int cp = out.indexOf("arg:-cp");
        assertEquals("arg:" + app + "/relocation-planner.jar:" + app + "/h2.jar", out.get(cp + 1));
        assertEquals("arg:org.relocationplanner.app.Launcher", out.get(cp + 2));
        assertEquals(List.of("arg:stays", "arg:--trips", "arg:my trips.csv", "arg:-Dnot.an.option=1"),
                out.subList(cp + 3, cp + 7));
        assertTrue(out.indexOf("arg:-Xmx512m") < cp);
        assertTrue(out.contains("arg:-XX:SharedArchiveFile=" + app + "/relocation-planner.jsa"), out.toString());
    }

    @Test
    void withoutTheFileJavaFxProbesTheGraphicsCardAndTheAppIsToldToWriteDownTheOutcome() throws Exception {
        List<String> out = run("--version");
        assertTrue(out.contains("arg:-Drelocationplanner.drawing=probe"), out.toString());
        assertTrue(out.contains("arg:-Drelocationplanner.drawing.file=" + cache.resolve(
                "relocation-planner/software-drawing")), "the app writes the file the script reads: " + out);
        assertFalse(out.contains("arg:-Dprism.order=sw"), out.toString());
        assertTrue(out.contains("GDK_GL:unset"), out.toString());
    }

    @Test
    void aFileWrittenInTheLastThirtyDaysSkipsTheProbeOfGtkAndJavaFx() throws Exception {
        Path file = cache.resolve("relocation-planner/software-drawing");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "software\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(29))));
        List<String> out = run("--version");
        assertTrue(out.contains("arg:-Dprism.order=sw"), out.toString());
        assertTrue(out.contains("arg:-Drelocationplanner.drawing=remembered-software"), out.toString());
        assertTrue(out.contains("GDK_GL:disable"), out.toString());
        assertEquals("arg:--version", out.get(out.size() - 2), "the user's arguments still last");

        // 31 days old: probed again (the app writes the file anew if it still draws in software)
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(31))));
        out = run("--version");
        assertTrue(out.contains("arg:-Drelocationplanner.drawing=probe"), out.toString());
        assertFalse(out.contains("arg:-Dprism.order=sw"), out.toString());
        assertTrue(out.contains("GDK_GL:unset"), out.toString());
    }
}
