package org.relocationplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.relocationplanner.ui.budget.BudgetViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Budget and Rates screens as a user drives them, on the shipped rates ("today" is 22 November 2026; the
 * newest shipped lari rate is the market snapshot of 31 December 2025: 29.54068 rubles).
 */
class BudgetScreenTest extends AppUiTest {

    @Start
    void start(Stage stage) {
        startApp(stage);
    }

    @Override
    protected Locale systemLocale() {
        return Locale.UK;
    }

    private static void fill(FxRobot robot, String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(f::clear);
        robot.clickOn(f).write(text);
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<BudgetViewModel.ScenarioKind> scenario(FxRobot robot) {
        return robot.lookup("#budgetScenario").queryAs(ChoiceBox.class);
    }

    private static String runway(FxRobot robot) {
        return robot.lookup("#budgetRunway").queryLabeled().getText();
    }

    @Test
    void anIncomeAndAnExpenseGiveARunwayThatAScenarioChanges(FxRobot robot) {
        robot.clickOn("#nav-budget");
        robot.clickOn("#add-incomes");
        fill(robot, "#incomeName", "salary");
        fill(robot, "#incomeAmount", "150000");
        robot.clickOn("Save");
        robot.clickOn("#add-expenses");
        fill(robot, "#expenseCategory", "rent and living");
        fill(robot, "#expenseAmount", "5000");
        robot.clickOn("Save");
        robot.clickOn("#add-savings");
        fill(robot, "#savingAmount", "3000");
        fill(robot, "#savingCurrency", "GEL");
        robot.clickOn("Save");
        // 150,000 / 29.54068 = 5,077.74 lari against 5,000: a little over every month
        assertEquals("Your savings last beyond the 60 months of the plan.", runway(robot));

        @SuppressWarnings("unchecked")
        ChoiceBox<BudgetViewModel.ScenarioKind> scenario = robot.lookup("#budgetScenario").queryAs(ChoiceBox.class);
        robot.interact(() -> scenario.setValue(BudgetViewModel.ScenarioKind.SHOCK));
        // the ruble 20 % weaker from December: 36.92585 rubles, 4,062.19 lari arrive, 937.81 short a month;
        // 3,077.74 after November lasts December, January and February, not March
        assertEquals("Your savings run out in March 2027: they last 4 months.", runway(robot));

        restart(robot);
        robot.clickOn("#nav-budget");
        assertEquals(1, robot.lookup("#incomesTable").queryAs(javafx.scene.control.TableView.class).getItems().size());
        assertEquals(1, robot.lookup("#expensesTable").queryAs(javafx.scene.control.TableView.class).getItems()
                .size());
        assertEquals(BudgetViewModel.ScenarioKind.SHOCK, scenario(robot).getValue(), "the scenario is kept too");
        assertEquals("Your savings run out in March 2027: they last 4 months.", runway(robot), "the plan is kept");
    }

    @Test
    void aBadAmountIsNamedAndTheFormStaysOpen(FxRobot robot) {
        robot.clickOn("#nav-budget");
        robot.clickOn("#add-expenses");
        fill(robot, "#expenseAmount", "five");
        robot.clickOn("Save");
        assertEquals("\u201cAmount\u201d: \u201cfive\u201d is not an amount of 0 or more.",
                robot.lookup("#expenseForm #formError").queryLabeled().getText());
        robot.clickOn("Cancel");
    }

    @Test
    void aRatesFileImportedFromTheRatesScreenIsCountedAndShown(FxRobot robot) throws IOException {
        Path file = app.dataDir.getParent().resolve("cbr-" + System.nanoTime() + ".csv");
        Files.writeString(file, "date,currency,rate,source\n2026-11-20,GEL,30.5,CBR\n2026-11-21,GEL,30.7,CBR\n",
                StandardCharsets.UTF_8);
        robot.clickOn("#nav-rates");
        app.files.add(file);
        robot.clickOn("#importRates");
        assertEquals(file.getFileName() + ": 2 added, 0 updated, 0 already stored.",
                robot.lookup("#budgetInfo .content").queryLabeled().getText());
        robot.clickOn("OK");
        assertEquals("GEL: 30.7 RUB on 21 November 2026 (Central Bank of Russia)",
                robot.lookup("#summary-GEL").queryLabeled().getText());
        assertTrue(robot.lookup("#stale-GEL").tryQuery().isEmpty(), "a rate from yesterday is not stale");
        assertEquals("Exchange rates up to 21 November 2026", robot.lookup("#statusRates").queryLabeled().getText());
    }

    @Test
    void aBrokenRatesFileIsRefusedWithItsLineAndNothingChanges(FxRobot robot) throws IOException {
        Path file = app.dataDir.getParent().resolve("bad-" + System.nanoTime() + ".csv");
        Files.writeString(file, "date,currency,rate,source\n2026-11-20,GEL,30.5,CBR\n2026-11-21,GEL,-1,CBR\n",
                StandardCharsets.UTF_8);
        robot.clickOn("#nav-rates");
        app.files.add(file);
        robot.clickOn("#importRates");
        String message = robot.lookup("#budgetError .content").queryLabeled().getText();
        assertTrue(message.startsWith(file.getFileName() + ", line 3, field \u201crate\u201d: "), message);
        assertTrue(message.endsWith("Nothing was imported."), message);
        robot.clickOn("OK");
        assertTrue(robot.lookup("#summary-GEL").queryLabeled().getText().contains("31 December 2025"),
                "still the shipped rate");
    }

    @Test
    void theSamePlanInEveryDestinationIsReachedFromCompare(FxRobot robot) {
        robot.clickOn("#nav-compare");
        robot.clickOn("#budgetElsewhereButton");
        assertTrue(robot.lookup("#budgetView").tryQuery().isPresent());
        javafx.scene.control.TabPane tabs = robot.lookup("#budgetTabs").queryAs(javafx.scene.control.TabPane.class);
        assertEquals(2, tabs.getSelectionModel().getSelectedIndex());
        javafx.scene.control.TableView<?> table = robot.lookup("#budgetElsewhere")
                .queryAs(javafx.scene.control.TableView.class);
        assertEquals(37, table.getItems().size(), "every shipped destination, known or not");
    }
}
