package org.relocationplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.relocationplanner.ui.shell.Screen;

/** Every screen has its guide in both languages, and the About credits exist in both. */
class HelpFilesTest {

    private static String read(String name) throws Exception {
        try (InputStream in = HelpFilesTest.class.getResourceAsStream("/org/relocationplanner/help/" + name)) {
            assertNotNull(in, "missing help file " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyScreenHasAGuideInRussianAndEnglishOfTheSameShape() throws Exception {
        for (Screen s : Screen.values()) {
            String name = "guide-" + s.name().toLowerCase(Locale.ROOT);
            String en = read(name + "_en.txt");
            String ru = read(name + "_ru.txt");
            assertTrue(ru.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC), name);
            assertEquals(en.lines().filter(l -> l.startsWith("- ")).count(),
                    ru.lines().filter(l -> l.startsWith("- ")).count(), name + ": as many points in both languages");
            assertTrue(en.length() > 400, name + " says something");
        }
        for (String lang : new String[] {"en", "ru"}) {
            String credits = read("credits_" + lang + ".txt");
            for (String piece : new String[] {"OpenJFX", "H2", "Jdbi", "Jackson", "AtlantaFX", "ControlsFX"}) {
                assertTrue(credits.contains(piece), lang + " credits name " + piece);
            }
        }
    }
}
