package org.relocationplanner.cli;

import org.relocationplanner.service.RatesService;
import org.relocationplanner.service.PackService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;
import org.relocationplanner.data.Database;
import org.relocationplanner.io.DataPack;

/**
 * Signed dataset updates:
 * <pre>
 * relocation-planner dataset import FILE [--data-dir PATH]            take a maintainers' data pack
 * relocation-planner dataset keygen --out DIR                         (maintainers) make a key pair
 * relocation-planner dataset sign --key FILE --in JSON|rates.csv.gz --out FILE   (maintainers) sign a dataset or rates
 * </pre>
 */
@Command(name = "dataset", description = "Signed data updates: take a maintainers' data pack; for maintainers, "
        + "make a key pair and sign a dataset or rate history.", subcommands = {DatasetCommands.Import.class,
        DatasetCommands.Keygen.class, DatasetCommands.Sign.class})
final class DatasetCommands extends TerminalCommand {

    static final String USAGE = "Usage: relocation-planner dataset import FILE | dataset keygen --out DIR | "
            + "dataset sign --key FILE --in destinations.json --out FILE";

    DatasetCommands(Terminal terminal) {
        super(terminal);
    }

    @Override
    public Integer call() {
        terminal.err().println(USAGE);
        return 2;
    }

    @Command(name = "import", description = "Take a signed data pack (.rpdata): country data or a rate history, "
            + "only when the signature verifies and it is newer.")
    static final class Import extends TerminalCommand {
        @Parameters(paramLabel = "FILE", description = "the data pack")
        String file;
        @Option(names = "--data-dir", paramLabel = "PATH", description = "the data folder to install it in")
        String dataDir;

        Import(Terminal terminal) {
            super(terminal);
        }

        @Override
        public Integer call() {
            return guarded(terminal, () -> importPack(Path.of(file), dataDir, DataPack.builtInKey(), terminal));
        }
    }

    @Command(name = "keygen", description = "(maintainers) Make an Ed25519 key pair.")
    static final class Keygen extends TerminalCommand {
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write the two files")
        String out;

        Keygen(Terminal terminal) {
            super(terminal);
        }

        @Override
        public Integer call() {
            return guarded(terminal, () -> keygen(Path.of(out), terminal.out()));
        }
    }

    @Command(name = "sign", description = "(maintainers) Sign destinations.json or rates.csv.gz into a data pack.")
    static final class Sign extends TerminalCommand {
        @Option(names = "--key", required = true, paramLabel = "FILE", description = "the private key")
        String key;
        @Option(names = "--in", required = true, paramLabel = "FILE", description = "destinations.json or rates.csv.gz")
        String in;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the pack to write")
        String out;

        Sign(Terminal terminal) {
            super(terminal);
        }

        @Override
        public Integer call() {
            return guarded(terminal, () -> sign(Path.of(key), Path.of(in), Path.of(out), terminal.out()));
        }
    }

    /** A step that may fail on a file or a key. */
    private interface Step {
        int run() throws IOException, GeneralSecurityException;
    }

    private static int guarded(Terminal terminal, Step step) {
        PrintStream err = terminal.err();
        try {
            return step.run();
        } catch (NoSuchFileException e) {
            err.println("dataset: " + e.getFile() + ": no such file");
            return 2;
        } catch (FileAlreadyExistsException e) {
            err.println("dataset: " + e.getFile() + " exists already; nothing was overwritten");
            return 2;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            err.println(Cli.oneLine("dataset: " + e.getMessage()));
            return 2;
        }
    }

    /**
     * Verifies a pack against {@code key} and installs its country dataset or rate history when it is newer than the
     * one installed.
     */
    static int importPack(Path file, String dataDir, PublicKey key, Terminal terminal) throws IOException {
        PrintStream out = terminal.out();
        PrintStream err = terminal.err();
        long size = Files.size(file);
        if (size > DataPack.MAX_BYTES) {
            err.println(Cli.oneLine("dataset import: " + file + " refused: it is " + (size + 1024 * 1024 - 1) / (1024 * 1024) + " MB; a "
                    + "data pack of at most " + DataPack.MAX_BYTES / (1024 * 1024) + " MB is read; nothing was changed"));
            return 2;
        }
        byte[] pack = Files.readAllBytes(file);
        try {
            PackService.check(pack, key); // the whole pack, before the user's database is opened
        } catch (DataPack.DataPackException e) {
            err.println(Cli.oneLine("dataset import: " + file + " refused: " + e.getMessage()
                    + "; nothing was changed"));
            return 2;
        }
        Database db = RatesService.open(Cli.folder(dataDir), err, "dataset import", terminal.password());
        if (db == null) {
            return 1;
        }
        try (db) {
            PackService.Installed done = PackService.install(db, pack, key);
            out.println(file.getFileName() + (done.rates() ? ": rate history version " + done.version()
                    + " installed; your own and imported rates are kept"
                    : ": dataset version " + done.version() + " installed; your own values and notes are kept"));
            return 0;
        } catch (PackService.NotNewer e) {
            err.println("dataset import: " + file + " holds " + (e.rates() ? "rate history" : "dataset") + " version "
                    + e.version() + ", not newer than the installed one; nothing was changed");
            return 2;
        } catch (DataPack.DataPackException e) {
            err.println(Cli.oneLine("dataset import: " + file + " refused: " + e.getMessage()
                    + "; nothing was changed"));
            return 2;
        }
    }

    private static int keygen(Path dir, PrintStream out) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.createDirectories(dir);
        Path priv = dir.resolve("maintainers-ed25519.key");
        Path pub = dir.resolve("maintainers-ed25519.pub");
        if (Files.getFileStore(dir).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            // the private key readable by its owner only, from the moment it exists
            Files.createFile(priv, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            Files.writeString(priv, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n",
                    StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        } else {
            Files.writeString(priv, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n",
                    StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.CREATE_NEW);
        }
        Files.writeString(pub, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n",
                StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.CREATE_NEW);
        out.println("Wrote " + priv + " (keep it secret, never in the repository) and " + pub);
        return 0;
    }

    private static int sign(Path key, Path in, Path target, PrintStream out)
            throws IOException, GeneralSecurityException {
        byte[] json = Files.readAllBytes(in);
        try {
            DataPack.read(json); // a country dataset's JSON or a gzip'd rate history, as the app reads them
        } catch (DataPack.DataPackException e) {
            throw new IllegalArgumentException(in + " is not a dataset or rate history the app reads: "
                    + e.getMessage());
        }
        byte[] pack = DataPack.sign(json, DataPack.privateKey(Files.readString(key).strip()));
        Files.write(target, pack, java.nio.file.StandardOpenOption.CREATE_NEW);
        out.println("Signed " + in.getFileName() + " into " + target);
        return 0;
    }
}
