package org.relocationplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.Deadline;
import org.relocationplanner.ui.timeline.TimelineChart;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Timeline screen as a user drives it: trips added by the form and by dragging across a lane, the deadline
 * appearing beside the chart and in the top bar, a planned trip that would overstay marked, undo, and the notice
 * at the next start. "Today" is 22 November 2026.
 */
class TimelineScreenTest extends AppUiTest {

    @Start
    void start(Stage stage) {
        startApp(stage);
    }

    @Override
    protected Locale systemLocale() {
        return Locale.UK;
    }

    private static void type(FxRobot robot, String query, String text) {
        Node field = robot.lookup(query).query();
        Node editor = field instanceof DatePicker p ? p.getEditor()
                : field instanceof ComboBox<?> c ? c.getEditor() : field;
        robot.interact(() -> {
            if (editor instanceof javafx.scene.control.TextInputControl t) {
                t.clear();
            }
        });
        robot.clickOn(editor);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }

    /** Adds a trip through the form: the way most users will. */
    private static void addTrip(FxRobot robot, String country, String entry, String exit, boolean planned) {
        robot.clickOn("#addTrip");
        type(robot, "#tripCountry", country);
        type(robot, "#tripEntry", entry);
        type(robot, "#tripExit", exit);
        CheckBox plan = robot.lookup("#tripPlanned").queryAs(CheckBox.class);
        if (plan.isSelected() != planned) {
            robot.clickOn(plan);
        }
        robot.clickOn("Save");
    }

    /**
     * Every deadline the Timeline shows, most urgent first: the one in the top bar, then the list beside the chart
     * (which leaves out the top bar's, not to say it twice).
     */
    @SuppressWarnings("unchecked")
    private static List<String> deadlines(FxRobot robot) {
        List<String> all = new java.util.ArrayList<>();
        String top = robot.lookup("#topDeadline").queryLabeled().getText();
        if (!"No upcoming deadlines".equals(top)) {
            all.add(top);
        }
        robot.lookup("#deadlineList .list-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.ListCell<Deadline>) n).getItem() != null)
                .sorted((a, b) -> Integer.compare(((javafx.scene.control.ListCell<Deadline>) a).getIndex(),
                        ((javafx.scene.control.ListCell<Deadline>) b).getIndex()))
                .map(Node::getAccessibleText).forEach(all::add);
        return all;
    }

    @Test
    void aTripAddedByTheFormShowsItsDeadlineBesideTheChartAndInTheTopBar(FxRobot robot) {
        robot.clickOn("#nav-timeline");
        assertEquals("No upcoming deadlines", robot.lookup("#topDeadline").queryLabeled().getText());
        // in Kazakhstan since 1 October: 31 + 29 + 29 = 90 days end on 29 December
        addTrip(robot, "KZ", "2026-10-01", "", false);
        assertEquals(List.of("Kazakhstan: leave by 29 December 2026 — 37 days left"), deadlines(robot));
        assertEquals("Kazakhstan: leave by 29 December 2026 — 37 days left",
                robot.lookup("#topDeadline").queryLabeled().getText());
        assertEquals("Other deadlines", ((javafx.scene.control.Labeled) robot.lookup(".panel-title").queryAll()
                .iterator().next()).getText(), "the list beside the chart names the others");
        assertEquals("No other deadlines: the nearest one is in the bar at the top.",
                robot.lookup("#deadlinesPlaceholder").queryLabeled().getText(), "not the top bar's again");
        assertTrue(robot.lookup("#timelineChart").queryAs(TimelineChart.class).lanes().contains("KZ"));

        restart(robot);
        assertEquals("Kazakhstan: leave by 29 December 2026 — 37 days left",
                robot.lookup("#topDeadline").queryLabeled().getText(), "kept in the database");
        assertFalse(robot.lookup("#noticeBar").query().isVisible(), "37 days away: no notice yet");
    }

    /** Issue 16: the country list (about 250 entries) narrows as one types a name or a code. */
    @Test
    @SuppressWarnings("unchecked")
    void typingInTheCountryBoxNarrowsTheListAndClosesItOnceOneCountryIsNamed(FxRobot robot) {
        robot.clickOn("#nav-timeline");
        robot.clickOn("#addTrip");
        ComboBox<String> box = robot.lookup("#tripCountry").queryAs(ComboBox.class);
        robot.interact(() -> box.getEditor().clear());
        robot.clickOn(box.getEditor()).write("ra");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(box.isShowing(), "the list opens on typing");
        assertTrue(box.getItems().contains("FR \u2014 France") && box.getItems().contains("UA \u2014 Ukraine"),
                box.getItems().toString());
        assertTrue(box.getItems().stream().allMatch(i -> i.toLowerCase(java.util.Locale.ROOT).contains("ra")));
        robot.type(KeyCode.BACK_SPACE, KeyCode.BACK_SPACE).write("armen");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("AM \u2014 Armenia"), List.copyOf(box.getItems()));
        assertFalse(box.isShowing(), "one country named: the list does not cover the next field");
        assertEquals("armen", box.getEditor().getText(), "the typing is kept as typed");
        type(robot, "#tripEntry", "2026-10-01");
        robot.clickOn("Save");
        // 180 days in 365 from 1 October: 31 + 30 + 31 + 31 + 28 = 151 to the end of February, the 180th on 29 March
        assertEquals(List.of("Armenia: leave by 29 March 2027 \u2014 127 days left"), deadlines(robot));
    }

