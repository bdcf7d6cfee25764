package org.relocationplanner.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Linux (issue 20): remembers that this computer draws the window in software, so that the next starts do not
 * probe the graphics card again. On a computer without a graphics driver JavaFX can use (a virtual machine, a
 * remote desktop, Xvfb), GTK and then JavaFX each load the system's OpenGL library, and with it Mesa's llvmpipe
 * (libLLVM, about 44 MB resident), only for JavaFX to refuse it and draw in software. When this file is younger
 * than {@link #KEPT} days, the command ({@code packaging/linux/launcher.sh}) starts Java with
 * {@code -Dprism.order=sw} and GTK with {@code GDK_GL=disable}, and sets {@value #PROPERTY}={@value #REMEMBERED};
 * otherwise it sets {@value #PROPERTY}={@value #PROBE}, and the first frame writes the file anew or removes it.
 * Without the property (tests, a development run, Windows, macOS) nothing is written. A computer that does draw
 * with its graphics card never has the file.
 */
public final class SoftwareDrawing {

    private static final Logger LOG = LoggerFactory.getLogger(SoftwareDrawing.class);
    /** Set by the launcher when it applied the file; read back by About. */
    public static final String PROPERTY = "relocationplanner.drawing";
    public static final String REMEMBERED = "remembered-software";
    public static final String PROBE = "probe";
    /** Days the file is applied; the launcher's {@code find -mtime -30} says the same. */
    public static final int KEPT = 30;
    static final String FILE = "software-drawing";

    private final Path file;
    private final Clock clock;

    SoftwareDrawing(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /**
     * The file of this user on Linux: where the launcher said it reads it, else {@code $XDG_CACHE_HOME} or
     * {@code ~/.cache}; elsewhere empty.
     */
    public static Optional<SoftwareDrawing> forThisComputer(Clock clock) {
        String told = System.getProperty(PROPERTY + ".file");
        return at(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home", ".")),
                clock).map(d -> told != null && Path.of(told).isAbsolute() ? new SoftwareDrawing(Path.of(told), clock)
                : d);
    }

    static Optional<SoftwareDrawing> at(String osName, Map<String, String> env, Path home, Clock clock) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty(); // only the Linux command reads the file
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return Optional.of(new SoftwareDrawing(base.resolve("relocation-planner").resolve(FILE), clock));
    }

    Path file() {
        return file;
    }

    /**
     * After the first frame of a start that probed: {@code hardware} is whether JavaFX draws with the graphics card.
     * (A start the file decided does not call this: the file keeps its date, and the probe comes back after
     * {@link #KEPT} days.)
     */
    void afterFirstFrame(boolean hardware) {
        try {
            if (hardware) {
                Files.deleteIfExists(file);
                return;
            }
            Files.createDirectories(file.getParent());
            LocalDate today = LocalDate.now(clock);
            Files.writeString(file, "Relocation Planner found no graphics acceleration that JavaFX can use on " + today
                    + ".\nIt draws in software and does not probe the graphics card again until " + today.plusDays(KEPT)
                    + ".\nDelete this file to probe at the next start.\n", StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
        } catch (IOException | RuntimeException e) {
            // a cache only: the next start probes again
            LOG.debug("Could not record how the window is drawn in {}: {}", file, e.toString());
        }
    }

    /** The day the file was written, when it is still applied. */
    public Optional<LocalDate> rememberedSince() {
        try {
            Instant written = Files.getLastModifiedTime(file).toInstant();
            if (Duration.between(written, clock.instant()).compareTo(Duration.ofDays(KEPT)) < 0) {
                return Optional.of(LocalDate.ofInstant(written, clock.getZone()));
            }
        } catch (IOException e) {
            // no file
        }
        return Optional.empty();
    }

    /**
     * When the launcher told this start to draw in software, from the file: the day the file was written, as About
     * tells it; else empty.
     */
    public static Optional<LocalDate> rememberedThisStart(Clock clock) {
        return REMEMBERED.equals(System.getProperty(PROPERTY))
                ? forThisComputer(clock).flatMap(SoftwareDrawing::rememberedSince) : Optional.empty();
    }

    /** After the first frame of a start by the Linux command: records what JavaFX chose (see the class). */
    public static void afterFirstFrame(Clock clock, boolean hardware) {
        if (PROBE.equals(System.getProperty(PROPERTY))) {
            forThisComputer(clock).ifPresent(d -> d.afterFirstFrame(hardware));
        }
    }
}
