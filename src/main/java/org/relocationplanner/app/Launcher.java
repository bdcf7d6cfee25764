package org.relocationplanner.app;

import org.relocationplanner.service.DataFolder;
import org.relocationplanner.service.RatesService;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;

/**
 * The entry point (not an Application subclass, so that the packaged jar starts on the class path).
 * Options: {@code --data-dir PATH}, {@code --version}, {@code --help}; the subcommand {@code stays} runs without a
 * window (see {@link org.relocationplanner.cli.Cli}).
 */
public final class Launcher {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: relocation-planner [--data-dir PATH]",
            "       relocation-planner stays --trips FILE --on YYYY-MM-DD [--passport RU] [--format json|table]",
            "       relocation-planner compare [--on YYYY-MM-DD] [--passport RU] [--weight CRITERION=N]... "
                    + "[--format table|json|csv] [--shipped | --data-dir PATH]",
            "       relocation-planner budget --plan FILE [--format json|table]",
            "       relocation-planner rates import FILE",
            "       relocation-planner rates show --currency XXX --from YYYY-MM-DD --to YYYY-MM-DD",
            "       relocation-planner rates coverage [--currency XXX] [--on YYYY-MM-DD]",
            "       relocation-planner rates set-aside [--out FILE]",
            "       relocation-planner dataset import FILE",
            "       relocation-planner wipe [--yes]",
            "       relocation-planner COMMAND --help        (also: generate-completion, a bash/zsh completion script)",
            "  --data-dir PATH  keep the database in PATH (also: environment variable " + DataFolder.ENV + ")",
            "  A database protected by a password asks for it on the console, or reads it from the environment",
            "  variable " + RatesService.PASSWORD_ENV + ".",
            "  --version        print the version and exit",
            "  --help           print this help and exit");

    private Launcher() {
    }

    /**
     * Where the commands write: redirected into a file or a pipe, UTF-8 (the encoding of the JSON and CSV they write,
     * whatever the locale: under LANG=C Java 17 would write Cyrillic as question marks); on a terminal, the terminal's.
     */
    static PrintStream commandOut() {
        return System.console() == null ? new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                java.nio.charset.StandardCharsets.UTF_8) : System.out;
    }

    public static void main(String[] args) throws Exception {
        if (CdsTraining.requested()) {
            System.out.println("AppCDS training: " + CdsTraining.run() + " classes listed and loaded");
            System.exit(0); // the archive is written as the JVM exits
        }
        int code = run(args, commandOut(), System.err);
        if (code >= 0) {
            System.exit(code);
        }
        Application.launch(PlannerApp.class, args); // the window reads --data-dir from its parameters
    }

    /**
     * Handles the options; returns an exit code when the app should not open its window, or -1 to open it.
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && org.relocationplanner.cli.Cli.COMMANDS.contains(args[0])) {
            return org.relocationplanner.cli.Cli.run(args, org.relocationplanner.cli.Terminal.system(out, err));
        }
        String dataDir = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data-dir")) {
                if (i + 1 >= args.length) {
                    err.println("--data-dir needs a folder");
                    return 2;
                }
                dataDir = args[++i];
            } else if (a.startsWith("--data-dir=")) {
                dataDir = a.substring("--data-dir=".length());
            } else if (a.equals("--version")) {
                out.println("relocation-planner " + version());
                return 0;
            } else if (a.equals("--help") || a.equals("-h")) {
                out.println(USAGE);
                return 0;
            } else {
                rest.add(a);
            }
        }
        if (!rest.isEmpty()) {
            err.println("Unknown option: " + rest.get(0));
            err.println(USAGE);
            return 2;
        }
        return -1;
    }

    /** The folder the window opens: {@code --data-dir} among the options it was started with, else the default. */
    static DataFolder windowFolder(List<String> args) {
        return DataFolder.forArgs(args);
    }

    static String version() {
        String v = Launcher.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
