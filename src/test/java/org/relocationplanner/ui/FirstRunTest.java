package org.relocationplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.relocationplanner.service.DataFolder;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DatabaseKey;
import org.relocationplanner.data.SettingsRepository;
import org.relocationplanner.ui.common.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A new user's first start: five questions, a password if they want one, then the Timeline with a hint. */
class FirstRunTest extends AppUiTest {

    @Start
    void start(javafx.stage.Stage stage) {
        startApp(stage);
    }

    @Override
    protected Locale systemLocale() {
        return I18n.ENGLISH;
    }

    @Override
    protected boolean firstRun() {
        return true;
    }

    @Test
    void aNewUserAnswersInRussianSetsAPasswordAndLandsOnTheTimelineWithAHint(FxRobot robot) throws Exception {
        assertTrue(shown(robot, "#firstRun"));
        assertFalse(shown(robot, "#mainView"), "no screens before the questions");
        assertEquals("Next", text(robot, "#firstRunNext"));

        robot.clickOn("#firstRunLanguage-ru");
        assertEquals("Далее", text(robot, "#firstRunNext"), "the assistant speaks the chosen language at once");
        assertEquals("Планировщик переезда", stage.getTitle());
        robot.clickOn("#firstRunNext");

        assertTrue(shown(robot, "#firstRunPassport"));
        MenuButton others = robot.lookup("#firstRunOtherPassports").queryAs(MenuButton.class);
        robot.interact(() -> others.getItems().stream().filter(i -> i.getText().equals("Израиль")).findFirst()
                .map(javafx.scene.control.CheckMenuItem.class::cast).orElseThrow().setSelected(true));
        assertEquals("Израиль", others.getText());
        assertTrue(others.getItems().stream().anyMatch(i -> i.getText().equals("Беларусь")),
                "any passport the data has rules for, not only the destinations' (issue 17)");
        // Back keeps the answers
        robot.clickOn("#firstRunBack");
        robot.clickOn("#firstRunNext");
        assertEquals("Израиль", robot.lookup("#firstRunOtherPassports").queryAs(MenuButton.class).getText());
        robot.clickOn("#firstRunNext");

        @SuppressWarnings("unchecked")
        ComboBox<String> country = robot.lookup("#firstRunCountry").queryAs(ComboBox.class);
        robot.interact(() -> country.setValue("GE"));
        robot.clickOn("#firstRunNext");
        @SuppressWarnings("unchecked")
        ComboBox<String> currency = robot.lookup("#firstRunIncomeCurrency").queryAs(ComboBox.class);
        assertEquals("RUB", currency.getValue());
        robot.interact(() -> currency.setValue("USD"));
        robot.clickOn("#firstRunNext");

        assertEquals("Готово", text(robot, "#firstRunNext"));
        robot.clickOn("#firstRunPassword").write("short");
        robot.clickOn("#firstRunPasswordRepeat").write("short");
        robot.clickOn("#firstRunNext");
        assertEquals("В пароле должно быть не меньше 8 символов.", text(robot, "#firstRunProblem"));
        robot.clickOn("#firstRunPassword").type(KeyCode.END).eraseText(5).write("river-stone-42");
        robot.clickOn("#firstRunPasswordRepeat").type(KeyCode.END).eraseText(5).write("river-stone-4");
        robot.clickOn("#firstRunNext");
        assertEquals("Пароли не совпадают.", text(robot, "#firstRunProblem"));
        robot.clickOn("#firstRunPasswordRepeat").type(KeyCode.END).write("2");
        robot.clickOn("#firstRunNext");

        assertTrue(shown(robot, "#mainView"));
        assertTrue(shown(robot, "#timelineView"), "the first start ends on the Timeline");
        assertTrue(robot.lookup("#hintBar").query().isVisible());
        assertTrue(text(robot, "#hintText").startsWith("Дальше: добавьте свои поездки"));
        assertFalse(robot.lookup("#passwordOffer").query().isVisible(), "the password was asked already");
        assertEquals("Данные зашифрованы вашим паролем", text(robot, "#statusLock"));
        assertEquals("Сейчас: Грузия, 365 дн. за въезд", text(robot, "#topCountry"));
        robot.clickOn("#hintDismiss");
        assertFalse(robot.lookup("#hintBar").query().isVisible());

        // kept: encrypted, answered, and the next start asks for the password, not the questions
        Path base = new DataFolder(app.dataDir).databaseBase();
        assertTrue(DatabaseKey.isProtected(base));
        assertFalse(new String(Files.readAllBytes(base.resolveSibling(base.getFileName() + ".mv.db")),
                StandardCharsets.ISO_8859_1).contains("profile.country"), "the answers are in the encrypted file");
        robot.interact(() -> planner.stop());
        try (Database db = Database.open(base, DatabaseKey.forDatabase(base, "river-stone-42".toCharArray()))) {
            SettingsRepository settings = new SettingsRepository(db);
            assertEquals("GE", settings.get("profile.country").orElseThrow());
            assertEquals("IL", settings.get("profile.other_passports").orElseThrow());
            assertEquals("USD", settings.get("profile.income_currency").orElseThrow());
            assertEquals("RU", settings.get("profile.passport").orElseThrow());
            assertEquals(java.util.Optional.of(org.relocationplanner.io.ShippedRates.version()),
                    new org.relocationplanner.data.RateRepository(db).shippedVersion(),
                    "the shipped rates were stored while the questions were answered (issue 20), and kept encrypted");
        }
        restart(robot);
        assertTrue(shown(robot, "#lockView"));
        assertFalse(shown(robot, "#firstRun"));
    }

    @Test
    void withoutAPasswordTheDataStaysPlainAndTheQuestionsAreNotAskedAgain(FxRobot robot) {
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#firstRunNext");
        }
        robot.type(KeyCode.ENTER); // Finish is the default button: the keyboard alone gets through
        assertTrue(shown(robot, "#timelineView"));
        assertEquals("Data not encrypted", text(robot, "#statusLock"));
        assertFalse(DatabaseKey.isProtected(new DataFolder(app.dataDir).databaseBase()));
        restart(robot);
        assertFalse(shown(robot, "#firstRun"));
        assertTrue(shown(robot, "#timelineView"), "the last screen opens again");
        assertFalse(robot.lookup("#hintBar").query().isVisible(), "the hint shows once");
    }
}
