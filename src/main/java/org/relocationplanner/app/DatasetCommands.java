package org.relocationplanner.app;

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
import java.util.List;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DestinationRepository;
import org.relocationplanner.data.ShippedData;
import org.relocationplanner.domain.Dataset;
import org.relocationplanner.io.DataPack;

/**
 * Signed dataset updates:
 * <pre>
 * relocation-planner dataset import FILE [--data-dir PATH]            take a maintainers' data pack
 * relocation-planner dataset keygen --out DIR                         (maintainers) make a key pair
 * relocation-planner dataset sign --key FILE --in JSON|rates.csv.gz --out FILE   (maintainers) sign a dataset or rates
 * </pre>
 */
final class DatasetCommands {

    static final String USAGE = "Usage: relocation-planner dataset import FILE | dataset keygen --out DIR | "
            + "dataset sign --key FILE --in destinations.json --out FILE";

    private DatasetCommands() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        java.util.Map<String, String> o = new java.util.LinkedHashMap<>();
        String positional = null;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--") && i + 1 < args.size()) {
                o.put(a, args.get(++i));
            } else if (!a.startsWith("--") && positional == null) {
                positional = a;
            } else {
                err.println("dataset: unexpected " + a + ". " + USAGE);
                return 2;
            }
        }
        try {
            return switch (args.get(0)) {
                case "import" -> positional == null ? usage(err) : importPack(Path.of(positional),
                        o.get("--data-dir"), DataPack.builtInKey(), out, err);
                case "keygen" -> o.get("--out") == null ? usage(err) : keygen(Path.of(o.get("--out")), out);
                case "sign" -> o.get("--key") == null || o.get("--in") == null || o.get("--out") == null ? usage(err)
                        : sign(Path.of(o.get("--key")), Path.of(o.get("--in")), Path.of(o.get("--out")), out);
                default -> usage(err);
            };
        } catch (NoSuchFileException e) {
            err.println("dataset: " + e.getFile() + ": no such file");
            return 2;
        } catch (FileAlreadyExistsException e) {
            err.println("dataset: " + e.getFile() + " exists already; nothing was overwritten");
            return 2;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            err.println(StaysCommand.oneLine("dataset: " + e.getMessage()));
            return 2;
        }
    }

    private static int usage(PrintStream err) {
        err.println(USAGE);
        return 2;
    }

    /**
     * Verifies a pack against {@code key} and installs its country dataset or rate history when it is newer than the
     * one installed.
     */
    static int importPack(Path file, String dataDir, PublicKey key, PrintStream out, PrintStream err)
            throws IOException {
        byte[] pack = Files.readAllBytes(file);
        try {
            DataPack.openAny(pack, key);
        } catch (DataPack.DataPackException e) {
            err.println(StaysCommand.oneLine("dataset import: " + file + " refused: " + e.getMessage()
                    + "; nothing was changed"));
            return 2;
        }
        Database db = RateSupply.open(Launcher.defaultFolder(dataDir), err, "dataset import");
        if (db == null) {
            return 1;
        }
        try (db) {
            PackInstaller.Installed done = PackInstaller.install(db, pack, key);
            out.println(file.getFileName() + (done.rates() ? ": rate history version " + done.version()
                    + " installed; your own and imported rates are kept"
                    : ": dataset version " + done.version() + " installed; your own values and notes are kept"));
            return 0;
        } catch (PackInstaller.NotNewer e) {
            err.println("dataset import: " + file + " holds " + (e.rates() ? "rate history" : "dataset") + " version "
                    + e.version() + ", not newer than the installed one; nothing was changed");
            return 2;
        } catch (DataPack.DataPackException e) {
            err.println(StaysCommand.oneLine("dataset import: " + file + " refused: " + e.getMessage()
                    + "; nothing was changed"));
            return 2;
        }
    }

    private static int keygen(Path dir, PrintStream out) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.createDirectories(dir);
        Path priv = dir.resolve("maintainers-ed25519.key");
        Path pub = dir.resolve("maintainers-ed25519.pub");
        Files.writeString(priv, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n",
                StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.CREATE_NEW);
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
