package org.relocationplanner.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/** A command that talks to a {@link Terminal} and has {@code --help}: what every command here shares. */
abstract class TerminalCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    protected final Terminal terminal;

    TerminalCommand(Terminal terminal) {
        this.terminal = terminal;
    }
}
