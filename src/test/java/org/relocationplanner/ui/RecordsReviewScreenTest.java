package org.relocationplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.io.TestHistories;
import org.relocationplanner.ui.timeline.TimelineChart;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18 as a user drives it: the Timeline's "From your records" reads a location history in place, shows the
 * proposed trips in a table and on the chart, saves the ticked ones at once, and one Ctrl+Z takes them back; a
 * broken file says its line and keeps nothing.
 */
class RecordsReviewScreenTest extends AppUiTest {

    @TempDir
    Path files;

    @Start
    void start(Stage stage) {
        startApp(stage);
    }

    @Override
    protected Locale systemLocale() {
        return Locale.UK;
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> table(FxRobot robot) {
        return robot.lookup("#historyTable").queryAs(TableView.class);
    }

    /** The tick box of the table's row {@code row}, as drawn now (the table makes its cells anew as rows change). */
    private static javafx.scene.Node tick(FxRobot robot, int row) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#historyTable .table-row-cell").match((javafx.scene.Node n) -> n.getScene() != null
                        && ((javafx.scene.control.TableRow<?>) n).getIndex() == row).<javafx.scene.Node>query()
                .lookup(".check-box");
    }

    /** Whether the node is there and seen: it and every parent visible. */
    private static boolean seen(FxRobot robot, String query) {
        java.util.Optional<javafx.scene.Node> n = robot.lookup(query).tryQuery();
        for (javafx.scene.Node x = n.orElse(null); x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return n.isPresent();
    }

    private static List<String> lanes(FxRobot robot) {
        return robot.lookup("#timelineChart").queryAs(TimelineChart.class).lanes();
    }

    @Test
    void proposalsAreReviewedPreviewedSavedAndUndone(FxRobot robot) throws Exception {
        app.files.add(TestHistories.records(files));
        robot.clickOn("#nav-timeline");
        assertFalse(lanes(robot).contains("AM"));
        robot.clickOn("#fromRecords").clickOn("#fromRecordsFile");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> seen(robot, "#historyTable"));
        WaitForAsyncUtils.waitForFxEvents(); // the review laid out
        assertEquals(2, table(robot).getItems().size());
        assertTrue(text(robot, "#historySummary").startsWith("2 trips from 24 positions (1 file, no photos)"), text(robot, "#historySummary"));
        assertTrue(text(robot, "#historySummary").contains("in Kosovo: 1"), text(robot, "#historySummary"));
        assertTrue(seen(robot, "#legendProposed"), "the chart's legend names the proposals");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lanes(robot).contains("AM"), "the proposals are drawn before they are saved");
        // Georgia: the records start there, so it is not ticked at first; Armenia is
        assertEquals("Save 1 trip", text(robot, "#historySave"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#historyTable .check-box").tryQuery().isPresent());
        robot.clickOn(tick(robot, 0));
        assertEquals("Save 2 trips", text(robot, "#historySave"));
        robot.clickOn(tick(robot, 0));
        assertEquals("Save 1 trip", text(robot, "#historySave"));
        clickScrolled(robot, "#historySave");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(seen(robot, "#historyReview"));
        assertFalse(seen(robot, "#legendProposed"));
        assertTrue(lanes(robot).contains("AM"), "saved");
        assertFalse(lanes(robot).contains("GE"), "Georgia was not saved");

        clickScrolled(robot, "#timelineChart");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lanes(robot).contains("AM"), "one undo takes the import back");
    }

    @Test
    void aBrokenFileSaysWhereAndNothingIsKept(FxRobot robot) throws Exception {
        Path cut = files.resolve("Records.json");
        Files.writeString(cut, "{\"locations\": [\n{\"latitudeE7\": 416941100,");
        app.files.add(cut);
        robot.clickOn("#nav-timeline");
        robot.clickOn("#fromRecords").clickOn("#fromRecordsFile");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String message = text(robot, ".dialog-pane .content");
        assertTrue(message.startsWith("Records.json, line 2, column"), message);
        assertTrue(message.endsWith("Nothing was read or saved."), message);
        robot.type(KeyCode.ENTER);
        assertFalse(seen(robot, "#historyReview"));
    }
}
