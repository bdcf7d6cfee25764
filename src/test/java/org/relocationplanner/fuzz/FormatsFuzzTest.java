package org.relocationplanner.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.relocationplanner.io.DataPack;
import org.relocationplanner.io.DatasetFormatException;
import org.relocationplanner.io.DatasetReader;
import org.relocationplanner.io.PlanJson;
import org.relocationplanner.io.RatesFormatException;
import org.relocationplanner.io.RatesReader;
import org.relocationplanner.io.TripCsv;
import org.relocationplanner.io.TripCsvException;

/**
 * Issue 15: a fuzz run per file format the app reads, with a fixed seed and a bounded time (at most
 * {@link #BUDGET_MS} ms or {@link #ROUNDS} files per format, whichever comes first): a valid file's bytes flipped,
 * cut, repeated and spliced. Each reader answers or refuses with its own exception; any other exception fails.
 */
class FormatsFuzzTest {

    static final long BUDGET_MS = 6_000;
    static final int ROUNDS = 20_000;
    private static final long SEED = 20261205L;

    /** A reader that may refuse with its own exception only. */
    private interface Reader {
        void read(byte[] content) throws Exception;
    }

    private static DynamicTest format(String name, String valid, Reader reader, Class<?>... refusals) {
        return DynamicTest.dynamicTest(name, () -> {
            byte[] base = valid.getBytes(StandardCharsets.UTF_8);
            Random random = new Random(SEED ^ name.hashCode());
            long end = System.nanoTime() + BUDGET_MS * 1_000_000;
            int rounds = 0;
            for (; rounds < ROUNDS && System.nanoTime() < end; rounds++) {
                byte[] m = mutate(base, random);
                try {
                    reader.read(m);
                } catch (Exception e) {
                    if (java.util.Arrays.stream(refusals).noneMatch(c -> c.isInstance(e))) {
                        throw new AssertionError(name + ", round " + rounds + ": " + e + " for "
                                + new String(m, StandardCharsets.UTF_8), e);
                    }
                }
            }
            assertTrue(rounds > 20, name + ": only " + rounds + " files in the time");
        });
    }

    /** One to four byte flips, a cut, a repeated run or a splice of the file into itself. */
    static byte[] mutate(byte[] b, Random r) {
        byte[] m = b.clone();
        switch (r.nextInt(5)) {
            case 0 -> {
                for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                    m[r.nextInt(m.length)] = (byte) r.nextInt(256);
                }
            }
            case 1 -> m = java.util.Arrays.copyOf(m, r.nextInt(m.length));
            case 2 -> {
                int from = r.nextInt(m.length);
                int len = Math.min(m.length - from, 1 + r.nextInt(64));
                byte[] out = new byte[m.length + len * 3];
                System.arraycopy(m, 0, out, 0, from + len);
                for (int k = 1; k <= 3; k++) {
                    System.arraycopy(m, from, out, from + len * k, len);
                }
                System.arraycopy(m, from + len, out, from + len * 4, m.length - from - len);
                m = out;
            }
            case 3 -> {
                int cut = r.nextInt(m.length);
                int from = r.nextInt(m.length);
                byte[] out = new byte[cut + m.length - from];
                System.arraycopy(m, 0, out, 0, cut);
                System.arraycopy(m, from, out, cut, m.length - from);
                m = out;
            }
            default -> m[r.nextInt(m.length)] = "\",\n<>&;-+9e.\u0000".getBytes(StandardCharsets.UTF_8)[r.nextInt(12)];
        }
        return m;
    }

    @TestFactory
    java.util.stream.Stream<DynamicTest> everyFormatAnswersOrRefusesWithItsOwnException() throws Exception {
        String dataset;
        try (java.io.InputStream in = DatasetReader.class.getResourceAsStream(DatasetReader.SHIPPED_RESOURCE)) {
            dataset = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        java.security.KeyPair keys = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String pack = new String(DataPack.sign("{\"version\":1}".getBytes(StandardCharsets.UTF_8), keys.getPrivate()),
                StandardCharsets.ISO_8859_1);
        return java.util.stream.Stream.of(
                format("trips CSV", "country,entry,exit,note\nGE,2022-10-01,2023-01-15,\"first, long\"\nAM,2023-01-16,,\n",
                        b -> TripCsv.read(new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.UTF_8
                                .newDecoder())), TripCsvException.class, java.nio.charset.CharacterCodingException.class),
                format("rates, plain CSV", "date,currency,rate,source\n2024-01-01,GEL,33.5,CBR\n2024-01-02,GEL,33.7,CBR\n",
                        b -> RatesReader.parse(b, Map.of()), RatesFormatException.class),
                format("rates, ECB CSV", "Date,USD,RUB,TRY,\n2022-03-01,1.1,117.201,15.4,\n2022-02-28,1.12,98.5,15.6,\n",
                        b -> RatesReader.parse(b, Map.of()), RatesFormatException.class),
                format("rates, Bank of Russia daily XML", "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<ValCurs "
                        + "Date=\"01.04.2025\" name=\"Foreign Currency Market\"><Valute ID=\"R01235\"><NumCode>840"
                        + "</NumCode><CharCode>USD</CharCode><Nominal>1</Nominal><Value>84,0305</Value></Valute>"
                        + "</ValCurs>\n", b -> RatesReader.parse(b, Map.of()), RatesFormatException.class),
                format("rates, Bank of Russia dynamic XML", "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<ValCurs "
                        + "ID=\"R01239\" DateRange1=\"01.03.2026\" DateRange2=\"03.03.2026\" name=\"Foreign Currency "
                        + "Market Dynamic\"><Record Date=\"03.03.2026\" Id=\"R01239\"><Nominal>1</Nominal><Value>"
                        + "91,2345</Value></Record></ValCurs>\n", b -> RatesReader.parse(b, Map.of()),
                        RatesFormatException.class),
                format("budget plan JSON", "{\"host\":\"GEL\",\"start\":\"2026-01\",\"months\":24,\"incomes\":[{\"name\":"
                        + "\"salary\",\"amount\":\"150000\",\"currency\":\"RUB\",\"every\":\"month\"}],\"expenses\":"
                        + "[{\"category\":\"rent\",\"amount\":\"5000\",\"currency\":\"GEL\"}],\"savings\":[{\"name\":"
                        + "\"account\",\"amount\":\"3000\",\"currency\":\"GEL\"}]}",
                        b -> PlanJson.read(new String(b, StandardCharsets.UTF_8)), PlanJson.PlanFormatException.class),
                format("country dataset JSON", dataset, b -> DatasetReader.read(new ByteArrayInputStream(b)),
                        DatasetFormatException.class),
                format("signed data pack", pack, b -> DataPack.openAny(b, keys.getPublic()),
                        DataPack.DataPackException.class));
    }
}