    /**
     * Issue 17: a passport chosen in Settings counts on every screen at once. Turkey from 1 October 2026: 60 days per
     * entry on the Russian passport (Decision 2013/4665) end on 29 November; 30 on the Belarusian one (agreement of
     * 29 March 2013) ended on 30 October, so on 22 November the stay is over the limit.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aPassportChosenInSettingsCountsOnTheTimelineAtOnce(FxRobot robot) {
        robot.clickOn("#nav-timeline");
        addTrip(robot, "TR", "2026-10-01", "", false);
        assertEquals("Turkey: leave by 29 November 2026 \u2014 7 days left",
                robot.lookup("#topDeadline").queryLabeled().getText());
        robot.clickOn("#nav-settings");
        ComboBox<String> passport = robot.lookup("#passportChoice").queryAs(ComboBox.class);
        assertTrue(passport.getItems().contains("BY") && passport.getItems().contains("IL"),
                "every passport the data has rules for");
        robot.interact(() -> passport.setValue("BY"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-timeline");
        assertTrue(robot.lookup("#topDeadline").queryLabeled().getText().startsWith("Turkey: over the limit by 23 days"),
                robot.lookup("#topDeadline").queryLabeled().getText());
    }

    @Test
    void aBadDateInTheFormSaysWhatIsWrongAndKeepsTheFormOpen(FxRobot robot) {
        robot.clickOn("#nav-timeline");
        robot.clickOn("#addTrip");
        type(robot, "#tripCountry", "KZ");
        type(robot, "#tripEntry", "2026-02-30");
        robot.clickOn("Save");
        Label error = robot.lookup("#formError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("\u201cEntry\u201d: \u201c2026-02-30\u201d is not a date. Write it as DD/MM/YYYY or YYYY-MM-DD.",
                error.getText());
        type(robot, "#tripEntry", "2026-11-01");
        type(robot, "#tripExit", "2026-10-01");
        robot.clickOn("Save");
        assertEquals("The exit is before the entry.", error.getText());
        robot.clickOn("Cancel");
        assertEquals(List.of(), deadlines(robot));
    }

    @Test
    void dragingAcrossALaneOpensTheFormWithThoseDaysAsAPlannedTrip(FxRobot robot) {
        robot.clickOn("#nav-timeline");
        robot.clickOn("#zoom-month"); // a day is wide enough to aim at
        robot.clickOn("#goToToday");
        TimelineChart chart = robot.lookup("#timelineChart").queryAs(TimelineChart.class);
        assertEquals(List.of("#documents", "GE"), chart.lanes(), "an empty timeline offers a lane to draw in");
        Point2D from = chart.localToScreen(chart.pointFor("GE", LocalDate.of(2026, 12, 1)));
        Point2D to = chart.localToScreen(chart.pointFor("GE", LocalDate.of(2026, 12, 10)));
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);

        assertEquals(LocalDate.of(2026, 12, 1), robot.lookup("#tripEntry").queryAs(DatePicker.class).getValue());
        assertEquals(LocalDate.of(2026, 12, 10), robot.lookup("#tripExit").queryAs(DatePicker.class).getValue());
        assertTrue(robot.lookup("#tripPlanned").queryAs(CheckBox.class).isSelected(), "after today: planned");
        robot.clickOn("Save");
        // Georgia: 365 days per entry from 1 December 2026
        assertEquals(List.of("Georgia, planned trip from 1 December 2026: leave by 30 November 2027 — 373 days left"),
                deadlines(robot));
    }

    @Test
    void aPlannedTripThatWouldOverstayIsMarkedAndComesFirst(FxRobot robot) {
        robot.clickOn("#nav-timeline");
        addTrip(robot, "KZ", "2026-10-01", "", false);
        // 53 days so far (1 Oct to 22 Nov); from 10 January the 38th day, 16 February, makes 91 in the window
        addTrip(robot, "KZ", "2027-01-10", "2027-03-31", true);
        List<String> all = deadlines(robot);
        assertEquals("Kazakhstan, planned trip from 10 January 2027: over the limit from 16 February 2027, by up to "
                + "42 days", all.get(0));
        assertTrue(robot.lookup("#topDeadline").query().getStyleClass().contains("urgency-overdue"),
                "shown as a problem, in the top bar");

        TimelineChart chart = robot.lookup("#timelineChart").queryAs(TimelineChart.class);
        robot.clickOn(chart);
        robot.type(KeyCode.DOWN, KeyCode.DOWN); // the trips by date: the stay now, then the plan
        assertTrue(chart.getAccessibleText().contains("Over the limit: from 16 February 2027"),
                chart.getAccessibleText());
    }

    @Test
    void aTripDeletedWithTheKeyboardComesBackWithUndo(FxRobot robot) {
        robot.clickOn("#nav-timeline");
        addTrip(robot, "KZ", "2026-10-01", "", false);
        robot.clickOn("#timelineChart");
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.DELETE);
        assertEquals(List.of(), deadlines(robot));
        robot.clickOn("#undoTimeline");
        assertEquals(List.of("Kazakhstan: leave by 29 December 2026 — 37 days left"), deadlines(robot));
    }

    @Test
    void clickingABarOpensItsFormAndAnEditChangesTheDeadline(FxRobot robot) {
        robot.clickOn("#nav-timeline");
        addTrip(robot, "KZ", "2026-10-01", "", false);
        TimelineChart chart = robot.lookup("#timelineChart").queryAs(TimelineChart.class);
        robot.clickOn(chart.localToScreen(chart.pointFor("KZ", LocalDate.of(2026, 11, 1))));
        assertEquals(LocalDate.of(2026, 10, 1), robot.lookup("#tripEntry").queryAs(DatePicker.class).getValue());
        type(robot, "#tripEntry", "2026-10-15");
        robot.clickOn("Save");
        // 17 + 30 + 31 + 12 = 90 days from 15 October end on 12 January
        assertEquals(List.of("Kazakhstan: leave by 12 January 2027 — 51 days left"), deadlines(robot));
    }

    @Test
    void aDeadlineWithinThirtyDaysIsToldAsTheAppStarts(FxRobot robot) {
        robot.clickOn("#nav-timeline");
        // 16 + 31 + 30 + 13 = 90 days from 15 September end on 13 December: 21 days left
        addTrip(robot, "KZ", "2026-09-15", "", false);
        robot.clickOn("#nav-compare");
        restart(robot);
        // told once, in the top bar, in the colour of its urgency (issue 16: a notice bar repeated it)
        assertEquals("Kazakhstan: leave by 13 December 2026 — 21 days left", text(robot, "#topDeadline"));
        assertFalse(robot.lookup("#noticeBar").query().isVisible(), "nothing else needs attention");

        // a second deadline soon is told in the notice, the first stays in the top bar only
        robot.clickOn("#nav-timeline");
        robot.clickOn("#addDocument");
        robot.clickOn("#addPassport");
        type(robot, "#passportExpiry", "2026-12-20");
        robot.clickOn("Save");
        robot.clickOn("#nav-compare");
        restart(robot);
        assertTrue(robot.lookup("#noticeBar").query().isVisible());
        assertEquals("Also needs your attention: Passport expires on 20 December 2026 — 28 days left",
                robot.lookup("#startupNotice").queryLabeled().getText());
        robot.clickOn("#noticeOpen");
        assertTrue(robot.lookup("#timelineView").tryQuery().isPresent());
        assertFalse(robot.lookup("#noticeBar").query().isVisible());
    }

    @Test
    void aPassportAddedAsADocumentWarnsSixMonthsAhead(FxRobot robot) {
        robot.clickOn("#nav-timeline");
        robot.clickOn("#addDocument");
        robot.clickOn("#addPassport");
        type(robot, "#passportExpiry", "2027-03-15");
        robot.clickOn("Save");
        assertEquals(List.of("Passport expires on 15 March 2027 — 113 days left"), deadlines(robot));
    }

    @Test
    void documentsAreReachedWithTheKeyboardToo(FxRobot robot) {
        robot.clickOn("#nav-timeline");
        robot.clickOn("#addDocument");
        robot.clickOn("#addPassport");
        type(robot, "#passportExpiry", "2027-03-15");
        robot.clickOn("Save");
        robot.clickOn("#timelineChart");
        robot.type(KeyCode.D);
        TimelineChart chart = robot.lookup("#timelineChart").queryAs(TimelineChart.class);
        assertEquals("Passport (RU) valid until 15 March 2027", chart.getAccessibleText());
        robot.type(KeyCode.DELETE);
        assertEquals(List.of(), deadlines(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(List.of("Passport expires on 15 March 2027 \u2014 113 days left"), deadlines(robot));
    }

    @Test
    void aTripThatOverlapsAnotherIsSavedOnlyWhenTheUserSavesItAgain(FxRobot robot) {
        robot.clickOn("#nav-timeline");
        addTrip(robot, "GE", "2026-01-01", "", false); // still there: no exit date
        robot.clickOn("#addTrip");
        type(robot, "#tripCountry", "KZ");
        type(robot, "#tripEntry", "2026-03-01");
        type(robot, "#tripExit", "2026-03-10");
        robot.clickOn("Save");
        Label caution = robot.lookup("#formError").queryAs(Label.class);
        assertTrue(caution.isVisible(), "the form stays open and says why");
        assertTrue(caution.getText().contains("Georgia, from 1 January 2026, no exit date"), caution.getText());
        assertTrue(caution.getText().contains("Kazakhstan, 1 March 2026 – 10 March 2026"), caution.getText());
        assertTrue(caution.getText().contains("overlap by 10 days"), caution.getText());
        assertTrue(caution.getText().contains("add its exit date"), caution.getText());
        assertTrue(robot.lookup("#timelineChart").queryAs(TimelineChart.class).lanes().contains("GE"));
        assertFalse(robot.lookup("#timelineChart").queryAs(TimelineChart.class).lanes().contains("KZ"),
                "nothing saved before the user confirms");
        robot.clickOn("Save anyway");
        assertTrue(robot.lookup("#timelineChart").queryAs(TimelineChart.class).lanes().contains("KZ"));
        // the Timeline keeps saying so until the dates are put right
        Label problem = robot.lookup("#tripProblems .label").queryAs(Label.class);
        assertTrue(problem.getText().startsWith("Trips overlap: Georgia, from 1 January 2026, no exit date and"
                + " Kazakhstan, 1 March 2026 – 10 March 2026 overlap by 10 days"), problem.getText());
        // with the exit date added, the overlap is gone
        robot.clickOn("#timelineChart");
        robot.type(KeyCode.DOWN); // the trips by date: Georgia first
        robot.type(KeyCode.ENTER);
        type(robot, "#tripExit", "2026-03-01");
        robot.clickOn("Save");
        assertFalse(robot.lookup("#tripProblems").query().isVisible());
    }

    @Test
    void aCountryKnownOnlyFromTheGeneralListingIsMarkedSoInTheDeadlineAndTheNotes(FxRobot robot) {
        robot.clickOn("#nav-timeline");
        // Morocco: Passport Index lists 90 days; 1 November + 89 days is 29 January
        addTrip(robot, "MA", "2026-11-01", "", false);
        assertEquals(List.of("Morocco: leave by 29 January 2027 (by a general listing only) — 68 days left"),
                deadlines(robot));
        String notes = robot.lookup("#areaStatuses .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).reduce("", String::concat);
        assertTrue(notes.contains("Only a general listing is on record for this country (Passport Index, 12 January"
                + " 2025: 90 days)"), notes);
    }
}
