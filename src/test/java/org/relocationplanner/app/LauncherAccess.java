package org.relocationplanner.app;

import java.io.PrintStream;

/** The launcher's entry for tests in other packages: what {@code main} does before it would open the window. */
public final class LauncherAccess {

    private LauncherAccess() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return Launcher.run(args, out, err);
    }
}
