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
        return Boolean.getBoolean(PROPERTY) || "1".equals(System.getenv(ENV)) || tour() || budget();
    }

    /**
     * {@value #ENV}=budget (issue 20): the app stays open once ready, and logs and exits when the Budget screen,
     * opened by the benchmark as a user would, shows its first answer.
     */
    static boolean budget() {
        return "budget".equals(System.getenv(ENV));
    }

    private static final java.util.concurrent.atomic.AtomicBoolean BUDGET_TOLD =
            new java.util.concurrent.atomic.AtomicBoolean();

    /** Call when the Budget screen is shown with its answer counted. */
    static void reportBudgetReady() {
        if (budget() && BUDGET_TOLD.compareAndSet(false, true)) {
            Pulses.after(2, () -> {
                LOG.info("BENCH budget-ready {} ms", sinceJvmStart());
                Platform.exit();
            });
        }
    }

    /** {@value #ENV}=screens: after start-up, open every screen, then log the resident memory and exit. */
    static boolean tour() {
        return "screens".equals(System.getenv(ENV));
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
        reportReady(java.util.List.of());
    }

    /** {@code visits} open the screens one by one (for the memory figure after opening every screen). */
    static void reportReady(java.util.List<Runnable> visits) {
        if (!enabled()) {
            return;
        }
        Pulses.after(2, () -> {
            LOG.info("BENCH ready {} ms", sinceJvmStart());
            if (tour() && !visits.isEmpty()) {
                visit(visits, 0);
            } else if (!budget()) {
                Platform.exit();
            }
        });
    }

    private static void visit(java.util.List<Runnable> visits, int i) {
        if (i == visits.size()) {
            LOG.info("BENCH memory after every screen: {}", memory());
            System.gc(); // for the record only: what is live, as against what the heap holds
            LOG.info("BENCH memory after a full collection: {}", memory());
            // RELOCATION_PLANNER_BENCHMARK_HOLD=seconds: stay open a while for a look with pmap or jcmd
            int hold = Integer.parseInt(System.getenv().getOrDefault(ENV + "_HOLD", "0"));
            Pulses.after(Math.max(1, hold * 60), Platform::exit);
            return;
        }
        visits.get(i).run();
        Pulses.after(20, () -> visit(visits, i + 1));
    }

    /** The resident set now and at its peak (Linux), and the Java heap in use. */
    public static String memory() {
        String rss = "?";
        String peak = "?";
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = line.substring(6).strip();
                } else if (line.startsWith("VmHWM:")) {
                    peak = line.substring(6).strip();
                }
            }
        } catch (java.io.IOException e) {
            // not Linux
        }
        Runtime r = Runtime.getRuntime();
        return "rss " + rss + ", peak rss " + peak + ", heap used " + (r.totalMemory() - r.freeMemory()) / 1024 / 1024
                + " MB of " + r.totalMemory() / 1024 / 1024 + " MB";
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
