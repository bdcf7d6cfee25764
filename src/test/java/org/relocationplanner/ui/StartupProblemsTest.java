package org.relocationplanner.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.app.Planner;
import org.relocationplanner.app.StartupDialogs;
import org.relocationplanner.app.TestApp;
import org.relocationplanner.data.DatabaseProblem;
import org.relocationplanner.data.LockHolder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Database trouble at start-up becomes a question, the file is never changed, and the app keeps going. */
@ExtendWith(ApplicationExtension.class)
class StartupProblemsTest {

    @TempDir
    Path dataDir;

    private Stage stage;
    private Planner planner;
    private TestApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (planner != null) {
            robot.interact(() -> planner.stop());
        }
        if (app != null) {
            app.removePreferences();
        }
    }

    private void launch(FxRobot robot) {
        robot.interact(() -> {
            planner = new Planner(app.config(Locale.ENGLISH));
            planner.start(stage);
        });
    }

    @Test
    void aCorruptFileIsKeptAsItIsAndAFreshDatabaseStartsBesideIt(FxRobot robot) throws Exception {
        Files.createDirectories(dataDir);
        byte[] junk = new byte[32 * 1024];
        new Random(1).nextBytes(junk);
        Path file = dataDir.resolve("planner.mv.db");
        Files.write(file, junk);
        app = new TestApp(dataDir);
        app.freshAnswer = true;

        launch(robot);

        assertEquals(1, app.asked.size());
        assertEquals(DatabaseProblem.Kind.CORRUPT, app.asked.get(0).kind());
        assertEquals(file, app.asked.get(0).file());
        assertArrayEquals(junk, Files.readAllBytes(file), "the damaged file is untouched");
        assertTrue(robot.lookup("#rankingTable").tryQuery().isPresent(), "the app runs on a fresh database");
        try (var files = Files.list(dataDir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().matches("planner-\\d{8}-\\d{6}\\.mv\\.db")));
        }
        assertEquals(0, app.quits);
    }

    @Test
    void theDamagedFileKeptBesideAFreshStartCanBeChosenAgainInSettings(FxRobot robot) throws Exception {
        Files.createDirectories(dataDir);
        Files.write(dataDir.resolve("planner.mv.db"), new byte[] {1, 2, 3});
        app = new TestApp(dataDir);
        launch(robot);
        robot.clickOn("#nav-settings");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Path> others = robot.lookup("#otherDatabases")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(2, others.getItems().size(), "the fresh file in use and the damaged one kept");
        assertTrue(others.getItems().contains(dataDir.resolve("planner")));
        robot.interact(() -> others.setValue(dataDir.resolve("planner")));
        robot.clickOn("#useOtherDatabase");
        assertTrue(robot.lookup("#databaseMessage").queryLabeled().getText().startsWith("planner.mv.db opens"));

        robot.interact(() -> {
            planner.stop();
            planner = new Planner(app.config(Locale.ENGLISH));
            planner.start(stage);
        });
        assertEquals(2, app.asked.size(), "the next start opens the kept file and asks about it again");
        assertEquals(dataDir.resolve("planner.mv.db"), app.asked.get(1).file());
    }

    @Test
    void decliningAFreshDatabaseQuitsWithoutTouchingTheFile(FxRobot robot) throws Exception {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve("planner.mv.db");
        Files.write(file, new byte[] {1, 2, 3});
        app = new TestApp(dataDir);
        app.freshAnswer = false;
        launch(robot);
        assertEquals(1, app.quits);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(file));
    }

    @Test
    void aDatabaseHeldByAnotherCopyOffersToSwitchToIt(FxRobot robot) throws Exception {
        app = new TestApp(dataDir);
        app.lockedAnswer = StartupDialogs.LockedChoice.SWITCH_TO_OTHER;
        Process other = LockHolder.start(dataDir.resolve("planner"));
        try {
            launch(robot);
            assertEquals(DatabaseProblem.Kind.LOCKED, app.asked.get(0).kind());
            assertEquals(1, app.quits);
            assertTrue(Files.exists(dataDir.resolve("focus-request")), "the running copy is asked to come forward");
        } finally {
            other.destroy();
            other.waitFor();
        }
    }
}
