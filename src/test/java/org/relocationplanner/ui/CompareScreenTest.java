package org.relocationplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.Level;
import org.relocationplanner.domain.Levels;
import org.relocationplanner.domain.Ranking;
import org.relocationplanner.domain.Weights;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Compare screen, driven as a user would: filter, pick, weigh, override, restart. */
class CompareScreenTest extends AppUiTest {

    @Start
    void start(javafx.stage.Stage stage) {
        startApp(stage);
    }

    @Override
    protected Locale systemLocale() {
        return Locale.ENGLISH;
    }

    @SuppressWarnings("unchecked")
    private static TableView<Ranking.Entry> ranking(FxRobot robot) {
        return robot.lookup("#rankingTable").queryAs(TableView.class);
    }

    private static List<String> order(FxRobot robot) {
        return ranking(robot).getItems().stream().map(e -> e.country().code()).toList();
    }

    private static void filter(FxRobot robot, String text) {
        robot.clickOn("#filterField").push(KeyCode.ESCAPE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }

    @Test
    void theTextFilterFindsCountriesByEnglishOrRussianName(FxRobot robot) {
        assertTrue(order(robot).size() >= 30);
        filter(robot, "georg");
        assertEquals(List.of("GE"), order(robot));
        assertEquals("1 of 37 destinations", robot.lookup("#shownCount").queryAs(Label.class).getText());
        // the empty rows below the match say nothing, not some other country's source
        var emptyCells = robot.lookup("#rankingTable .table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().filter(c -> c.isEmpty() && c.getTableColumn() != null
                        && "col-STAY_ALLOWED".equals(c.getTableColumn().getId())).toList();
        assertTrue(!emptyCells.isEmpty());
        for (var cell : emptyCells) {
            robot.moveTo(cell);
            assertEquals(null, cell.getProperties().get("javafx.scene.control.Tooltip"));
        }
        var georgia = robot.lookup("#rankingTable .table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().filter(c -> !c.isEmpty() && c.getTableColumn() != null
                        && "col-STAY_ALLOWED".equals(c.getTableColumn().getId())).findFirst().orElseThrow();
        robot.moveTo(georgia);
        assertTrue(((javafx.scene.control.Tooltip) georgia.getProperties().get("javafx.scene.control.Tooltip"))
                .getText().contains("civil.ge"));
        robot.interact(() -> robot.lookup("#filterField").queryAs(javafx.scene.control.TextField.class)
                .setText("Казах"));
        assertEquals(List.of("KZ"), order(robot));
        filter(robot, "");
        assertEquals(37, order(robot).size());
    }

    @Test
    void quickFiltersKeepOnlyQualifyingDestinations(FxRobot robot) {
        int all = order(robot).size();
        robot.clickOn("#visaFreeFilter");
        List<String> visaFree = order(robot);
        assertTrue(visaFree.size() < all);
        assertTrue(visaFree.contains("GE") && !visaFree.contains("DE") && !visaFree.contains("US"));
        robot.clickOn("#russianFilter");
        assertEquals(List.of("AM", "GE", "IL", "KG", "KZ", "UZ"), order(robot).stream().sorted().toList());
        robot.clickOn("#visaFreeFilter").clickOn("#russianFilter").clickOn("#bankFilter");
        assertTrue(order(robot).contains("GE") && order(robot).contains("KZ"));
        assertFalse(order(robot).contains("MX"), "Mexico's bank access is unknown, so it is not kept");
    }

    @Test
    void pickingThreeCountriesShowsThemSideBySideWithTheBestValueMarked(FxRobot robot) {
        for (String name : List.of("Georgia", "Serbia", "Germany")) {
            filter(robot, name);
            robot.clickOn("#pick-" + order(robot).get(0));
        }
        filter(robot, "");
        robot.clickOn("#sideBySideTab");
        assertEquals("Side by side (3)", robot.lookup("#compareTabs").queryAs(javafx.scene.control.TabPane.class)
                .getTabs().get(1).getText());
        assertEquals(List.of("Criterion", "Georgia", "Serbia", "Germany"), sideColumns(robot));
        var cell = robot.lookup("#cell-GE-STAY_ALLOWED").query();
        assertTrue(cell.getStyleClass().contains("best-cell"), "365 days a year is the longest stay of the three");
        assertFalse(robot.lookup("#cell-DE-STAY_ALLOWED").query().getStyleClass().contains("best-cell"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> sideColumns(FxRobot robot) {
        TableView<?> t = robot.lookup("#sideBySideTable").queryAs(TableView.class);
        return t.getColumns().stream().map(c -> c.getText()).toList();
    }

    @Test
    void aSeventhPickIsRefusedWithAReason(FxRobot robot) {
        List<String> codes = order(robot).subList(0, 7);
        List<String> names = codes.stream().map(c -> name(robot, c)).toList();
        for (int i = 0; i < 6; i++) {
            filter(robot, names.get(i));
            robot.clickOn("#pick-" + codes.get(i));
        }
        filter(robot, names.get(6));
        robot.clickOn("#pick-" + codes.get(6));
        assertFalse(robot.lookup("#pick-" + codes.get(6)).queryAs(CheckBox.class).isSelected());
        assertEquals("At most 6 destinations fit side by side. Untick one first.",
                robot.lookup("#compareMessage").queryAs(Label.class).getText());
    }

    private static String name(FxRobot robot, String code) {
        return ranking(robot).getItems().stream().filter(e -> e.country().code().equals(code)).findFirst()
                .orElseThrow().country().destination().name().en();
    }

    @Test
    void changingAWeightReordersTheRankingAndExplainsTheScore(FxRobot robot) {
        List<String> before = order(robot);
        // only the price level matters: cheapest countries first
        for (Criterion c : Weights.defaults().asMap().keySet()) {
            Slider s = robot.lookup("#weight-" + c.name()).queryAs(Slider.class);
            robot.interact(s::requestFocus);
            robot.push(c == Criterion.PRICE_LEVEL ? KeyCode.END : KeyCode.HOME);
        }
        assertEquals("10", robot.lookup("#weightValue-PRICE_LEVEL").queryAs(Label.class).getText());
        List<String> after = order(robot);
        assertNotEquals(before, after);
        assertEquals("TJ", after.get(0), "Tajikistan has the lowest price level of the shipped countries");

        robot.clickOn("Georgia");
        List<String> why = robot.lookup("#scoreExplanation").queryAs(javafx.scene.layout.VBox.class).getChildren()
                .stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(why.get(0).startsWith("Georgia: "), why.toString());
        assertEquals("Known: 100% of your weight (10 of 10); what is not known counts as nothing.", why.get(1));
        assertTrue(why.get(2).startsWith("Price level (USA = 1): 0.30"), why.toString());

        // below the sliders, out of sight in a short window: reached with the keyboard as a user would tab to it
        robot.interact(() -> robot.lookup("#resetWeights").query().requestFocus());
        robot.push(KeyCode.SPACE);
        assertEquals(before, order(robot));
    }

    @Test
    void aValueOverriddenByTheUserIsMarkedKeptAfterRestartAndCanBeReset(FxRobot robot) {
        filter(robot, "Georgia");
        robot.clickOn("#pick-GE");
        filter(robot, "Serbia");
        robot.clickOn("#pick-RS");
        robot.clickOn("#sideBySideTab");
        showRow(robot, Criterion.RUSSIAN_USE);
        robot.doubleClickOn("#cell-GE-RUSSIAN_USE");
        robot.clickOn("#useOwnValue");
        @SuppressWarnings("unchecked")
        ComboBox<Level> level = robot.lookup("#ownLevel").queryAs(ComboBox.class);
        robot.interact(() -> level.setValue(Levels.CAN_BE_USED));
        robot.clickOn("#ownNote").write("Mostly in Tbilisi");
        robot.clickOn("#saveEdit");

        assertCellShows(robot, "GE", "RUSSIAN_USE", "can be used", true);
        String tip = tooltip(robot, "#cell-GE-RUSSIAN_USE");
        assertTrue(tip.contains("Built-in value: widely used"), tip);
        assertTrue(tip.contains("Mostly in Tbilisi"), tip);

        // a weight change and the picks survive a restart as well
        robot.clickOn("#rankingTab");
        Slider flights = robot.lookup("#weight-DIRECT_FLIGHTS").queryAs(Slider.class);
        robot.interact(flights::requestFocus);
        robot.push(KeyCode.END);
        assertEquals(10, (int) flights.getValue());
        restart(robot);

        assertEquals(10, (int) robot.lookup("#weight-DIRECT_FLIGHTS").queryAs(Slider.class).getValue());
        robot.clickOn("#sideBySideTab");
        assertEquals(List.of("Criterion", "Georgia", "Serbia"), sideColumns(robot));
        assertCellShows(robot, "GE", "RUSSIAN_USE", "can be used", true);

        robot.rightClickOn("#cell-GE-RUSSIAN_USE");
        robot.clickOn(menuItem(robot, "Reset to built-in value"));
        assertCellShows(robot, "GE", "RUSSIAN_USE", "widely used", false);
        assertTrue(tooltip(robot, "#cell-GE-RUSSIAN_USE").contains("Mostly in Tbilisi"), "the note stays");

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        assertCellShows(robot, "GE", "RUSSIAN_USE", "can be used", true);
    }

    @Test
    void everyValueShowsItsSourceAndDateAndOldOnesAreMarked(FxRobot robot) {
        filter(robot, "Kazakhstan");
        robot.clickOn("#pick-KZ");
        filter(robot, "Thailand");
        robot.clickOn("#pick-TH");
        robot.clickOn("#sideBySideTab");
        String kz = tooltip(robot, "#cell-KZ-STAY_ALLOWED");
        assertTrue(kz.contains("Source: RBC (Ministry of Internal Affairs of Kazakhstan); The Astana Times (as of 18"
                + " January 2023)"), kz);
        assertTrue(kz.contains("Marked old: values of this kind may change within 6 months of their source\u2019s date."),
                kz);
        assertTrue(robot.lookup("#cell-KZ-STAY_ALLOWED .badge-stale").tryQuery().isPresent());
        assertFalse(robot.lookup("#cell-TH-STAY_ALLOWED .badge-stale").tryQuery().isPresent(),
                "Thailand's rule was checked on 27 May 2026, less than the 6 months a stay rule stays fresh");
        assertEquals("30 days per entry", shownText(robot, "#cell-TH-STAY_ALLOWED"));
    }

    /** Scrolls the side-by-side table so that a criterion's row is in sight, as a user would with the wheel. */
    @SuppressWarnings("unchecked")
    private static void showRow(FxRobot robot, Criterion criterion) {
        javafx.scene.control.TableView<org.relocationplanner.ui.compare.SideBySideRow> table = robot.lookup(
                "#sideBySideTable").queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> table.scrollTo(table.getItems().stream().filter(r -> r.criterion() == criterion)
                .findFirst().orElseThrow()));
    }

    private static void assertCellShows(FxRobot robot, String code, String criterion, String text, boolean yours) {
        var cell = robot.lookup("#cell-" + code + "-" + criterion).query();
        assertEquals(text, shownText(robot, "#cell-" + code + "-" + criterion));
        assertEquals(yours, robot.from(cell).lookup(".badge-yours").tryQuery().isPresent());
    }

    private static String shownText(FxRobot robot, String cellQuery) {
        return robot.lookup(cellQuery + " .side-text").queryAs(javafx.scene.text.Text.class).getText();
    }

    /** Hovers the value, as a user would, and reads the tooltip that appears. */
    private static String tooltip(FxRobot robot, String cellQuery) {
        robot.moveTo(cellQuery + " .side-text");
        var content = robot.lookup(cellQuery + " .side-text").query().getParent();
        var tip = (javafx.scene.control.Tooltip) content.getProperties().get("javafx.scene.control.Tooltip");
        assertTrue(tip != null, "no tooltip on " + cellQuery);
        return tip.getText();
    }

    @Test
    void rightClickMenuOffersToEditAndResetOnlyWhenThereIsSomethingToReset(FxRobot robot) {
        filter(robot, "Armenia");
        robot.clickOn("#pick-AM");
        filter(robot, "Turkey");
        robot.clickOn("#pick-TR");
        robot.clickOn("#sideBySideTab");
        reveal(robot, Criterion.BANK_ACCOUNT);
        robot.rightClickOn("#cell-AM-BANK_ACCOUNT");
        assertFalse(disabled(menuItem(robot, "Set my own value or note\u2026")));
        assertTrue(disabled(menuItem(robot, "Reset to built-in value")), "nothing to reset yet");
        robot.clickOn(menuItem(robot, "Set my own value or note\u2026"));
        robot.clickOn("#ownNote").write("Needed a residence card");
        robot.clickOn("#saveEdit");
        assertTrue(robot.lookup("#cell-AM-BANK_ACCOUNT .badge-note").tryQuery().isPresent());
        assertFalse(robot.lookup("#cell-AM-BANK_ACCOUNT .badge-yours").tryQuery().isPresent(),
                "a note alone keeps the shipped value");
        robot.rightClickOn("#cell-AM-BANK_ACCOUNT");
        assertTrue(disabled(menuItem(robot, "Reset to built-in value")));
        robot.push(KeyCode.ESCAPE);
    }

    /** Scrolls the side-by-side view to a criterion's row, as a user would before clicking it. */
    @SuppressWarnings("unchecked")
    private static void reveal(FxRobot robot, Criterion criterion) {
        TableView<org.relocationplanner.ui.compare.SideBySideRow> t = robot.lookup("#sideBySideTable")
                .queryAs(TableView.class);
        robot.interact(() -> t.scrollTo(t.getItems().stream().filter(r -> criterion == r.criterion())
                .findFirst().orElseThrow()));
    }

    private static boolean disabled(javafx.scene.Node menuItem) {
        return menuItem.isDisabled() || menuItem.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("disabled"));
    }

    private static javafx.scene.Node menuItem(FxRobot robot, String text) {
        return robot.lookup(".context-menu .menu-item").queryAll().stream()
                .filter(n -> robot.from(n).lookup(".label").tryQueryAs(Label.class)
                        .map(l -> text.equals(l.getText())).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    @Test
    void theKeyboardPicksDestinationsAndOpensTheEditorWithoutAMouse(FxRobot robot) {
        filter(robot, "Serbia");
        robot.push(KeyCode.TAB);
        robot.interact(() -> {
            ranking(robot).requestFocus();
            ranking(robot).getSelectionModel().select(0);
        });
        robot.push(KeyCode.SPACE);
        filter(robot, "Georgia");
        robot.interact(() -> {
            ranking(robot).requestFocus();
            ranking(robot).getSelectionModel().select(0);
        });
        robot.push(KeyCode.SPACE);
        assertTrue(robot.lookup("#pick-GE").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#sideBySideTab");
        @SuppressWarnings("unchecked")
        TableView<org.relocationplanner.ui.compare.SideBySideRow> side = robot.lookup("#sideBySideTable")
                .queryAs(TableView.class);
        robot.interact(() -> {
            side.requestFocus();
            int row = side.getItems().indexOf(side.getItems().stream()
                    .filter(r -> r.criterion() == Criterion.VISA_RUN).findFirst().orElseThrow());
            side.getFocusModel().focus(row, side.getColumns().get(1));
        });
        robot.push(KeyCode.ENTER);
        assertTrue(robot.lookup("#factEditDialog").tryQuery().isPresent(), "Enter opens the editor");
        robot.clickOn("#cancelEdit");
        assertFalse(robot.lookup("#factEditDialog").tryQuery().isPresent());
    }

    @Test
    void aValueThatIsNotANumberCannotBeSavedAndSaysWhy(FxRobot robot) {
        filter(robot, "Georgia");
        robot.clickOn("#pick-GE");
        filter(robot, "Armenia");
        robot.clickOn("#pick-AM");
        robot.clickOn("#sideBySideTab");
        reveal(robot, Criterion.PRICE_LEVEL);
        robot.doubleClickOn("#cell-GE-PRICE_LEVEL");
        robot.clickOn("#useOwnValue");
        robot.doubleClickOn("#ownNumber").eraseText(8).write("cheap");
        assertTrue(robot.lookup("#saveEdit").query().isDisabled(), "Save waits for a number");
        assertEquals("This is not a valid value for \u201cPrice level (USA = 1)\u201d.",
                robot.lookup("#editError").queryAs(Label.class).getText());
        robot.doubleClickOn("#ownNumber").eraseText(8).write("0.25");
        assertFalse(robot.lookup("#saveEdit").query().isDisabled());
        assertEquals("", robot.lookup("#editError").queryAs(Label.class).getText());
        robot.clickOn("#saveEdit");
        assertCellShows(robot, "GE", "PRICE_LEVEL", "0.25", true);
    }

    @Test
    void theMapColoursTheRankingAndAClickOnACountrySelectsIt(FxRobot robot) throws Exception {
        var map = robot.lookup("#worldMap").queryAs(org.relocationplanner.ui.compare.WorldMapView.class);
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> map.codeAt(map.pointFor(66.9, 48.0).getX(), map.pointFor(66.9, 48.0).getY()) != null);
        // the middle of Kazakhstan, then of Brazil
        var kz = map.localToScreen(map.pointFor(66.9, 48.0));
        robot.clickOn(kz);
        assertEquals("KZ", ranking(robot).getSelectionModel().getSelectedItem().country().code());
        String total = robot.lookup("#scoreExplanation .label").queryAs(Label.class).getText();
        assertTrue(total.startsWith("Kazakhstan: "), "the explanation follows the selection: " + total);
        robot.clickOn(map.localToScreen(map.pointFor(-51.9, -10.0)));
        assertEquals("BR", ranking(robot).getSelectionModel().getSelectedItem().country().code());
        assertEquals("BR", map.selectedProperty().get());
        // the ranking says how much of each score rests on known values
        var known = ranking(robot).getColumns().stream().filter(c -> "knownColumn".equals(c.getId())).findFirst()
                .orElseThrow();
        assertEquals("Known", known.getText());
        var brazil = ranking(robot).getSelectionModel().getSelectedItem();
        assertEquals(brazil.score().knownShare(), known.getCellData(brazil));
    }
}
