package org.relocationplanner.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.relocationplanner.domain.Rate;

/**
 * The rate history that ships with the app ({@code rates.csv.gz}, built by {@code src/dataset/build_rates.py}):
 * rubles per unit of every shipped destination's currency, from the Central Bank of Armenia's cross rates, the
 * ECB's reference rates and market snapshots, each row with its source.
 */
public final class ShippedRates {

    public static final String RESOURCE = "/org/relocationplanner/data/rates.csv.gz";

    private ShippedRates() {
    }

    /** The shipped history and its version. */
    public record History(int version, List<Rate> rates) {
    }

    public static int version() {
        try (BufferedReader r = open()) {
            return version(r.readLine());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static History read() {
        try (BufferedReader r = open()) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A rate history in the shipped format (gzip'd {@code # version=N}, a header, {@code date,currency,rate,source}
     * rows), as a signed rate pack carries it; a malformed one is an {@link IllegalArgumentException} naming the
     * line.
     */
    public static History read(byte[] gzipped) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                new java.io.ByteArrayInputStream(gzipped)), StandardCharsets.UTF_8))) {
            return read(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a gzip'd rate history: " + e.getMessage());
        }
    }

    private static History read(BufferedReader r) throws IOException {
        {
            int version = version(r.readLine());
            r.readLine(); // the header
            List<Rate> rates = new ArrayList<>(130_000);
            String line;
            int n = 2;
            while ((line = r.readLine()) != null) {
                n++;
                int a = line.indexOf(',');
                int b = line.indexOf(',', a + 1);
                int c = line.indexOf(',', b + 1);
                try {
                    rates.add(new Rate(RatesReader.isoDay(line.substring(0, a)), line.substring(a + 1, b),
                            new BigDecimal(line.substring(b + 1, c)), line.substring(c + 1)));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("line " + n + " is not date,currency,rate,source: " + line);
                }
            }
            return new History(version, rates);
        }
    }

    private static int version(String first) {
        if (first == null || !first.startsWith("# version=")) {
            throw new IllegalArgumentException("the rate history has no version line");
        }
        try {
            return Integer.parseInt(first.substring("# version=".length()).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the version line is not a number: " + first);
        }
    }

    private static BufferedReader open() throws IOException {
        InputStream in = ShippedRates.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("The shipped rates are missing: " + RESOURCE);
        }
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
    }
}
