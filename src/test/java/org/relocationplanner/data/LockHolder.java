package org.relocationplanner.data;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A second JVM that opens the database and holds it, as another running copy of the app would. */
public final class LockHolder {

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]))) {
            System.out.println("OPEN");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    /** Starts the holder and returns once it has the database open. */
    public static Process start(Path base) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                base.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals("OPEN")) {
                return p;
            }
        }
        throw new IllegalStateException("the lock holder did not open the database");
    }
}
