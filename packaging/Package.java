import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the packaged app with the JDK's own tools; Maven runs it (see pom.xml), on any of the three systems:
 *
 * <pre>
 *   java packaging/Package.java image     TARGET VERSION   jlink'ed runtime (JDK + JavaFX modules), app image, AppCDS
 *   java packaging/Package.java smoke     TARGET VERSION   starts the packaged launcher: --version and `stays`
 *   java packaging/Package.java installer TARGET VERSION   .deb (and .rpm where rpmbuild exists), .msi or .dmg
 * </pre>
 *
 * TARGET is Maven's target folder, holding the app's jar and {@code package/lib} with the runtime dependencies.
 * JavaFX's jars are modular and go into the runtime; H2, Jdbi and the rest have no module-info and stay on the
 * class path beside it, in the image's app folder. Standard library only: it runs as a single source file.
 */
public final class Package {

    static final String NAME = "relocation-planner";
    static final String MAIN = "org.relocationplanner.app.Launcher";
    /** What the app needs of the JDK (checked with jdeps), and JavaFX's controls (base and graphics come with it). */
    static final String MODULES = String.join(",", "java.base", "java.desktop", "java.logging", "java.management",
            "java.naming", "java.prefs", "java.scripting", "java.sql", "jdk.jfr", "jdk.net", "jdk.unsupported",
            "jdk.zipfs", "jdk.crypto.ec", "jdk.localedata", "javafx.controls");
    /** The JVM's own warnings go to standard error: standard output carries the subcommands' JSON. */
    static final String QUIET_LOG = "-Xlog:disable -Xlog:all=warning:stderr";
    static final String CDS_ARCHIVE = NAME + ".jsa";
    static final String TRAINING = "-Drelocationplanner.cdsTraining=true";

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("jvm-options")) {
            // the launcher's memory and compiler options, for benchmarks that run the app's code as it ships
            List<String> options = new ArrayList<>(MEMORY);
            if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
                options.addAll(LINUX_MEMORY);
            }
            System.out.println(String.join(" ", options));
            return;
        }
        if (args.length != 3) {
            System.err.println("usage: java packaging/Package.java image|smoke|installer TARGET VERSION"
                    + " | java packaging/Package.java jvm-options");
            System.exit(2);
        }
        Path root = Path.of(System.getProperty("user.dir"));
        Package p = new Package(root, Path.of(args[1]).toAbsolutePath(), args[2]);
        switch (args[0]) {
            case "image" -> p.image();
            case "smoke" -> p.smoke();
            case "installer" -> p.installer();
            default -> {
                System.err.println("unknown step: " + args[0]);
                System.exit(2);
            }
        }
    }

    private final Path root;
    private final Path target;
    private final String version;
    private final Path work;
    private final String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);

    Package(Path root, Path target, String version) {
        this.root = root;
        this.target = target;
        this.version = version;
        this.work = target.resolve("package");
    }

    boolean linux() {
        return os.contains("linux");
    }

    boolean windows() {
        return os.contains("win");
    }

    boolean mac() {
        return os.contains("mac");
    }

    /**
     * jpackage wants 1.2.3: the Maven version without its qualifier. macOS refuses a first number of 0, so there a
     * 0.x version is given as 1.x (the app's own --version still says the Maven version).
     */
    String numericVersion() {
        String v = version.replaceAll("[^0-9.].*$", "");
        if (v.isEmpty()) {
            return "1.0.0";
        }
        return mac() && v.startsWith("0.") ? "1." + v.substring(2) : v;
    }

    Path image() throws Exception {
        Path jar = target.resolve(NAME + "-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no app jar at " + jar + ": run the package phase first");
        }
        Path lib = work.resolve("lib");
        Path input = clean(work.resolve("input"));
        Path fxModules = clean(work.resolve("javafx"));
        Files.copy(jar, input.resolve(jar.getFileName()));
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path j : jars.sorted().toList()) {
                String n = j.getFileName().toString();
                if (n.startsWith("javafx-")) {
                    // the platform's jar (javafx-graphics-21-linux.jar) is the module; the bare one is empty
                    if (n.matches("javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\\.jar")) {
                        Files.copy(j, fxModules.resolve(n));
                    }
                } else {
                    Files.copy(j, input.resolve(n));
                }
            }
        }
        Path jdk = Path.of(System.getProperty("java.home"));
        Path runtime = work.resolve("runtime");
        deleteTree(runtime);
        run(tool(jdk, "jlink"), "--module-path", jdk.resolve("jmods") + File.pathSeparator + fxModules,
                "--add-modules", MODULES, "--include-locales=en,ru", "--strip-debug", "--no-man-pages",
                "--no-header-files", "--generate-cds-archive", "--output", runtime.toString());
        Path images = clean(work.resolve("image"));
        List<String> cmd = new ArrayList<>(List.of(tool(jdk, "jpackage"), "--type", "app-image", "--name", NAME,
                "--app-version", numericVersion(), "--vendor", "Relocation Planner",
                "--description", "Compare destinations, keep stay deadlines, model a ruble budget, offline",
                "--input", input.toString(), "--main-jar", jar.getFileName().toString(), "--main-class", MAIN,
                "--runtime-image", runtime.toString(), "--dest", images.toString(),
                "--icon", icon().toString()));
        for (String option : javaOptions()) {
            cmd.add("--java-options");
            cmd.add(option);
        }
        if (windows()) {
            // the main launcher has no console window; the headless subcommands (stays, budget, wipe...) need
            // one to print to and to ask on: a second launcher with a console, relocation-planner-cli.exe
            Path props = work.resolve("cli-launcher.properties");
            Files.writeString(props, "win-console=true\n");
            cmd.addAll(List.of("--add-launcher", NAME + "-cli=" + props));
        }
        run(cmd.toArray(String[]::new));
        train();
        if (linux()) {
            // jpackage's native launcher crashed on an argument of 64 KB (JDK-8380085) and asked dpkg-query which
            // package owns it before every start: a shell script starts the runtime with the same .cfg instead
            Path script = launcher();
            Files.copy(root.resolve("packaging/linux/launcher.sh"), script, StandardCopyOption.REPLACE_EXISTING);
            script.toFile().setExecutable(true, false);
        }
        System.out.println("App image: " + appImage());
        return appImage();
    }

    /** The icon in each system's format, from ../icons. */
    Path icon() {
        String file = windows() ? NAME + ".ico" : mac() ? NAME + ".icns" : NAME + "-256.png";
        return root.resolve("icons").resolve(file);
    }

    /**
     * A desktop app's memory rather than a server's (measured in docs/BENCHMARKS.md): the serial collector with a
     * small young generation and a heap that gives memory back; the client compiler only (the server compiler's
     * work areas cost about 45 MB of resident memory); glibc's free memory returned every 2 s. An option an older
     * JDK 17 does not know is ignored rather than stopping the start.
     */
    static final List<String> MEMORY = List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UseSerialGC", "-Xms32m",
            "-Xmx512m", "-Xmn8m", "-XX:MinHeapFreeRatio=5", "-XX:MaxHeapFreeRatio=10", "-XX:TieredStopAtLevel=1",
            "-XX:CICompilerCount=1", "-XX:ReservedCodeCacheSize=32m", "-Xss512k");
    /** glibc only: on other systems the JVM would warn at every start that it cannot trim. */
    static final List<String> LINUX_MEMORY = List.of("-XX:+UnlockExperimentalVMOptions",
            "-XX:TrimNativeHeapInterval=2000");

    List<String> javaOptions() {
        List<String> options = new ArrayList<>(List.of(QUIET_LOG.split(" ")));
        options.addAll(MEMORY);
        if (linux()) {
            options.addAll(LINUX_MEMORY);
        }
        if (linux()) {
            // AppCDS: classes read from an archive made by a training run. The JVM takes the archive only where
            // it was made (JDK 17 compares the class path by name): the app image makes it in place, the Linux
            // packages after installing (postinst). Where it does not match, the JVM starts without it.
            options.add("-XX:SharedArchiveFile=$APPDIR/" + CDS_ARCHIVE);
        }
        return options;
    }

    Path appImage() {
        Path images = work.resolve("image");
        return mac() ? images.resolve(NAME + ".app") : images.resolve(NAME);
    }

    Path appDir() {
        Path image = appImage();
        return mac() ? image.resolve("Contents/app") : windows() ? image.resolve("app") : image.resolve("lib/app");
    }

    Path launcher() {
        Path image = appImage();
        return mac() ? image.resolve("Contents/MacOS/" + NAME)
                : windows() ? image.resolve(NAME + ".exe") : image.resolve("bin/" + NAME);
    }

    /**
     * Runs the packaged launcher once with the archive being written at exit: the training run opens a database
     * in a temporary folder (migrations, the shipped data) and loads the classes the first window uses.
     */
    void train() throws Exception {
        if (!linux()) {
            return;
        }
        Path cfg = appDir().resolve(NAME + ".cfg");
        String original = Files.readString(cfg);
        String training = original.replace("-XX:SharedArchiveFile=", "-XX:ArchiveClassesAtExit=")
                .replace("[JavaOptions]\n", "[JavaOptions]\njava-options=" + TRAINING + "\n");
        Files.writeString(cfg, training);
        try {
            Result r = exec(List.of(launcher().toString()), 300);
            if (r.code != 0 || !Files.isRegularFile(appDir().resolve(CDS_ARCHIVE))) {
                throw new IllegalStateException("the AppCDS training run failed (exit " + r.code + "):\n" + r.err);
            }
        } finally {
            Files.writeString(cfg, original);
        }
        System.out.println("AppCDS archive: " + appDir().resolve(CDS_ARCHIVE) + " ("
                + Files.size(appDir().resolve(CDS_ARCHIVE)) / 1024 / 1024 + " MB)");
    }

    /** Starts the packaged launcher without a window: the version, and one stay check from a CSV file. */
    void smoke() throws Exception {
        Path launcher = launcher();
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("no packaged launcher at " + launcher + ": run the image step first");
        }
        Result v = exec(List.of(launcher.toString(), "--version"), 60);
        check(v.code == 0 && v.out.strip().equals(NAME + " " + version), "--version", v);
        if (linux()) {
            // -Xshare:on turns an archive the JVM would quietly pass over into an error
            Result cds = exec(List.of(launcher.toString(), "--version"), 60, "JAVA_TOOL_OPTIONS", "-Xshare:on");
            check(cds.code == 0 && cds.out.strip().equals(NAME + " " + version), "the AppCDS archive is taken", cds);
        }
        Path trips = Files.createTempFile("trips", ".csv");
        try {
            Files.writeString(trips, "country,entry,exit,note\nKZ,2023-03-01,,\n", StandardCharsets.UTF_8);
            Result s = exec(List.of(launcher.toString(), "stays", "--trips", trips.toString(), "--on", "2023-05-10",
                    "--format", "json"), 60);
            check(s.code == 0 && s.out.strip().startsWith("{\"on\":\"2023-05-10\",\"passport\":\"RU\",\"areas\":[")
                    && s.out.contains("\"area\":\"KZ\"") && s.out.contains("\"daysUsed\":71"), "stays", s);
            Result bad = exec(List.of(launcher.toString(), "stays", "--trips", trips.toString(), "--on",
                    "2023-02-30"), 60);
            check(bad.code == 2 && bad.out.isEmpty() && !bad.err.isBlank(), "stays with an impossible date", bad);
            // 100,000 characters in one argument: jpackage's own launcher died with SIGSEGV at about 64,000
            Result longArg = exec(List.of(launcher.toString(), "stays", "--trips", "x".repeat(100_000), "--on",
                    "2023-05-10"), 60);
            check(longArg.code == 2 && longArg.err.strip().lines().count() == 1 && longArg.err.length() < 400,
                    "stays with a 100,000-character argument", longArg);
        } finally {
            Files.deleteIfExists(trips);
        }
        System.out.println("Packaged launcher OK: " + launcher);
    }

    private static void check(boolean ok, String what, Result r) {
        if (!ok) {
            throw new IllegalStateException("packaged launcher, " + what + ": exit " + r.code + "\nout: " + r.out
                    + "\nerr: " + r.err);
        }
    }

    /** The installer of this system, from the app image (which must exist). */
    void installer() throws Exception {
        Path image = appImage();
        if (!Files.isDirectory(image)) {
            throw new IllegalStateException("no app image at " + image + ": run the image step first");
        }
        Path jdk = Path.of(System.getProperty("java.home"));
        Path out = clean(work.resolve("installer"));
        List<String> types = new ArrayList<>();
        if (linux()) {
            types.add("deb");
            if (onPath("rpmbuild")) {
                types.add("rpm");
            } else {
                System.out.println("rpmbuild is not installed: no .rpm this time (apt-get install rpm)");
            }
        } else {
            types.add(windows() ? "msi" : "dmg");
        }
        // the archive made in the build folder does not fit the installed place: the Linux packages make their
        // own after installing, so the image they take leaves it out
        Path source = image;
        if (linux()) {
            source = clean(work.resolve("installer-image")).resolve(NAME);
            copyTree(image, source);
            Files.deleteIfExists(source.resolve("lib/app/" + CDS_ARCHIVE));
        }
        for (String type : types) {
            List<String> cmd = new ArrayList<>(List.of(tool(jdk, "jpackage"), "--type", type, "--name", NAME,
                    "--app-version", numericVersion(), "--vendor", "Relocation Planner",
                    "--description", "Compare destinations, keep stay deadlines, model a ruble budget, offline",
                    "--app-image", source.toString(), "--dest", out.toString(),
                    "--copyright", "Relocation Planner contributors"));
            if (linux()) {
                // JavaFX's native code needs GTK 3, named differently by Debian and by Fedora/RHEL
                cmd.addAll(List.of("--resource-dir", root.resolve("packaging/linux").toString(),
                        "--linux-package-deps", type.equals("rpm") ? "gtk3" : "libgtk-3-0", "--linux-shortcut",
                        "--linux-menu-group", "Office;Utility",
                        "--linux-app-category", "utils", "--icon", icon().toString()));
            } else if (windows()) {
                cmd.addAll(List.of("--win-menu", "--win-shortcut", "--win-dir-chooser",
                        "--win-upgrade-uuid", "6f1b8f0e-3c1a-4d7e-9a55-2b7c0e4f1a01"));
            }
            run(cmd.toArray(String[]::new));
        }
        try (Stream<Path> files = Files.list(out)) {
            files.forEach(f -> System.out.println("Installer: " + f));
        }
    }

    // --- helpers

    record Result(int code, String out, String err) {
    }

    /** Runs a command; {@code env} are name, value pairs added to its environment. */
    static Result exec(List<String> cmd, int seconds, String... env) throws Exception {
        Path out = Files.createTempFile("pkg", ".out");
        Path err = Files.createTempFile("pkg", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            for (int i = 0; i + 1 < env.length; i += 2) {
                pb.environment().put(env[i], env[i + 1]);
            }
            Process p = pb.start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(cmd.get(0) + " took longer than " + seconds + " s");
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static void run(String... cmd) throws Exception {
        System.out.println("> " + String.join(" ", cmd));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(cmd[0] + " failed with exit code " + p.exitValue());
        }
    }

    static String tool(Path jdk, String name) {
        Path exe = jdk.resolve("bin").resolve(name + (System.getProperty("os.name").startsWith("Windows") ? ".exe" : ""));
        return exe.toString();
    }

    static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    static Path clean(Path dir) throws IOException {
        deleteTree(dir);
        return Files.createDirectories(dir);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
