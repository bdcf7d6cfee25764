package org.relocationplanner.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start to first frame: the packaged app (the app image's own launcher, with its jlink'ed runtime and its
 * AppCDS archive) against an empty JavaFX stage run by the same runtime, alternating, in one run on one machine.
 * Each run is a new process; "first start" has a new, empty data folder (the app then also creates its database
 * and installs the shipped dataset), "later start" an existing one. Needs a display (run under Xvfb).
 *
 * Arguments: the app image folder, the class path of the benchmark classes (for the empty stage), the rounds.
 */
public final class StartupBench {

    private static final Pattern LINE = Pattern.compile("BENCH (first-frame|ready) (\\d+) ms");

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]);
        String classPath = args[1] + java.io.File.pathSeparator + image.resolve("lib/app/*");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        launcher = image.resolve("bin/relocation-planner").toString();
        runtimeJava = image.resolve("lib/runtime/bin/java").toString();
        List<Long> emptyFirst = new ArrayList<>();
        List<Long> appFirst = new ArrayList<>();
        List<Long> appReady = new ArrayList<>();
        List<Long> warmFirst = new ArrayList<>();
        List<Long> warmReady = new ArrayList<>();
        Path warmDir = Files.createTempDirectory("planner-bench-warm");
        // a later start has its cache folder from before (with the software drawing remembered, on a computer
        // without usable graphics acceleration); a first start has a new data folder and a new cache folder
        Path warmCache = Files.createTempDirectory("planner-bench-cache");
        run(classPath, "org.relocationplanner.app.Launcher", warmDir, warmCache); // creates the database once
        for (int i = 0; i < rounds; i++) {
            emptyFirst.add(run(classPath, EmptyStage.Main.class.getName(), null, null)[0]);
            long[] app = run(classPath, "org.relocationplanner.app.Launcher", Files.createTempDirectory("planner-bench"),
                    Files.createTempDirectory("planner-bench-cache"));
            appFirst.add(app[0]);
            appReady.add(app[1]);
            long[] warm = run(classPath, "org.relocationplanner.app.Launcher", warmDir, warmCache);
            warmFirst.add(warm[0]);
            warmReady.add(warm[1]);
        }
        System.out.printf(Locale.ROOT, "rounds: %d%n", rounds);
        System.out.printf(Locale.ROOT, "empty stage, first frame:            median %d ms  (min %d, max %d)%n",
                median(emptyFirst), Collections.min(emptyFirst), Collections.max(emptyFirst));
        System.out.printf(Locale.ROOT, "app, first start, first frame:       median %d ms  (min %d, max %d)%n",
                median(appFirst), Collections.min(appFirst), Collections.max(appFirst));
        System.out.printf(Locale.ROOT, "app, first start, screens ready:     median %d ms  (min %d, max %d)%n",
                median(appReady), Collections.min(appReady), Collections.max(appReady));
        System.out.printf(Locale.ROOT, "app, later start, first frame:       median %d ms  (min %d, max %d)%n",
                median(warmFirst), Collections.min(warmFirst), Collections.max(warmFirst));
        System.out.printf(Locale.ROOT, "app, later start, screens ready:     median %d ms  (min %d, max %d)%n",
                median(warmReady), Collections.min(warmReady), Collections.max(warmReady));
        System.out.printf(Locale.ROOT, "ratio app/empty, first frame, first start (medians): %.2f%n",
                (double) median(appFirst) / median(emptyFirst));
        System.out.printf(Locale.ROOT, "ratio app/empty, first frame, later start (medians): %.2f%n",
                (double) median(warmFirst) / median(emptyFirst));
    }

    private static String launcher;
    private static String runtimeJava;

    /**
     * The app through its packaged launcher (which takes no JVM options: the benchmark is switched on by the
     * environment), the empty stage through the same runtime. Both leave JavaFX to pick its pipeline.
     */
    private static long[] run(String classPath, String main, Path dataDir, Path cache) throws Exception {
        List<String> cmd = main.equals("org.relocationplanner.app.Launcher")
                ? new ArrayList<>(List.of(launcher))
                : new ArrayList<>(List.of(runtimeJava, "-Drelocationplanner.benchmark=true", "-cp", classPath, main));
        if (dataDir != null) {
            cmd.add("--data-dir");
            cmd.add(dataDir.toString());
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("RELOCATION_PLANNER_BENCHMARK", "1");
        if (cache != null) {
            pb.environment().put("XDG_CACHE_HOME", cache.toString());
        }
        Process p = pb.start();
        long first = -1;
        long ready = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = LINE.matcher(line);
                if (m.find()) {
                    if (m.group(1).equals("first-frame")) {
                        first = Long.parseLong(m.group(2));
                    } else {
                        ready = Long.parseLong(m.group(2));
                    }
                }
            }
        }
        p.waitFor();
        if (first < 0) {
            throw new IllegalStateException(main + " reported no first frame");
        }
        return new long[] {first, ready};
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
