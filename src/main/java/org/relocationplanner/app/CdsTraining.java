package org.relocationplanner.app;

import org.relocationplanner.service.DataFolder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run of the packaged app's class-data archive (AppCDS), started by the packaging with
 * {@code -Drelocationplanner.cdsTraining=true} and {@code -XX:ArchiveClassesAtExit}. It needs no display: it loads
 * (without initialising) the classes a first window uses, listed in {@code cds-classes.txt}, and opens a database
 * in a temporary folder, which runs the migrations and installs the shipped data. Nothing of the user's is read.
 */
final class CdsTraining {

    static final String PROPERTY = "relocationplanner.cdsTraining";
    static final String CLASS_LIST = "cds-classes.txt";

    private CdsTraining() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Returns how many listed classes were loaded. */
    static int run() throws Exception {
        int loaded = loadListedClasses();
        Path dir = Files.createTempDirectory("relocation-planner-training");
        try {
            org.relocationplanner.service.Session.Opened opened = org.relocationplanner.service.Session.openAndRead(new DataFolder(dir), Clock.systemDefaultZone(), null);
            opened.db().close();
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return loaded;
    }

    static int loadListedClasses() throws IOException {
        ClassLoader loader = CdsTraining.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = CdsTraining.class.getResourceAsStream(CLASS_LIST)) {
            if (in == null) {
                return 0;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class of another system, or gone since the list was made: it loads as usual
                }
            }
        }
        return loaded;
    }
}
