package org.relocationplanner.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.relocationplanner.domain.Dataset;

/**
 * A host-country dataset or a rate history as maintainers publish them between releases: a file anyone can pass on
 * (a chat, a USB stick), which the app takes only when its Ed25519 signature verifies against the maintainers' public
 * key built into the app. The file: a first line {@value #MAGIC}, a line {@code signature: BASE64}, an empty line,
 * and the payload whose bytes the signature covers: the dataset JSON (the format of the shipped
 * {@code destinations.json}) or the rate history (the shipped {@code rates.csv.gz}, gzip'd).
 */
public final class DataPack {

    public static final String MAGIC = "relocation-planner data pack 1";
    /** The largest pack read: the country data is about 1 MB, the rate history about 3 MB. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    public static final String KEY_RESOURCE = "/org/relocationplanner/data/maintainers-ed25519.pub";
    private static final String SIGNATURE = "signature: ";

    /** Why a pack was refused. */
    public enum Reason { NOT_A_PACK, UNSIGNED, BAD_SIGNATURE, BROKEN_DATASET }

    /** A pack that is refused: nothing of it was taken. */
    public static final class DataPackException extends Exception {
        private final Reason reason;

        public DataPackException(Reason reason, String detail) {
            super(detail);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private DataPack() {
    }

    /** A signed pack of {@code datasetJson}. */
    public static byte[] sign(byte[] datasetJson, PrivateKey key) throws GeneralSecurityException {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(key);
        s.update(datasetJson);
        String head = MAGIC + "\n" + SIGNATURE + Base64.getEncoder().encodeToString(s.sign()) + "\n\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(h, h.length + datasetJson.length);
        System.arraycopy(datasetJson, 0, out, h.length, datasetJson.length);
        return out;
    }

    /** What a pack carries: a dataset or a rate history (the other is null). */
    public record Payload(Dataset dataset, ShippedRates.History rates) {
    }

    /** The dataset in a pack, when its signature verifies against {@code key} and the dataset reads. */
    public static Dataset open(byte[] pack, PublicKey key) throws DataPackException {
        Payload p = openAny(pack, key);
        if (p.dataset() == null) {
            throw new DataPackException(Reason.BROKEN_DATASET, "the pack holds rates, not a country dataset");
        }
        return p.dataset();
    }

    /** The dataset or rate history in a pack, when its signature verifies against {@code key} and the payload reads. */
    public static Payload openAny(byte[] pack, PublicKey key) throws DataPackException {
        byte[] magic = (MAGIC + "\n").getBytes(StandardCharsets.US_ASCII);
        if (pack.length < magic.length || !Arrays.equals(Arrays.copyOf(pack, magic.length), magic)) {
            throw new DataPackException(Reason.NOT_A_PACK, "the file does not begin with \"" + MAGIC + "\"");
        }
        int lineEnd = indexOf(pack, (byte) '\n', magic.length);
        String line = lineEnd < 0 ? "" : new String(pack, magic.length, lineEnd - magic.length,
                StandardCharsets.US_ASCII);
        if (!line.startsWith(SIGNATURE) || lineEnd + 1 >= pack.length || pack[lineEnd + 1] != '\n') {
            throw new DataPackException(Reason.UNSIGNED, "the file has no signature line");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(line.substring(SIGNATURE.length()).strip());
        } catch (IllegalArgumentException e) {
            throw new DataPackException(Reason.UNSIGNED, "the signature is not Base64");
        }
        byte[] payload = Arrays.copyOfRange(pack, lineEnd + 2, pack.length);
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(payload);
            if (!s.verify(signature)) {
                throw new DataPackException(Reason.BAD_SIGNATURE,
                        "the signature does not match the maintainers' key: the file was changed or not signed by them");
            }
        } catch (java.security.SignatureException e) {
            throw new DataPackException(Reason.BAD_SIGNATURE, "the signature is malformed");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of the JDK", e);
        }
        return read(payload);
    }

    /** A payload as the signature covers it: a gzip'd rate history or a dataset's JSON. */
    public static Payload read(byte[] payload) throws DataPackException {
        if (payload.length > 1 && (payload[0] & 0xff) == 0x1f && (payload[1] & 0xff) == 0x8b) {
            try {
                return new Payload(null, ShippedRates.read(payload));
            } catch (RuntimeException e) {
                throw new DataPackException(Reason.BROKEN_DATASET, "the signed rates cannot be read: "
                        + e.getMessage());
            }
        }
        try {
            return new Payload(DatasetReader.read(new ByteArrayInputStream(payload)), null);
        } catch (DatasetFormatException | RuntimeException e) {
            throw new DataPackException(Reason.BROKEN_DATASET, "the signed dataset cannot be read: " + e.getMessage());
        }
    }

    private static int indexOf(byte[] a, byte b, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The maintainers' public key built into the app. */
    public static PublicKey builtInKey() {
        try (InputStream in = DataPack.class.getResourceAsStream(KEY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The maintainers' key is missing: " + KEY_RESOURCE);
            }
            return publicKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A public key from its Base64 X.509 form (the {@code .pub} file). */
    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key", e);
        }
    }

    /** A private key from its Base64 PKCS #8 form (the maintainers' {@code .key} file, never in the repository). */
    public static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an Ed25519 private key", e);
        }
    }
}
