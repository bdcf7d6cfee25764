package org.relocationplanner.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/** The app's own PBKDF2-HMAC-SHA256 (issue 20: unlock under the client compiler) gives the standard's bytes. */
class Pbkdf2Sha256Test {

    /** RFC 7914 (The scrypt Password-Based Key Derivation Function), section 11: the two PBKDF2-HMAC-SHA256 vectors. */
    @Test
    void rfc7914TestVectors() {
        assertEquals("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783",
                HexFormat.of().formatHex(Pbkdf2Sha256.derive("passwd".toCharArray(),
                        "salt".getBytes(StandardCharsets.US_ASCII), 1, 64)));
        assertEquals("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d",
                HexFormat.of().formatHex(Pbkdf2Sha256.derive("Password".toCharArray(),
                        "NaCl".getBytes(StandardCharsets.US_ASCII), 80_000, 64)));
    }

    /**
     * The JDK's PBKDF2WithHmacSHA256 (SunJCE), which made every key of a database protected before: the same bytes
     * for Cyrillic, emoji, a lone surrogate, a password longer than HMAC's 64-byte block (hashed first), salts
     * of every allowed length, and output lengths that end inside a block.
     */
    @Test
    void theSameBytesAsTheJdkOnRandomInput() throws Exception {
        Random random = new Random(20);
        String alphabet = "abcXYZ019 !~пароль ЁёЪъ\u00e9\u4e2d\ud83d\ude00\ud800";
        for (int n = 0; n < 300; n++) {
            int length = n < 150 ? 1 + n : 1 + random.nextInt(200);
            char[] password = new char[length];
            for (int i = 0; i < length; i++) {
                password[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            byte[] salt = new byte[8 + random.nextInt(57)];
            random.nextBytes(salt);
            int iterations = 1 + random.nextInt(300);
            int bytes = 1 + random.nextInt(100);
            byte[] jdk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password, salt, iterations, bytes * 8)).getEncoded();
            assertArrayEquals(jdk, Pbkdf2Sha256.derive(password, salt, iterations, bytes),
                    "password of " + length + " chars, salt " + salt.length + ", rounds " + iterations);
        }
    }

    @Test
    void aDatabaseKeyIsTheOneTheJdkMadeBefore() throws Exception {
        char[] password = "длинная фраза-пароль 2026".toCharArray();
        byte[] salt = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
        byte[] jdk = SecretKeyFactory.getInstance(DatabaseKey.KDF)
                .generateSecret(new PBEKeySpec(password, salt, DatabaseKey.ITERATIONS, 256)).getEncoded();
        assertArrayEquals(jdk, Pbkdf2Sha256.derive(password, salt, DatabaseKey.ITERATIONS, 32));
    }

    @Test
    void roundsAndLengthMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Pbkdf2Sha256.derive("a".toCharArray(), new byte[8], 0, 32));
        assertThrows(IllegalArgumentException.class, () -> Pbkdf2Sha256.derive("a".toCharArray(), new byte[8], 1, 0));
    }
}
