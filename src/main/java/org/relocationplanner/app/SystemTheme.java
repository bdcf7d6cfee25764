package org.relocationplanner.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether the system is set to a dark look, asked the way each system keeps it (JavaFX 21 cannot tell): GNOME's
 * {@code color-scheme} or a dark GTK theme on Linux, {@code AppsUseLightTheme} on Windows, {@code AppleInterfaceStyle}
 * on macOS. A local command, at most a second; empty when it cannot be told.
 */
final class SystemTheme {

    private SystemTheme() {
    }

    static Optional<Boolean> prefersDark() {
        return prefersDark(System.getProperty("os.name", ""), SystemTheme::output);
    }

    /** {@code run} gives a command's standard output, or null when it failed. */
    static Optional<Boolean> prefersDark(String osName, Function<List<String>, String> run) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String out = run.apply(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme"));
            if (out == null || !out.contains("AppsUseLightTheme")) {
                return Optional.empty();
            }
            return Optional.of(out.strip().endsWith("0x0"));
        }
        if (os.contains("mac")) {
            String out = run.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"));
            // the key is absent in the light look: the command fails
            return Optional.of(out != null && out.strip().equalsIgnoreCase("dark"));
        }
        String scheme = run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme != null && scheme.contains("prefer-dark")) {
            return Optional.of(true);
        }
        String gtk = run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"));
        if (gtk != null && gtk.toLowerCase(Locale.ROOT).contains("dark")) {
            return Optional.of(true);
        }
        return scheme != null || gtk != null ? Optional.of(false) : Optional.empty();
    }

    private static String output(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            p.getOutputStream().close();
            if (!p.waitFor(1, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
