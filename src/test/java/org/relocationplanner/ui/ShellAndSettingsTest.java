package org.relocationplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.relocationplanner.ui.common.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The window around the screens, and Settings: a Russian-speaking user's first minutes. */
class ShellAndSettingsTest extends AppUiTest {

    @Start
    void start(javafx.stage.Stage stage) {
        startApp(stage);
    }

    @Override
    protected Locale systemLocale() {
        return new Locale("ru", "RU");
    }


    @Test
    void aRussianSystemGetsARussianWindowWithDatasetAndPrivacyFactsInSight(FxRobot robot) {
        assertEquals("Планировщик переезда", stage.getTitle());
        assertEquals("Сравнение", text(robot, "#nav-compare"));
        assertEquals("Паспорт: RU", text(robot, "#topPassport"));
        assertEquals("Данные о странах, версия 6 от 5 декабря 2026", text(robot, "#statusDataset"));
        assertEquals("Данные не зашифрованы", text(robot, "#statusLock"));
        assertTrue(robot.lookup("#rankingTable").tryQuery().isPresent());
    }

    @Test
    void everySidebarButtonOpensItsScreen(FxRobot robot) {
        robot.clickOn("#nav-rates");
        assertTrue(robot.lookup("#ratesView").tryQuery().isPresent());
        assertTrue(robot.lookup("#nav-rates").queryAs(ToggleButton.class).isSelected());
        robot.clickOn("#nav-budget");
        assertTrue(robot.lookup("#budgetView").tryQuery().isPresent());
        robot.clickOn("#nav-timeline");
        assertTrue(robot.lookup("#timelineView").tryQuery().isPresent());
        robot.clickOn("#nav-compare");
        assertTrue(robot.lookup("#rankingTable").tryQuery().isPresent());
    }

    @Test
    void switchingToEnglishRebuildsTheWindowAndIsRememberedWithTheLastScreen(FxRobot robot) {
        robot.clickOn("#nav-settings");
        @SuppressWarnings("unchecked")
        ComboBox<Locale> language = robot.lookup("#languageChoice").queryAs(ComboBox.class);
        robot.interact(() -> language.setValue(I18n.ENGLISH));
        assertEquals("Compare", text(robot, "#nav-compare"));
        assertEquals("Settings", text(robot, "#nav-settings"));
        assertTrue(robot.lookup("#settingsView").tryQuery().isPresent(), "the user stays on Settings");

        restart(robot);
        assertEquals("Compare", text(robot, "#nav-compare"), "the chosen language wins over the system's");
        assertTrue(robot.lookup("#settingsView").tryQuery().isPresent(), "the last screen opens again");
    }

    /** Issue 16: switching the language lost the Timeline's zoom, the earliest-stay question and Compare's filter. */
    @Test
    void switchingTheLanguageKeepsWhatEachScreenShowed(FxRobot robot) {
        robot.clickOn("#nav-compare");
        robot.interact(() -> robot.lookup("#filterField").queryAs(javafx.scene.control.TextField.class)
                .setText("Груз"));
        robot.clickOn("#nav-timeline");
        robot.clickOn("#zoom-month");
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> days = robot.lookup("#earliestDays").queryAs(
                javafx.scene.control.Spinner.class);
        robot.interact(() -> days.getValueFactory().setValue(30));
        robot.clickOn("#nav-settings");
        @SuppressWarnings("unchecked")
        ComboBox<Locale> language = robot.lookup("#languageChoice").queryAs(ComboBox.class);
        robot.interact(() -> language.setValue(I18n.ENGLISH));
        assertEquals("Settings", text(robot, "#nav-settings"));

        robot.clickOn("#nav-timeline");
        assertTrue(robot.lookup("#zoom-month").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "the month zoom is kept");
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> after = robot.lookup("#earliestDays").queryAs(
                javafx.scene.control.Spinner.class);
        assertEquals(30, after.getValue());
        robot.clickOn("#nav-compare");
        assertEquals("Груз", robot.lookup("#filterField").queryAs(javafx.scene.control.TextField.class)
                .getText());
    }

    @Test
    void theCurrentCountryShowsItsStayRuleInTheTopBarAndIsKept(FxRobot robot) {
        assertEquals("Текущая страна не указана (Настройки)", text(robot, "#topCountry"));
        robot.clickOn("#nav-settings");
        @SuppressWarnings("unchecked")
        ComboBox<String> country = robot.lookup("#currentCountryChoice").queryAs(ComboBox.class);
        robot.interact(() -> country.setValue("KZ"));
        assertEquals("Сейчас: Казахстан, 90 дн. в пределах 180 дн.", text(robot, "#topCountry"));
        // typing a filter that does not match empties the searchable box for a moment (ControlsFX issue #1604);
        // that is not a choice of "no country", and nothing of it is kept
        robot.interact(() -> country.setValue(null));
        assertEquals("Сейчас: Казахстан, 90 дн. в пределах 180 дн.", text(robot, "#topCountry"));
        restart(robot);
        assertEquals("Сейчас: Казахстан, 90 дн. в пределах 180 дн.", text(robot, "#topCountry"));
        assertEquals(app.dataDir.toAbsolutePath().toString(),
                robot.lookup("#dataFolderPath").queryAs(Label.class).getText());
    }

    @Test
    void aDataUpdateSignedByAnyoneButTheMaintainersIsRefusedAndChangesNothing(FxRobot robot) throws Exception {
        java.security.KeyPair stranger = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] json;
        try (java.io.InputStream in = getClass().getResourceAsStream(
                org.relocationplanner.io.DatasetReader.SHIPPED_RESOURCE)) {
            json = in.readAllBytes();
        }
        java.nio.file.Path pack = app.dataDir.getParent().resolve("update-" + System.nanoTime() + ".rpdata");
        java.nio.file.Files.write(pack, org.relocationplanner.io.DataPack.sign(json, stranger.getPrivate()));
        robot.clickOn("#nav-settings");
        app.files.add(pack);
        clickScrolled(robot, "#importDataUpdate");
        assertEquals("Файл " + pack.getFileName() + " подписан не разработчиками приложения или изменён после подписания. "
                + "Ничего не изменено.", robot.lookup("#settingsError .content").queryLabeled().getText());
        robot.clickOn("OK");
        assertEquals("Данные о странах, версия 6 от 5 декабря 2026", text(robot, "#statusDataset"));
    }
}
