package org.relocationplanner.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import org.relocationplanner.ui.common.Pulses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For the start-up benchmark only (system property {@value #PROPERTY}, or {@value #ENV}=1): logs when the first frame has been
 * drawn and when the screens are ready, in milliseconds since the JVM started, then exits.
 */
public final class StartupTiming {

    public static final String PROPERTY = "relocationplanner.benchmark";
    public static final String ENV = "RELOCATION_PLANNER_BENCHMARK";
    private static final Logger LOG = LoggerFactory.getLogger(StartupTiming.class);

    private StartupTiming() {
    }

    /** The system property, or (for a packaged launcher, which takes no -D) the environment variable set to 1. */
    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY) || "1".equals(System.getenv(ENV));
    }

    /** Call after the stage is shown. */
    public static void reportFirstFrame() {
        if (!enabled()) {
            return;
        }
        Pulses.after(2, () -> LOG.info("BENCH first-frame {} ms", sinceJvmStart()));
    }

    /** Logs a named step of the start-up, for finding where its time goes. */
    public static void mark(String step) {
        if (enabled()) {
            LOG.info("BENCH step {} {} ms", step, sinceJvmStart());
        }
    }

    static void reportReady() {
        if (!enabled()) {
            return;
        }
        Pulses.after(2, () -> {
            LOG.info("BENCH ready {} ms", sinceJvmStart());
            Platform.exit();
        });
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
