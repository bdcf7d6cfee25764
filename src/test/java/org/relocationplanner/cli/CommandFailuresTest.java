package org.relocationplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.service.DataFolder;

/**
 * Issue 15: what a command prints when its input is too large, broken XML or something no one foresaw: one line on
 * the command's error stream, never a parser's own second line or a stack trace, and a log file for the unforeseen.
 */
class CommandFailuresTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun(Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneId.of("UTC")));

    private int run(String... args) {
        return cli.run(args);
    }

    private String err() {
        return cli.err();
    }

    /** A file of {@code bytes} zeros, sparse: made in an instant whatever its size. */
    private Path sized(String name, long bytes) throws Exception {
        Path f = dir.resolve(name);
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(bytes);
        }
        return f;
    }

    @Test
    void filesLargerThanTheirLimitAreRefusedBySizeWithOneLine() throws Exception {
        String data = dir.resolve("data").toString();
        assertEquals(2, run("rates", "import", sized("huge.csv", 161L * 1024 * 1024).toString(), "--data-dir", data));
        assertTrue(err().contains("the file is 161 MB; a rates file of at most 160 MB is read"), err());
        assertEquals(1, err().lines().count());

        assertEquals(2, run("stays", "--trips", sized("trips.csv", 17L * 1024 * 1024).toString(), "--on",
                "2026-12-05", "--data-dir", data));
        assertTrue(err().contains("the file is 17 MB; a trips file of at most 16 MB is read"), err());
        assertEquals(1, err().lines().count());

        assertEquals(2, run("budget", "--plan", sized("plan.json", 50L * 1024 * 1024).toString(), "--data-dir", data));
        assertTrue(err().contains("the file is 50 MB; a plan of at most 4 MB is read"), err());
        assertEquals(1, err().lines().count());
        assertFalse(Files.exists(dir.resolve("data").resolve("planner.mv.db")), "no database was made for them");
    }

    /**
     * Broken XML of several kinds (cut short, unclosed, a DOCTYPE with an entity, a byte not allowed in XML, an
     * unknown encoding, bytes that are not UTF-8 in a file that says it is) gives the command's one line; the JDK's parser writes nothing of its own to the process's
     * standard error (it used to add "[Fatal Error] :-1:-1: ..." as a second line).
     */
    @Test
    void brokenXmlIsOneLineAndTheParserPrintsNothingOfItsOwn() throws Exception {
        String head = "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n";
        String[] broken = {
            head + "<ValCurs Date=\"01.04.2025\" name=\"Foreign Currency Market\"><Valute ID=\"R01235\">",
            head + "<ValCurs Date=\"01.04.2025\"><Valute></ValCurs>",
            head + "<!DOCTYPE v [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><ValCurs>&b;</ValCurs>",
            head + "<ValCurs Date=\"01.04.2025\">\u0001</ValCurs>",
            "<?xml version=\"1.0\" encoding=\"no-such-charset\"?>\n<ValCurs/>",
            head + "<ValCurs",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ValCurs Date=\"01.04.2025\">\u00ff\u00fe</ValCurs>",
        };
        PrintStream realErr = System.err;
        PrintStream realOut = System.out;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(stray, true, StandardCharsets.UTF_8));
            for (int i = 0; i < broken.length; i++) {
                Path f = dir.resolve("broken-" + i + ".xml");
                Files.writeString(f, broken[i], StandardCharsets.ISO_8859_1);
                assertEquals(2, run("rates", "import", f.toString(), "--data-dir", dir.resolve("data").toString()),
                        broken[i] + ": " + err());
                assertEquals(1, err().lines().count(), err());
                assertTrue(err().startsWith("rates import: " + f), err());
            }
        } finally {
            System.setErr(realErr);
            System.setOut(realOut);
        }
        assertEquals("", stray.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> !l.contains(" INFO ") && !l.contains(" DEBUG ")).reduce("", String::concat));
    }

    /** A 65,000-character argument (which crashed jpackage's launcher) is a file that cannot be read, said in short. */
    @Test
    void aVeryLongArgumentIsNamedInShort() {
        String name = "a".repeat(65_000);
        assertEquals(2, run("stays", "--trips", name, "--on", "2026-12-05"));
        assertTrue(err().startsWith("stays: " + "a".repeat(60) + "… (6500") && err().length() < 400
                && err().lines().count() == 1, err());
    }

    /**
     * An error no one foresaw (here the clock itself fails) prints one line that points to the log in the data
     * folder, exits with 1, and the log, readable by its owner only, holds the whole trace.
     */
    @Test
    void anUnforeseenErrorIsOneLineAndItsTraceGoesToTheOwnerOnlyLog() throws Exception {
        Path data = dir.resolve("data");
        Clock broken = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                throw new IllegalStateException("the clock broke");
            }
        };
        assertEquals(1, cli.run(broken, "rates", "coverage", "--data-dir", data.toString()));
        Path log = data.resolve(DataFolder.ERROR_LOG);
        assertEquals("coverage: an unexpected error (java.lang.IllegalStateException: the clock broke); details in "
                + log, err());
        String trace = Files.readString(log);
        assertTrue(trace.contains("java.lang.IllegalStateException: the clock broke")
                && trace.contains("at org.relocationplanner.cli."), trace);
        if (Files.getFileAttributeView(log, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(log)));
        }
    }
}
