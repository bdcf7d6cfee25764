package org.relocationplanner.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.domain.history.ProposalCheck;
import org.relocationplanner.io.TestHistories;
import org.relocationplanner.service.HistoryImport;
import org.relocationplanner.ui.common.TaskExecutor;

/** The review of trips from the user's records, below the window: nothing saved before Save, one undo after. */
class HistoryReviewModelTest {

    @TempDir
    Path dir;

    private HistoryReviewModel review(TimelineViewModelTest.Fixture f) {
        return new HistoryReviewModel(f.vm(), new HistoryImport(), TaskExecutor.direct(), Runnable::run);
    }

    @Test
    void proposalsAreCheckedAgainstSavedTripsAndSavedTogetherAndUndoneTogether() throws Exception {
        TimelineViewModelTest.Fixture f = TimelineViewModelTest.fixture(List.of(
                new Trip("GE", LocalDate.of(2023, 2, 1), LocalDate.of(2023, 3, 10), "by hand")));
        HistoryReviewModel r = review(f);
        r.read(List.of(TestHistories.records(dir)));
        assertEquals(HistoryReviewModel.Step.REVIEW, r.stepProperty().get());
        assertEquals(2, r.rows().size());
        assertEquals(ProposalCheck.Status.ALREADY_SAVED, r.rows().get(0).check().status());
        assertFalse(r.rows().get(0).acceptedProperty().get(), "a trip already saved is not ticked");
        assertEquals(ProposalCheck.Status.NEW, r.rows().get(1).check().status());
        assertEquals(List.of(r.rows().get(1).tripProperty().get()), f.vm().preview(), "the ticked one is previewed");
        assertTrue(r.summaryProperty().get().contains("at sea or in the air: 1"), r.summaryProperty().get());
        assertTrue(r.summaryProperty().get().contains("in Kosovo: 1"), r.summaryProperty().get());
        assertEquals(1, f.vm().trips().size(), "nothing saved before Save");

        r.rows().get(0).acceptedProperty().set(true);
        r.save();
        assertEquals(3, f.vm().trips().size());
        assertTrue(f.vm().trips().get(2).note().startsWith("From your records (location history)"));
        assertTrue(f.vm().preview().isEmpty());
        assertEquals(HistoryReviewModel.Step.IDLE, r.stepProperty().get());
        f.vm().undo();
        assertEquals(1, f.vm().trips().size(), "one undo takes the whole import back");
    }

    @Test
    void aBrokenFileSaysWhereAndKeepsNothing() throws Exception {
        TimelineViewModelTest.Fixture f = TimelineViewModelTest.fixture(List.of());
        Path cut = dir.resolve("Records.json");
        Files.writeString(cut, "{\"locations\": [\n{\"latitudeE7\": 416941100,");
        HistoryReviewModel r = review(f);
        r.read(List.of(cut));
        assertEquals(HistoryReviewModel.Step.IDLE, r.stepProperty().get());
        assertTrue(r.rows().isEmpty());
        assertEquals(1, f.errors().size());
        assertTrue(f.errors().get(0).startsWith("Cannot read your records: Records.json, line 2, column"),
                f.errors().get(0));
        assertTrue(f.errors().get(0).endsWith("Nothing was read or saved."), f.errors().get(0));
        assertTrue(f.vm().trips().isEmpty());
    }

    @Test
    void cancelStopsTheReadingPartWayAndKeepsNothing() throws Exception {
        TimelineViewModelTest.Fixture f = TimelineViewModelTest.fixture(List.of());
        HistoryReviewModel[] holder = new HistoryReviewModel[1];
        // a 4 MB history; the user presses Cancel as the first progress arrives (after 1 MB)
        Path big = org.relocationplanner.bench.HistoryBench.records(dir.resolve("Records.json"), 20_000);
        List<Double> seen = new java.util.ArrayList<>();
        HistoryReviewModel r = new HistoryReviewModel(f.vm(), new HistoryImport(), TaskExecutor.direct(), run -> {
            run.run();
            seen.add(holder[0].progressProperty().get());
            holder[0].cancel();
        });
        holder[0] = r;
        r.read(List.of(big));
        assertEquals(HistoryReviewModel.Step.IDLE, r.stepProperty().get());
        assertTrue(r.rows().isEmpty());
        assertTrue(f.errors().isEmpty(), "a cancel is not an error");
        assertTrue(seen.stream().allMatch(p -> p < 0.5), "stopped part way: " + seen);
    }

    @Test
    void editingAProposalChangesWhatIsSavedAndDroppingLeavesItOut() throws Exception {
        TimelineViewModelTest.Fixture f = TimelineViewModelTest.fixture(List.of());
        HistoryReviewModel r = review(f);
        r.read(List.of(TestHistories.records(dir)));
        HistoryReviewModel.Row am = r.rows().get(1);
        f.nextTrip(new Trip("AM", LocalDate.of(2023, 3, 11), LocalDate.of(2023, 3, 21), "edited"));
        r.edit(am);
        assertEquals("edited", am.tripProperty().get().note());
        r.drop(r.rows().get(0));
        r.save();
        assertEquals(List.of(new Trip("AM", LocalDate.of(2023, 3, 11), LocalDate.of(2023, 3, 21), "edited")),
                f.vm().trips());
    }
}
