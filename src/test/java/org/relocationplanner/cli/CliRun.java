package org.relocationplanner.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Runs commands as the launcher would, with what they print kept for the test to read. */
final class CliRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Clock clock;

    CliRun(Clock clock) {
        this.clock = clock;
    }

    CliRun() {
        this(Clock.systemDefaultZone());
    }

    /** A terminal that prints here, with no password and no one to confirm. */
    Terminal terminal(Clock at) {
        out.reset();
        err.reset();
        return new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), at, () -> null, () -> null);
    }

    int run(String... args) {
        return Cli.run(args, terminal(clock));
    }

    int run(Clock at, String... args) {
        return Cli.run(args, terminal(at));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }
}
