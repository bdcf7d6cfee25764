package org.relocationplanner.cli;

import org.relocationplanner.service.DataFolder;
import org.relocationplanner.service.DataSafety;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code relocation-planner wipe [--data-dir PATH] [--yes]}: the quick wipe without a window. Overwrites and deletes
 * every database, key file and backup in the data folder after the user types {@value #CONFIRM} (or gives
 * {@code --yes}); the shipped data comes back with the next, empty database. Refuses while the app has the data
 * open.
 */
@Command(name = "wipe", description = "Overwrite and delete every database, key file and backup in the data "
        + "folder, after you type " + WipeCommand.CONFIRM + " (or give --yes).")
final class WipeCommand extends TerminalCommand {

    static final String CONFIRM = "ERASE";
    static final String USAGE = "Usage: relocation-planner wipe [--data-dir PATH] [--yes]";

    @Option(names = "--yes", description = "erase without asking")
    boolean yes;

    @Option(names = "--data-dir", paramLabel = "PATH", description = "the data folder to erase")
    String dataDir;

    WipeCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    public Integer call() {
        PrintStream out = terminal.out();
        PrintStream err = terminal.err();
        DataFolder folder = Cli.folder(dataDir);
        if (!Files.isDirectory(folder.dir())) {
            out.println("wipe: nothing to erase in " + folder.dir());
            return 0;
        }
        try {
            for (Path db : folder.databases()) {
                if (inUse(db.resolveSibling(db.getFileName() + ".mv.db"))) {
                    err.println("wipe: Relocation Planner has " + db.getFileName()
                            + ".mv.db open. Quit it (or use Settings > Erase all my data) and run this again.");
                    return 1;
                }
            }
            if (!yes) {
                String typed = terminal.confirmation().get();
                if (typed == null) {
                    err.println("wipe: no console to confirm on; add --yes to erase without asking");
                    return 2;
                }
                if (!typed.strip().equals(CONFIRM)) {
                    out.println("wipe: not confirmed; nothing was erased");
                    return 1;
                }
            }
            new DataSafety(folder, terminal.clock()).wipeEverything();
        } catch (IOException e) {
            err.println(Cli.oneLine("wipe: not everything could be erased in " + folder.dir() + ": "
                    + e.getMessage()));
            return 1;
        }
        out.println("wipe: all personal data and backups in " + folder.dir()
                + " were overwritten and deleted; the shipped data returns on the next start");
        return 0;
    }

    /** Whether another program (the app) holds the database file's lock. */
    static boolean inUse(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false; // cannot be opened for writing: the wipe will say so
        }
    }
}
