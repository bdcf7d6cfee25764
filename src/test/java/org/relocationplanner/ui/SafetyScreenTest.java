package org.relocationplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.relocationplanner.service.DataFolder;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.RecordRepository;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.ui.common.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Data safety as a user meets it: a password, the lock, backups and the quick wipe. */
class SafetyScreenTest extends AppUiTest {

    static final String PASSWORD = "river-stone-42";
    static final String NOTE = "Flat above the bakery on Marjanishvili";

    @Start
    void start(javafx.stage.Stage stage) {
        startApp(stage);
    }

    @Override
    protected Locale systemLocale() {
        return I18n.ENGLISH;
    }



    /** The app closed, a trip written into its data, and the app opened again. */
    private void withTrip(FxRobot robot) throws Exception {
        robot.interact(() -> planner.stop());
        try (Database db = Database.open(new DataFolder(app.dataDir).databaseBase())) {
            new RecordRepository(db).saveTrips(List.of(new Trip("GE", LocalDate.of(2026, 10, 1), null, NOTE)));
        }
        restart(robot);
    }

    private void setPassword(FxRobot robot) {
        robot.clickOn("#nav-settings");
        clickScrolled(robot, "#setPassword");
        robot.clickOn("#newPassword").write(PASSWORD);
        robot.clickOn("#repeatPassword").write(PASSWORD);
        robot.clickOn("#passwordOk");
        assertEquals("Your data is now encrypted with your password. The unencrypted file was overwritten and "
                + "deleted.", robot.lookup("#settingsInfo .content").queryLabeled().getText());
        robot.clickOn("OK");
    }

