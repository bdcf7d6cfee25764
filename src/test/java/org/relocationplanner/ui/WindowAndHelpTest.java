package org.relocationplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.relocationplanner.service.DataFolder;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.Theme;
import org.relocationplanner.ui.common.UiPreferences;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The window's menu and shortcuts, help, the look, the window's place, and the Settings added for shipping. */
class WindowAndHelpTest extends AppUiTest {

    @Start
    void start(javafx.stage.Stage stage) {
        startApp(stage);
    }

    @Override
    protected Locale systemLocale() {
        return I18n.ENGLISH;
    }

    private static void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof javafx.stage.Stage s
                && s.getOwner() != null).toList().forEach(Window::hide));
    }

    @Test
    void everyMenuActionShowsItsShortcutAndTheScreensAreReachedByKeyboard(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        java.util.List<MenuItem> items = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> !(i instanceof javafx.scene.control.SeparatorMenuItem)).toList();
        assertTrue(items.size() >= 20, "the main actions are in the menu: " + items.size());
        for (String id : new String[] {"menu-new-trip", "menu-import-trips", "menu-export-trips", "menu-export-calendar",
                "menu-backup", "menu-lock", "menu-quit", "menu-undo", "menu-guide", "menu-go-compare",
                "menu-go-settings"}) {
            MenuItem item = items.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() ->
                    new AssertionError("no menu item " + id));
            assertTrue(item.getAccelerator() != null, id + " has its shortcut in the menu");
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertTrue(shown(robot, "#timelineView"));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        assertTrue(shown(robot, "#budgetView"));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        assertTrue(shown(robot, "#settingsView"));
        // a screen's action from another screen: Ctrl+N goes to the Timeline and opens the trip form
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        assertTrue(shown(robot, "#tripCountry"), "Ctrl+N opens the trip form");
        assertTrue(shown(robot, "#timelineView"));
        robot.type(KeyCode.ESCAPE);
        assertFalse(shown(robot, "#tripCountry"));
    }

    /**
     * Issue 16: Ctrl+Q right after a backup crashed the JVM in GTK's key handling (JDK-8301219: the window was
     * destroyed while the key's TYPED event was still to come). Quit (and lock, the same way) now leaves the window
     * up until the event that asked for it is over, and then quits.
     */
    @Test
    void quitWaitsForTheKeyEventThatAskedForIt(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        java.util.function.Function<String, MenuItem> item = id -> bar.getMenus().stream().flatMap(m -> m.getItems()
                .stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        boolean[] showingAfterQuit = new boolean[1];
        robot.interact(() -> {
            item.apply("menu-quit").fire();
            showingAfterQuit[0] = stage.isShowing() && app.quits == 0;
        });
        assertTrue(showingAfterQuit[0], "within the event the window stays up and nothing has quit");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, app.quits, "then the app quits");
        assertFalse(stage.isShowing());
    }

    @Test
    void f1ShowsTheGuideOfTheScreenAndAboutNamesVersionDataAndSources(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        robot.type(KeyCode.F1);
        assertTrue(shown(robot, "#guideDialog"));
        String guide = robot.lookup("#guideDialog .label").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(guide.contains("Rates shows how many rubles one unit of a currency cost"), guide);
        closeDialogs(robot);

        robot.interact(() -> robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-about".equals(i.getId())).findFirst()
                .orElseThrow().fire());
        assertTrue(shown(robot, "#aboutDialog"));
        assertEquals("A development build, not a release", text(robot, "#aboutVersion"),
                "tests run from classes, not the packaged jar");
        assertEquals("Country data: version 6, dated 5 December 2026 (each value shows its own source and the date "
                + "it was checked)", text(robot, "#aboutDataset"));
        assertEquals("Drawing: in software (no graphics acceleration that JavaFX can use was found)",
                text(robot, "#aboutDrawing"), "Monocle draws in software, and no launcher remembered it");
        String credits = robot.lookup("#aboutCredits .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(credits.contains("H2") && credits.contains("World Bank") && credits.contains("Licence"), credits);
        closeDialogs(robot);
    }

    @Test
    void theLookIsChosenInSettingsOrTheMenuAndKeptForTheMachine(FxRobot robot) {
        assertFalse(Theme.darkInUse().get(), "light unless the system says dark");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        ComboBox<Theme> theme = robot.lookup("#themeChoice").queryAs(ComboBox.class);
        assertEquals(Theme.SYSTEM, theme.getValue());
        robot.interact(() -> theme.setValue(Theme.DARK));
        assertTrue(Theme.darkInUse().get());
        assertEquals(Theme.DARK, new UiPreferences(app.prefsNode).theme());
        restart(robot);
        assertTrue(Theme.darkInUse().get(), "dark again after a restart");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertFalse(Theme.darkInUse().get(), "Ctrl+Shift+T switches back to light");
        assertEquals(Theme.LIGHT, new UiPreferences(app.prefsNode).theme());
    }

    @Test
    void theWindowComesBackWhereAndAsLargeAsItWas(FxRobot robot) {
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        restart(robot);
        assertEquals(40, stage.getX(), 1);
        assertEquals(30, stage.getY(), 1);
        assertEquals(1000, stage.getWidth(), 1);
        assertEquals(700, stage.getHeight(), 1);
        UiPreferences.WindowBounds kept = new UiPreferences(app.prefsNode).window().orElseThrow();
        assertEquals(1000, kept.width(), 1);
    }

    @Test
    void warningStepsAreCheckedKeptAndColourTheDeadlines(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        Spinner<Integer> first = robot.lookup("#warningsFirst").queryAs(Spinner.class);
        @SuppressWarnings("unchecked")
        Spinner<Integer> last = robot.lookup("#warningsLast").queryAs(Spinner.class);
        assertEquals(30, first.getValue());
        robot.interact(() -> last.getValueFactory().setValue(20));
        assertEquals("The steps must run from the earliest to the latest, for example 30, 14, 7 (at most 365 days).",
                text(robot, "#warningsProblem"));
        robot.interact(() -> last.getValueFactory().setValue(3));
        assertEquals("", text(robot, "#warningsProblem"));
        robot.interact(() -> first.getValueFactory().setValue(60));
        restart(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        assertEquals(60, robot.lookup("#warningsFirst").queryAs(Spinner.class).getValue());
        assertEquals(3, robot.lookup("#warningsLast").queryAs(Spinner.class).getValue());
    }

    @Test
    void theDataFolderMovesToAnEmptyFolderAndTheAppGoesOnThere(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        ComboBox<String> country = robot.lookup("#currentCountryChoice").queryAs(ComboBox.class);
        robot.interact(() -> country.setValue("KZ"));
        Path old = app.dataDir;
        Path target = old.resolveSibling(old.getFileName() + "-moved");
        app.folderAnswer = target;
        clickScrolled(robot, "#moveDataFolder");
        assertTrue(text(robot, ".dialog-pane .content").startsWith("The data is now in " + target));
        closeDialogs(robot);
        assertEquals(target.toString(), text(robot, "#dataFolderPath"));
        assertEquals("Now in Kazakhstan: 90 days within 180", text(robot, "#topCountry"));
        assertTrue(Files.exists(new DataFolder(target).databaseBase().resolveSibling("planner.mv.db")));
        assertFalse(Files.exists(old.resolve("planner.mv.db")), "the old file is gone");
        assertEquals(target, new UiPreferences(app.prefsNode).dataFolder().orElseThrow());

        // a folder with other files in it (a USB stick's root) gets a folder of the app's inside
        Path usb = old.resolveSibling(old.getFileName() + "-usb");
        Files.createDirectories(usb.resolve("lost+found"));
        app.folderAnswer = usb;
        clickScrolled(robot, "#moveDataFolder");
        closeDialogs(robot);
        assertEquals(usb.resolve("relocation-planner").toString(), text(robot, "#dataFolderPath"));
        assertFalse(Files.exists(target), "nothing of the app's is left in the folder before");

        // the folder in use itself is refused (its app folder would lie inside it), and nothing moves
        app.folderAnswer = usb.resolve("relocation-planner");
        clickScrolled(robot, "#moveDataFolder");
        assertTrue(text(robot, ".dialog-pane .content").startsWith("The data was not moved"));
        closeDialogs(robot);
        assertTrue(Files.exists(usb.resolve("relocation-planner/planner.mv.db")));
        assertEquals("Now in Kazakhstan: 90 days within 180", text(robot, "#topCountry"));
    }
}
