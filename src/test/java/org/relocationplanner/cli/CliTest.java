package org.relocationplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What every command shares: help, one line and exit code 2 for a usage error, and a completion script. */
class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC(), () -> null, () -> null));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stays", "compare", "budget", "rates", "rates import", "rates show", "rates coverage",
            "dataset", "dataset import", "dataset sign", "dataset keygen", "wipe"})
    void everyCommandHasItsHelp(String command) {
        String[] words = (command + " --help").split(" ");
        assertEquals(0, run(words), err());
        assertTrue(out().startsWith("Usage: relocation-planner " + command), out());
        assertTrue(out().contains("--help"), out());
    }

    @Test
    void aUsageErrorIsOneLineNamingTheCommandAndExitsWithTwo() {
        assertEquals(2, run("rates", "show", "--currency", "GEL", "--from", "2024-01-01"));
        assertEquals("rates show: Missing required option: '--to=YYYY-MM-DD'. Usage: relocation-planner rates show "
                + "[-h] --currency=XXX --from=YYYY-MM-DD --to=YYYY-MM-DD [--format=json|table] [--data-dir=PATH]",
                err().strip());
        assertEquals(2, run("budget", "--plan", "p.json", "--frobnicate"));
        assertEquals(1, err().strip().lines().count(), err());
        assertTrue(err().startsWith("budget: Unknown option: '--frobnicate'"), err());
        assertEquals(2, run("rates"), "a group without its subcommand");
        assertEquals(2, run("dataset", "publish"));
        assertEquals("", out());
    }

    @Test
    void aShellCompletionScriptKnowsTheCommandsAndTheirOptions() {
        assertEquals(0, run("generate-completion"), err());
        assertTrue(out().contains("complete -F"), "a bash completion script");
        for (String word : new String[] {"stays", "compare", "budget", "rates", "coverage", "--trips", "--plan"}) {
            assertTrue(out().contains(word), word);
        }
    }

    @Test
    void theLauncherSendsEveryCommandToTheCommandLineAndNothingElse() {
        java.util.Set<String> names = new picocli.CommandLine(Cli.class).getSubcommands().keySet();
        assertEquals(names, Cli.COMMANDS);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        assertEquals(0, org.relocationplanner.app.LauncherAccess.run(new String[] {"stays", "--help"},
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(o.toString(StandardCharsets.UTF_8).startsWith("Usage: relocation-planner stays"));
    }

    @Test
    void aRepeatedOptionTakesTheLastValueAndAnAtSignIsAFileName() {
        assertEquals(2, run("rates", "show", "--currency", "GEL", "--from", "2024-01-01", "--to", "2023-01-01",
                "--format", "json", "--format", "table"), "parsed (the dates are the error)");
        assertTrue(err().startsWith("rates show: --to 2023-01-01 is before --from 2024-01-01"), err());
        assertEquals(2, run("rates", "import", "@rates.csv"));
        assertTrue(err().contains("@rates.csv: no such file"), err());
    }
}
