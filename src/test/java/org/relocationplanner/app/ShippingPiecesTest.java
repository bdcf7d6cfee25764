package org.relocationplanner.app;

import org.relocationplanner.service.DataFolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.relocationplanner.ui.common.Theme;
import org.relocationplanner.ui.common.UiPreferences;

/** The pieces below the window that shipping added: the system's look, the moved folder, the CDS training list. */
class ShippingPiecesTest {

    @Test
    void theSystemsDarkLookIsReadTheWayEachSystemKeepsIt() {
        assertEquals(Optional.of(true), SystemTheme.prefersDark("Linux", cmd -> cmd.contains("color-scheme")
                ? "'prefer-dark'\n" : "'Adwaita'\n"));
        assertEquals(Optional.of(true), SystemTheme.prefersDark("Linux", cmd -> cmd.contains("color-scheme")
                ? "'default'\n" : "'Adwaita-dark'\n"), "an older GNOME: a dark GTK theme");
        assertEquals(Optional.of(false), SystemTheme.prefersDark("Linux", cmd -> cmd.contains("color-scheme")
                ? "'default'\n" : "'Yaru'\n"));
        assertEquals(Optional.empty(), SystemTheme.prefersDark("Linux", cmd -> null), "no gsettings: not known");
        assertEquals(Optional.of(true), SystemTheme.prefersDark("Windows 11", cmd ->
                "\n    AppsUseLightTheme    REG_DWORD    0x0\n"));
        assertEquals(Optional.of(false), SystemTheme.prefersDark("Windows 11", cmd ->
                "\n    AppsUseLightTheme    REG_DWORD    0x1\n"));
        assertEquals(Optional.of(true), SystemTheme.prefersDark("Mac OS X", cmd -> "Dark\n"));
        assertEquals(Optional.of(false), SystemTheme.prefersDark("Mac OS X", cmd -> null), "no key: the light look");
        assertTrue(Theme.SYSTEM.isDark(true));
        assertFalse(Theme.SYSTEM.isDark(null), "not known: light");
        assertTrue(Theme.DARK.isDark(false));
        assertFalse(Theme.LIGHT.isDark(true));
    }

    @Test
    void aFolderMovedInSettingsIsUsedUnlessTheCommandLineOrTheEnvironmentNamesOne() {
        Path home = Path.of("/home/anna");
        Path moved = Path.of("/media/usb/planner");
        DataFolder f = DataFolder.resolve(null, Map.of(), "Linux", home, moved);
        assertEquals(moved, f.dir());
        assertFalse(f.given(), "a moved folder can be moved again");
        DataFolder option = DataFolder.resolve("/tmp/x", Map.of(), "Linux", home, moved);
        assertEquals(Path.of("/tmp/x"), option.dir());
        assertTrue(option.given());
        assertTrue(DataFolder.resolve(null, Map.of(DataFolder.ENV, "/srv/p"), "Linux", home, moved).given());
        assertEquals(home.resolve(".local/share/relocation-planner"),
                DataFolder.resolve(null, Map.of(), "Linux", home, null).dir());
    }

    @Test
    void windowPlaceThemeAndMovedFolderAreKeptInTheMachinesPreferences() throws Exception {
        Preferences node = Preferences.userRoot().node("relocation-planner-tests/" + UUID.randomUUID());
        try {
            UiPreferences prefs = new UiPreferences(node);
            assertEquals(Theme.SYSTEM, prefs.theme());
            assertTrue(prefs.window().isEmpty());
            prefs.setTheme(Theme.DARK);
            prefs.setWindow(new UiPreferences.WindowBounds(10, 20, 1100, 700, true));
            prefs.setDataFolder(Path.of("/media/usb/planner"));
            UiPreferences again = new UiPreferences(node);
            assertEquals(Theme.DARK, again.theme());
            assertEquals(new UiPreferences.WindowBounds(10, 20, 1100, 700, true), again.window().orElseThrow());
            assertEquals(Path.of("/media/usb/planner"), again.dataFolder().orElseThrow());
            node.put("theme", "PURPLE");
            assertEquals(Theme.SYSTEM, again.theme(), "an unknown value: as the system");
        } finally {
            node.removeNode();
        }
    }

    @Test
    void theCdsTrainingListNamesClassesThatLoad() throws Exception {
        int loaded = CdsTraining.loadListedClasses();
        assertTrue(loaded > 3000, "the first window's classes are listed and load: " + loaded);
        List<String> names = List.of(new String(CdsTraining.class.getResourceAsStream(CdsTraining.CLASS_LIST)
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n"));
        assertTrue(names.contains("org.relocationplanner.app.Planner"));
        assertTrue(names.contains("javafx.scene.control.TableView"));
    }
}
