package org.relocationplanner.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.relocationplanner.service.DataFolder;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless commands, on picocli: {@code stays}, {@code compare}, {@code budget}, {@code rates},
 * {@code dataset}, {@code wipe} and {@code generate-completion} (a bash/zsh completion script). Each takes
 * {@code --data-dir PATH} and {@code --help}; a usage or input error prints one line naming it and exits with 2.
 */
@Command(name = "relocation-planner", subcommands = {StaysCommand.class, TripsCommands.class, CompareCommand.class,
        BudgetCommands.Budget.class, BudgetCommands.Rates.class, DatasetCommands.class, WipeCommand.class,
        AutoComplete.GenerateCompletion.class},
        description = "Compare destinations, keep stay deadlines, model a ruble budget, offline.")
public final class Cli {

    /** The names that start a command instead of the window. */
    public static final Set<String> COMMANDS = Set.of("stays", "trips", "compare", "budget", "rates", "dataset", "wipe",
            "generate-completion");

    private Cli() {
    }

    /** Runs a command; returns its exit code. */
    public static int run(String[] args, Terminal given) {
        Terminal terminal = new Terminal(given.out(), new ShortWords(given.err()), given.clock(), given.password(),
                given.confirmation());
        CommandLine cmd = new CommandLine(new Cli(), new Factory(terminal));
        // as the hand-written parsers were: a repeated option takes the last value, "@file" is a file name
        cmd.setOverwrittenOptionsAllowed(true);
        cmd.setExpandAtFiles(false);
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        java.nio.charset.Charset charset = System.console() == null ? StandardCharsets.UTF_8
                : java.nio.charset.Charset.defaultCharset();
        cmd.setOut(new PrintWriter(new java.io.OutputStreamWriter(terminal.out(), charset), true));
        cmd.setErr(new PrintWriter(new java.io.OutputStreamWriter(terminal.err(), charset), true));
        inOrder(cmd);
        cmd.getSubcommands().get("compare").getCommandSpec().usageMessage().footer("%n" + CompareCommand.criteria());
        cmd.setParameterExceptionHandler((e, rest) -> {
            CommandLine failed = e.getCommandLine();
            terminal.err().println(oneLine(failed.getCommandSpec().qualifiedName(" ").replaceFirst(
                    "^relocation-planner ?", "") + ": " + e.getMessage() + ". Usage: "
                    + failed.getHelp().synopsis(0).strip()));
            return 2;
        });
        cmd.setExecutionExceptionHandler((e, failed, parsed) -> {
            String where = errorLog(args, e);
            terminal.err().println(oneLine(failed.getCommandName() + ": an unexpected error (" + e + ")"
                    + (where == null ? "" : "; details in " + where)));
            return 1;
        });
        int code = cmd.execute(args);
        terminal.out().flush();
        return code;
    }

    /** Appends the error's whole trace to the log in the data folder the command named; its path, or null. */
    private static String errorLog(String[] args, Exception e) {
        try {
            java.nio.file.Path dir = DataFolder.forArgs(java.util.List.of(args)).dir();
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Path log = dir.resolve(DataFolder.ERROR_LOG);
            if (!java.nio.file.Files.exists(log) && java.nio.file.Files.getFileAttributeView(dir,
                    java.nio.file.attribute.PosixFileAttributeView.class) != null) {
                java.nio.file.Files.createFile(log, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            }
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            java.nio.file.Files.writeString(log, java.time.Instant.now() + " " + String.join(" ", args.length > 0
                    ? args[0] : "") + "\n" + trace + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            return log.toString();
        } catch (java.io.IOException | RuntimeException ignored) {
            return null;
        }
    }

    /** Options listed in the order they are declared, in the help and in the one-line usage. */
    private static void inOrder(CommandLine cmd) {
        cmd.getCommandSpec().usageMessage().sortOptions(false).sortSynopsis(false);
        cmd.getSubcommands().values().forEach(Cli::inOrder);
    }

    /** Whether {@code day} is outside the dates the app supports; said on {@code err} as "{@code what}: …". */
    static boolean outside(java.time.LocalDate day, String what, java.io.PrintStream err) {
        if (org.relocationplanner.domain.Plausible.day(day)) {
            return false;
        }
        err.println(what + ": " + day + " is outside the dates the app supports ("
                + org.relocationplanner.domain.Plausible.days() + ")");
        return true;
    }

    private static final java.time.format.DateTimeFormatter ISO_DATE = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /**
     * A date option in the form YYYY-MM-DD within the dates the app supports, or null once the one line naming
     * what is wrong ("{@code what}: …") is on {@code err}.
     */
    static java.time.LocalDate date(String text, String what, java.io.PrintStream err) {
        java.time.LocalDate day;
        try {
            day = java.time.LocalDate.parse(text, ISO_DATE);
        } catch (java.time.format.DateTimeParseException e) {
            err.println(what + ": not a date in the form YYYY-MM-DD: " + text);
            return null;
        }
        return outside(day, what, err) ? null : day;
    }

    /** Keeps an error to one line, whatever a quoted field in a file held. */
    static String oneLine(String message) {
        return message.replaceAll("\\R", " ").replaceAll(" {2,}", " ");
    }

    /** The longest run of text without a space that a message line shows whole. */
    static final int LONGEST_WORD = 300;

    /**
     * A message line as printed: a run of more than {@link #LONGEST_WORD} characters without a space (a 60,000
     * character "file name" given by mistake) is shortened to its start and its length, so the line stays readable.
     */
    static String shortWords(String line) {
        if (line.length() <= LONGEST_WORD) {
            return line;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S{" + (LONGEST_WORD + 1) + ",}").matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(word.substring(0, 60) + "… ("
                    + word.length() + " characters)"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The error stream of the commands, each line through {@link #shortWords}: text goes to the terminal's own
     * stream as text, so that it keeps that stream's encoding (the console's code page on Windows).
     */
    private static final class ShortWords extends PrintStream {
        private final PrintStream target;

        ShortWords(PrintStream target) {
            super(target, true);
            this.target = target;
        }

        @Override
        public void println(String line) {
            target.println(line == null ? null : shortWords(line));
        }

        @Override
        public void println(Object line) {
            println(String.valueOf(line));
        }

        @Override
        public void print(String text) {
            target.print(text == null ? null : shortWords(text));
        }

        @Override
        public void println() {
            target.println();
        }

        @Override
        public PrintStream format(String format, Object... args) {
            target.print(shortWords(String.format(format, args)));
            return this;
        }

        @Override
        public PrintStream format(java.util.Locale l, String format, Object... args) {
            target.print(shortWords(String.format(l, format, args)));
            return this;
        }

        @Override
        public void write(int b) {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            target.write(b, off, len);
        }

        @Override
        public void flush() {
            target.flush();
        }
    }

    /** The data folder a command works on: {@code --data-dir}, else where the app keeps it. */
    static DataFolder folder(String dataDir) {
        return DataFolder.forCommand(dataDir);
    }

    /** Creates the commands with the terminal they talk to. */
    private record Factory(Terminal terminal) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                java.lang.reflect.Constructor<K> c = cls.getDeclaredConstructor(Terminal.class);
                c.setAccessible(true);
                return c.newInstance(terminal);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
