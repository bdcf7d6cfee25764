package org.relocationplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.Dataset;

/** Signed data packs, with a test key pair (the maintainers' private key is never in the repository). */
class DataPackTest {

    private static KeyPair maintainers;
    private static KeyPair stranger;

    /** A small dataset in the shipped format: the shipped file with its first destination only, version 99. */
    private static String dataset;

    @BeforeAll
    static void keys() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode root;
        try (java.io.InputStream in = DataPackTest.class.getResourceAsStream(DatasetReader.SHIPPED_RESOURCE)) {
            root = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(in);
        }
        root.put("version", 99);
        com.fasterxml.jackson.databind.node.ArrayNode all = (com.fasterxml.jackson.databind.node.ArrayNode)
                root.get("destinations");
        while (all.size() > 1) {
            all.remove(all.size() - 1);
        }
        dataset = Json.mapper().writeValueAsString(root);
        maintainers = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static byte[] pack() throws Exception {
        return DataPack.sign(dataset.getBytes(StandardCharsets.UTF_8), maintainers.getPrivate());
    }

    private static DataPack.Reason refused(byte[] pack, KeyPair key) {
        return assertThrows(DataPack.DataPackException.class, () -> DataPack.open(pack, key.getPublic())).reason();
    }

    @Test
    void aSignedPackOpensWithTheMaintainersKey() throws Exception {
        Dataset d = DataPack.open(pack(), maintainers.getPublic());
        assertEquals(99, d.info().version());
        assertEquals(1, d.destinations().size());
    }

    @Test
    void aTamperedUnsignedOrStrangersPackIsRefusedWithItsReason() throws Exception {
        byte[] tampered = pack();
        tampered[tampered.length - 20] ^= 1;
        assertEquals(DataPack.Reason.BAD_SIGNATURE, refused(tampered, maintainers));
        assertEquals(DataPack.Reason.BAD_SIGNATURE, refused(DataPack.sign(dataset.getBytes(StandardCharsets.UTF_8),
                stranger.getPrivate()), maintainers));
        assertEquals(DataPack.Reason.NOT_A_PACK, refused(dataset.getBytes(StandardCharsets.UTF_8), maintainers));
        assertEquals(DataPack.Reason.UNSIGNED, refused((DataPack.MAGIC + "\n\n" + dataset)
                .getBytes(StandardCharsets.UTF_8), maintainers));
        byte[] brokenJson = DataPack.sign("{\"version\": \"x\"}".getBytes(StandardCharsets.UTF_8),
                maintainers.getPrivate());
        assertEquals(DataPack.Reason.BROKEN_DATASET, refused(brokenJson, maintainers));
    }

    @Test
    void tenThousandRandomMutationsOfAGoodPackAreRefusedWithoutACrash() throws Exception {
        byte[] good = pack();
        Random random = new Random(11);
        int opened = 0;
        for (int i = 0; i < 10_000; i++) {
            byte[] bad;
            switch (i % 3) {
                case 0 -> { // flip bits
                    bad = good.clone();
                    for (int k = 0; k <= random.nextInt(4); k++) {
                        bad[random.nextInt(bad.length)] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> bad = java.util.Arrays.copyOf(good, random.nextInt(good.length)); // truncate
                default -> { // insert a random byte
                    int at = random.nextInt(good.length);
                    bad = new byte[good.length + 1];
                    System.arraycopy(good, 0, bad, 0, at);
                    bad[at] = (byte) random.nextInt(256);
                    System.arraycopy(good, at, bad, at + 1, good.length - at);
                }
            }
            try {
                DataPack.open(bad, maintainers.getPublic());
                opened++; // only a change that leaves the signed bytes and the signature as they were
            } catch (DataPack.DataPackException expected) {
                // refused, as it should be
            } catch (RuntimeException e) {
                fail("mutation " + i + " crashed the reader: " + e);
            }
        }
        assertEquals(0, opened, "no mutated pack is taken");
    }

    @Test
    void theBuiltInKeyIsAnEd25519Key() {
        assertEquals("EdDSA", DataPack.builtInKey().getAlgorithm());
    }
}
