package org.relocationplanner.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.relocationplanner.io.TestPhotos;
import org.relocationplanner.service.HistoryImport;

/**
 * Issue 18's targets: a generated Records.json of 2,000,000 positions to proposed trips in under 60 s with at most
 * 300 MB of heap (run with -Xmx300m), and 10,000 photos' metadata in under 60 s. The history moves between eight
 * cities of the countries users live in (a stay of 20 to 120 days each, a position every 75 seconds, some at sea
 * off Batumi, some in flight); the photos are small JPEGs with EXIF GPS and dates. Usage:
 * HistoryBench records|photos FOLDER [count]
 */
public final class HistoryBench {

    private static final double[][] CITIES = {{41.694, 44.834}, {40.181, 44.514}, {43.257, 76.929},
            {42.87, 74.59}, {44.804, 20.465}, {41.014, 28.950}, {32.081, 34.781}, {55.752, 37.616}};

    private HistoryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        boolean photos = args[0].equals("photos");
        int count = args.length > 2 ? Integer.parseInt(args[2]) : photos ? 10_000 : 2_000_000;
        long t0 = System.nanoTime();
        List<Path> input = List.of(photos ? photos(dir, count) : records(dir.resolve("Records.json"), count));
        System.out.printf("generated %,d %s in %.1f s%n", count, photos ? "photos" : "positions",
                (System.nanoTime() - t0) / 1e9);
        for (int run = 1; run <= 3; run++) {
            System.gc();
            long start = System.nanoTime();
            HistoryImport.Result r = new HistoryImport().propose(input, null, null, null, (f, n) -> { }, () -> false);
            double s = (System.nanoTime() - start) / 1e9;
            Runtime rt = Runtime.getRuntime();
            System.out.printf("run %d: %.1f s, %d trips from %,d positions (%,d placed, %,d at sea or in the air, %,d "
                    + "fast); heap limit %d MB, used after %d MB%n", run, s, r.trips().size(),
                    r.summary().positions(), r.summary().placed(), r.summary().atSea(), r.summary().fast(),
                    rt.maxMemory() >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }

    public static Path records(Path file, int count) throws IOException {
        Random random = new Random(18);
        Instant t = Instant.parse("2019-01-01T00:00:00Z");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\n  \"locations\": [");
            int city = 0;
            int left = 0;
            for (int i = 0; i < count; i++) {
                if (left == 0) {
                    city = (city + 1 + random.nextInt(CITIES.length - 1)) % CITIES.length;
                    left = (20 + random.nextInt(100)) * 1152; // days at one position every 75 s
                }
                left--;
                double lat = CITIES[city][0] + random.nextGaussian() * 0.02;
                double lon = CITIES[city][1] + random.nextGaussian() * 0.02;
                int velocity = 0;
                if (i % 5000 == 0) {
                    lat = 41.64; // off Batumi, within Georgia's territorial sea
                    lon = 41.45;
                } else if (i % 7001 == 0) {
                    velocity = 240; // a plane
                }
                w.write(i == 0 ? "\n" : ",\n");
                w.write("    {\n      \"latitudeE7\": " + Math.round(lat * 1e7) + ",\n      \"longitudeE7\": "
                        + Math.round(lon * 1e7) + ",\n      \"accuracy\": " + (5 + random.nextInt(40))
                        + ",\n      \"velocity\": " + velocity + ",\n      \"source\": \"WIFI\",\n"
                        + "      \"deviceTag\": 1234567,\n      \"timestamp\": \"" + t + "\"\n    }");
                t = t.plusSeconds(75);
            }
            w.write("\n  ]\n}\n");
        }
        System.out.printf("%s: %,d MB%n", file, Files.size(file) >> 20);
        return file;
    }

    static Path photos(Path dir, int count) throws IOException {
        Random random = new Random(18);
        for (int i = 0; i < count; i++) {
            double[] c = CITIES[(i / 300) % CITIES.length];
            int day = 1 + i / 300 % 28;
            TestPhotos.jpeg(dir.resolve(String.format("IMG_%05d.jpg", i)), c[0] + random.nextGaussian() * 0.01,
                    c[1] + random.nextGaussian() * 0.01, String.format("2023:%02d:%02d 12:%02d:00",
                            1 + i / 8400 % 12, day, i % 60), "+04:00", null, null);
        }
        return dir;
    }
}