    private Path databaseFile() {
        Path base = new DataFolder(app.dataDir).databaseBase();
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    @Test
    void theFirstStartOffersAPasswordOnce(FxRobot robot) {
        assertTrue(robot.lookup("#passwordOffer").query().isVisible());
        robot.clickOn("#passwordOfferOpen");
        assertTrue(shown(robot, "#settingsView"));
        assertTrue(shown(robot, "#setPassword"));
        assertFalse(robot.lookup("#passwordOffer").query().isVisible());
        restart(robot);
        assertFalse(robot.lookup("#passwordOffer").query().isVisible(), "offered once, not at every start");
    }

    @Test
    void aPasswordEncryptsTheDataAndTheNextStartAsksForIt(FxRobot robot) throws Exception {
        withTrip(robot);
        assertTrue(new String(Files.readAllBytes(databaseFile()), StandardCharsets.ISO_8859_1).contains("bakery"));
        robot.clickOn("#nav-settings");
        clickScrolled(robot, "#setPassword");
        robot.clickOn("#newPassword").write("short");
        assertEquals("Use at least 8 characters.", text(robot, "#passwordProblem"));
        assertTrue(robot.lookup("#passwordOk").query().isDisabled());
        robot.clickOn("#newPassword").type(javafx.scene.input.KeyCode.END).eraseText(5).write(PASSWORD);
        robot.clickOn("#repeatPassword").write(PASSWORD + "x");
        assertEquals("The two passwords differ.", text(robot, "#passwordProblem"));
        robot.clickOn("#repeatPassword").type(javafx.scene.input.KeyCode.END).eraseText(1);
        assertEquals("", text(robot, "#passwordProblem"));
        robot.clickOn("#passwordOk");
        robot.clickOn("OK");
        assertEquals("Data encrypted with your password", text(robot, "#statusLock"));
        assertFalse(new String(Files.readAllBytes(databaseFile()), StandardCharsets.ISO_8859_1).contains("bakery"),
                "the encrypted file shows the trip");
        try (var files = Files.list(app.dataDir)) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".mv.db")).count(), "the plain file is gone");
        }

        restart(robot);
        assertTrue(shown(robot, "#lockView"));
        assertFalse(shown(robot, "#topDeadline"), "nothing personal before the password");
        robot.clickOn("#unlockPassword").write("not-the-password");
        robot.clickOn("#unlockButton");
        assertEquals("Wrong password. Nothing was changed; try again.",
                text(robot, "#unlockMessage"));
        robot.clickOn("#unlockPassword").write(PASSWORD);
        robot.clickOn("#unlockButton");
        assertTrue(shown(robot, "#mainView"));
        robot.clickOn("#nav-timeline");
        assertTrue(robot.lookup("#areaStatuses .label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText().contains("Georgia")), "the trip in Georgia is read from the encrypted file");
        assertEquals("Data encrypted with your password", text(robot, "#statusLock"));
    }

    @Test
    void theWindowLocksOnRequestAndWhenLeftIdle(FxRobot robot) throws Exception {
        setPassword(robot);
        clickScrolled(robot, "#lockNow");
        assertTrue(shown(robot, "#lockView"));
        // a message of background work that ends now (a backup's path) waits behind the lock
        boolean[] told = new boolean[1];
        robot.interact(() -> org.relocationplanner.ui.common.MessageGate.show(() -> told[0] = true));
        assertFalse(told[0], "nothing shows over the lock screen");
        assertFalse(shown(robot, "#mainView"));
        robot.clickOn("#unlockPassword").write(PASSWORD);
        robot.clickOn("#unlockButton");
        assertTrue(shown(robot, "#settingsView"), "back where the user was");
        assertTrue(told[0], "the message shows after the password");

        robot.clickOn("#nav-timeline");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.CONTROL);
        assertTrue(shown(robot, "#lockView"), "Ctrl+L locks");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCode.CONTROL);
        assertFalse(shown(robot, "#tripDialog"), "no trip form behind the lock");
        robot.clickOn("#unlockPassword").write(PASSWORD);
        robot.clickOn("#unlockButton");
        robot.clickOn("#nav-settings");

        @SuppressWarnings("unchecked")
        ComboBox<Integer> autoLock = robot.lookup("#autoLockChoice").queryAs(ComboBox.class);
        robot.interact(() -> autoLock.setValue(5));
        app.clock.advance(Duration.ofMinutes(4));
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        assertFalse(shown(robot, "#lockView"), "four idle minutes: still open");
        clickScrolled(robot, "#changePassword");
        app.clock.advance(Duration.ofMinutes(3));
        robot.write("typing"); // typing into the dialog is use of the app, too
        app.clock.advance(Duration.ofMinutes(3));
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        assertFalse(shown(robot, "#lockView"), "six minutes after the last click, but the user was typing");
        app.clock.advance(Duration.ofMinutes(3));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#lockView"));
        assertFalse(shown(robot, "#passwordDialog"), "an open dialog closes with the lock");
        // the lock hides the menu; quitting is still one click (or Ctrl+Q) away, and nothing personal shows
        assertEquals(0, app.quits);
        // pressed on the window's own scene (a query across windows raced the lock's change of root in full runs)
        robot.interact(() -> ((javafx.scene.control.Button) stage.getScene().lookup("#lockQuit")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, app.quits, "Quit on the lock screen quits");
        assertFalse(stage.isShowing(), "the window went first");
        robot.interact(stage::show); // the next start, in the same test window
        restart(robot);
        robot.clickOn("#unlockPassword").write(PASSWORD);
        robot.clickOn("#unlockButton");
        robot.clickOn("#nav-settings");
        assertEquals(5, robot.lookup("#autoLockChoice").queryAs(ComboBox.class).getValue(), "the setting is kept");
    }

    private void chooseCountry(FxRobot robot, String code) {
        robot.clickOn("#nav-settings");
        @SuppressWarnings("unchecked")
        ComboBox<String> country = robot.lookup("#currentCountryChoice").queryAs(ComboBox.class);
        robot.interact(() -> country.setValue(code));
    }

    @Test
    void aBackupRestoresTheDataAndABrokenOneIsRefusedChangingNothing(FxRobot robot) throws Exception {
        setPassword(robot);
        chooseCountry(robot, "GE");
        Path backup = app.dataDir.getParent().resolve("backup-" + System.nanoTime() + ".rpbackup.json");
        app.files.add(backup);
        clickScrolled(robot, "#backupNow");
        assertEquals("The backup is in " + backup + ". It is encrypted with your password.",
                robot.lookup("#settingsInfo .content").queryLabeled().getText());
        robot.clickOn("OK");
        assertFalse(Files.readString(backup).contains("profile.country"), "the backup is sealed");

        chooseCountry(robot, "AM");
        assertTrue(text(robot, "#topCountry").startsWith("Now in Armenia"));
        Path broken = app.dataDir.getParent().resolve("broken-" + System.nanoTime() + ".rpbackup.json");
        byte[] good = Files.readAllBytes(backup);
        Files.write(broken, java.util.Arrays.copyOf(good, good.length / 2));
        app.files.add(broken);
        clickScrolled(robot, "#restoreBackup");
        assertEquals(broken.getFileName() + " is not a backup of this app. Nothing was changed.",
                robot.lookup("#settingsError .content").queryLabeled().getText());
        robot.clickOn("OK");
        assertTrue(text(robot, "#topCountry").startsWith("Now in Armenia"));

        app.files.add(backup);
        clickScrolled(robot, "#restoreBackup");
        robot.clickOn("#backupPassword").write("wrong-password");
        robot.clickOn("#backupPasswordOk");
        assertTrue(robot.lookup("#settingsError .content").queryLabeled().getText().startsWith(
                "The password does not open"));
        robot.clickOn("OK");
        assertTrue(text(robot, "#topCountry").startsWith("Now in Armenia"));

        Path before = new DataFolder(app.dataDir).databaseBase();
        app.files.add(backup);
        clickScrolled(robot, "#restoreBackup");
        robot.clickOn("#backupPassword").write(PASSWORD);
        robot.clickOn("#backupPasswordOk");
        assertTrue(shown(robot, "#restoreConfirm"));
        robot.clickOn("#restoreGo");
        robot.clickOn("OK");
        assertTrue(text(robot, "#topCountry").startsWith("Now in Georgia"), text(robot, "#topCountry"));
        assertTrue(Files.exists(before.resolveSibling(before.getFileName() + ".mv.db")), "the data before is kept");
        assertEquals("Data encrypted with your password", text(robot, "#statusLock"));
    }

    @Test
    void erasingEverythingLeavesAnEmptyAppWithTheShippedData(FxRobot robot) throws Exception {
        withTrip(robot);
        setPassword(robot);
        chooseCountry(robot, "GE");
        restart(robot); // writes the first automatic backup on the way out
        robot.clickOn("#unlockPassword").write(PASSWORD);
        robot.clickOn("#unlockButton");
        assertTrue(Files.list(app.dataDir.resolve("backups")).findAny().isPresent());
        robot.clickOn("#nav-settings");
        clickScrolled(robot, "#wipeEverything");
        assertTrue(shown(robot, "#wipeConfirm"));
        robot.clickOn("#wipeGo");
        assertEquals("All your data and backups were erased. The app continues with an empty data file.",
                robot.lookup("#settingsInfo .content").queryLabeled().getText());
        robot.clickOn("OK");
        assertEquals("Current country not set (Settings)", text(robot, "#topCountry"));
        assertEquals("Data not encrypted", text(robot, "#statusLock"));
        assertFalse(Files.exists(app.dataDir.resolve("backups")));
        try (var files = Files.list(app.dataDir)) {
            assertEquals(List.of("planner.mv.db"), files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("focus-")).sorted().toList());
        }
        robot.clickOn("#nav-compare");
        assertTrue(shown(robot, "#rankingTable"), "the shipped country data is still there");
    }
}
