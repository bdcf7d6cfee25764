package org.relocationplanner.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What a command talks to: where it writes, today's date, and how it asks the user for a database's password or a
 * typed confirmation (the console, or the environment; tests give their own).
 */
public record Terminal(PrintStream out, PrintStream err, Clock clock, Supplier<char[]> password,
                       Supplier<String> confirmation) {

    /** The environment variable a protected database's password may come from. */
    public static final String PASSWORD_ENV = org.relocationplanner.service.RatesService.PASSWORD_ENV;

    /** The real console: the password from {@value #PASSWORD_ENV} or typed, the system clock. */
    public static Terminal system(PrintStream out, PrintStream err) {
        return new Terminal(out, err, Clock.systemDefaultZone(), () -> {
            String env = System.getenv(PASSWORD_ENV);
            if (env != null && !env.isEmpty()) {
                return env.toCharArray();
            }
            return System.console() == null ? null : System.console().readPassword("Password of your data: ");
        }, () -> System.console() == null ? null
                : System.console().readLine("Type %s to overwrite and delete all your personal data and backups: ",
                WipeCommand.CONFIRM));
    }

    /** The same terminal with another password source. */
    public Terminal withPassword(Supplier<char[]> other) {
        return new Terminal(out, err, clock, other, confirmation);
    }

    /** The same terminal with another confirmation source. */
    public Terminal withConfirmation(Supplier<String> other) {
        return new Terminal(out, err, clock, password, other);
    }
}
