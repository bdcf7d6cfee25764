package org.relocationplanner.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
                    rates.add(new Rate(day(line, a), line.substring(a + 1, b),
                            new BigDecimal(line.substring(b + 1, c)), line.substring(c + 1)));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("line " + n + " is not date,currency,rate,source: " + line);
                }
            }
            return new History(version, rates);
        }
    }

    /**
     * The YYYY-MM-DD day at the start of {@code line} (ending at {@code end}), without a formatter: 120,000 of them
     * through {@link LocalDate#parse} took a fifth of a second under the packaged app's compiler (issue 20).
     * Anything else goes to {@link LocalDate#parse}, which fails on it as before.
     */
    static LocalDate day(String line, int end) {
        if (end == 10 && line.charAt(4) == '-' && line.charAt(7) == '-') {
            int y = digits(line, 0, 4);
            int m = digits(line, 5, 7);
            int d = digits(line, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d); // an impossible day throws, as parse would
            }
        }
        return LocalDate.parse(line.substring(0, Math.max(0, end)));
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
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
