package org.relocationplanner.ui.timeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.domain.history.ProposalCheck;
import org.relocationplanner.domain.history.ProposedTrip;
import org.relocationplanner.io.HistoryFormatException;
import org.relocationplanner.service.HistoryImport;
import org.relocationplanner.service.HistoryNotes;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.TaskExecutor;

/**
 * The review of trips proposed from the user's own records (issue 18): reading with a progress bar and Cancel, then
 * a table of proposals held against the saved trips (the ticked ones drawn on the Timeline meanwhile), each to
 * accept, edit or drop, and one save of the accepted ones, which one undo takes back. The files are read in place;
 * nothing is stored before Save.
 */
public final class HistoryReviewModel {

    public enum Step { IDLE, READING, REVIEW }

    /** One proposal in the table: ticked to be saved, the trip as it will be saved (the user may edit it). */
    public static final class Row {
        private final BooleanProperty accepted;
        private final ObjectProperty<Trip> trip;
        private final ProposalCheck check;

        Row(Trip trip, ProposalCheck check) {
            this.trip = new SimpleObjectProperty<>(trip);
            this.check = check;
            this.accepted = new SimpleBooleanProperty(check.acceptedAtFirst());
        }

        public BooleanProperty acceptedProperty() {
            return accepted;
        }

        public ObjectProperty<Trip> tripProperty() {
            return trip;
        }

        public ProposalCheck check() {
            return check;
        }

        public ProposedTrip proposal() {
            return check.proposal();
        }
    }

    private final TimelineViewModel timeline;
    private final HistoryImport importer;
    private final TaskExecutor executor;
    private final Consumer<Runnable> onFx;
    private final I18n i18n;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.IDLE);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[] {r.acceptedProperty(), r.tripProperty()});
    private AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param executor runs the reading off the FX thread, on a thread of its own: a reading of minutes must not hold
     *                 up the saving of the user's edits
     * @param onFx     runs a progress update on the FX thread ({@code Platform::runLater} in the window; tests run
     *                 it where they are)
     */
    public HistoryReviewModel(TimelineViewModel timeline, HistoryImport importer, TaskExecutor executor,
                              Consumer<Runnable> onFx) {
        this.timeline = timeline;
        this.importer = importer;
        this.executor = executor;
        this.onFx = onFx;
        this.i18n = timeline.i18n();
        rows.addListener((ListChangeListener<Row>) c -> timeline.preview().setAll(accepted()));
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Asks for a file ({@code folder} false) or a folder and reads it. */
    public void choose(boolean folder) {
        List<Path> paths = timeline.dialogs().chooseRecords(i18n.tr(folder ? "history.choose.folder"
                : "history.choose.file"), folder);
        if (!paths.isEmpty()) {
            read(paths);
        }
    }

    /**
     * Reads {@code paths} off the FX thread and shows the proposals; nothing is saved. While a reading or a review
     * is under way another is not started (a dropped file would otherwise throw away the user's ticks and edits).
     */
    public void read(List<Path> paths) {
        if (step.get() != Step.IDLE) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        rows.clear();
        step.set(Step.READING);
        progress.set(0);
        progressText.set(i18n.tr("history.reading", paths.get(0).getFileName()));
        executor.run(() -> importer.propose(paths, null, null, timeline.today(),
                (fraction, file) -> onFx.accept(() -> {
                    progress.set(fraction);
                    progressText.set(i18n.tr("history.reading", file));
                }), stop::get), result -> {
                    if (stop.get()) {
                        step.set(Step.IDLE); // cancelled as the reading ended: nothing shown, nothing kept
                    } else {
                        show(result);
                    }
                }, e -> {
            step.set(Step.IDLE);
            if (e instanceof CancellationException) {
                return; // the user stopped it: nothing to say, nothing kept
            }
            timeline.dialogs().showError(i18n.tr("history.failed"), problem(e) + " " + i18n.tr("history.nothing"));
        });
    }

    /** Stops the reading; nothing read so far is kept. */
    public void cancel() {
        cancelled.set(true);
    }

    private void show(HistoryImport.Result result) {
        List<ProposalCheck> checks = ProposalCheck.against(result.trips(), timeline.trips(), timeline.today());
        List<Row> list = new ArrayList<>();
        for (ProposalCheck c : checks) {
            ProposedTrip p = c.proposal();
            list.add(new Row(new Trip(p.country(), p.entry(), p.exit(), HistoryNotes.note(p, wording())), c));
        }
        summary.set(summary(result.summary(), list.size()));
        rows.setAll(list);
        step.set(Step.REVIEW);
    }

    /** The trips ticked, as they will be saved. */
    public List<Trip> accepted() {
        return rows.stream().filter(r -> r.acceptedProperty().get()).map(r -> r.tripProperty().get()).toList();
    }

    /** Opens the trip form for a proposal; saving the form changes the proposal (and ticks it), deleting drops it. */
    public void edit(Row row) {
        timeline.editProposal(row.tripProperty().get()).ifPresent(e -> {
            if (e.delete()) {
                rows.remove(row);
            } else {
                row.tripProperty().set(e.trip());
                row.acceptedProperty().set(true);
            }
        });
    }

    public void drop(Row row) {
        rows.remove(row);
    }

    /** Saves the ticked trips as one change (one undo takes them all back) and ends the review. */
    public void save() {
        List<Trip> chosen = accepted();
        end();
        timeline.addAll(chosen);
    }

    /** Ends the review without saving anything. */
    public void discard() {
        cancel();
        end();
    }

    private void end() {
        rows.clear();
        summary.set("");
        step.set(Step.IDLE);
        importer.release();
    }

    /** The words for a proposal's sureness. */
    public String sureness(ProposedTrip p) {
        return i18n.tr("history.sure." + p.sureness().name().toLowerCase(Locale.ROOT));
    }

    /** The words for a proposal against the saved trips, naming the saved trips concerned. */
    public String status(ProposalCheck c) {
        String s = i18n.tr("history.status." + c.status().name().toLowerCase(Locale.ROOT));
        if (c.status() == ProposalCheck.Status.NEW || c.related().isEmpty()) {
            return s;
        }
        List<String> names = c.related().stream().limit(3).map(timeline::describe).toList();
        return s + ": " + String.join("; ", names);
    }

    String summary(HistoryImport.Summary s, int trips) {
        return HistoryNotes.summary(s, trips, wording(), timeline::areaName);
    }

    private HistoryNotes.Wording wording() {
        return new HistoryNotes.Wording() {
            @Override
            public String tr(String key, Object... args) {
                return i18n.tr(key, args);
            }

            @Override
            public String count(String key, long n) {
                return i18n.count(key, n);
            }
        };
    }

    private String problem(Exception e) {
        if (e instanceof HistoryFormatException h) {
            return h.line() > 0 ? i18n.tr("history.bad_line", h.file(), h.line(), h.column(),
                    i18n.tr("history.problem." + h.problem().name().toLowerCase(Locale.ROOT), h.value()))
                    : i18n.tr("history.bad_file", h.file(),
                    i18n.tr("history.problem." + h.problem().name().toLowerCase(Locale.ROOT), h.value()));
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return i18n.tr("history.missing", n.getFile());
        }
        return i18n.tr("history.unreadable", String.valueOf(e.getMessage()));
    }
}
