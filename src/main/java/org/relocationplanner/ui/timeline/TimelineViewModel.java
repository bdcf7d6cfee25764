package org.relocationplanner.ui.timeline;

import org.relocationplanner.service.TimelineStore;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.relocationplanner.domain.Deadline;
import org.relocationplanner.domain.Deadlines;
import org.relocationplanner.domain.Document;
import org.relocationplanner.domain.Documents;
import org.relocationplanner.domain.Passport;
import org.relocationplanner.domain.ResidencePermit;
import org.relocationplanner.domain.RuleBook;
import org.relocationplanner.domain.Situation;
import org.relocationplanner.domain.StayRule;
import org.relocationplanner.domain.StayWarning;
import org.relocationplanner.domain.StayEngine;
import org.relocationplanner.domain.StayEvaluation;
import org.relocationplanner.domain.TaxResidency;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.domain.TripCheck;
import org.relocationplanner.domain.TripOverlaps;
import org.relocationplanner.domain.Visa;
import org.relocationplanner.io.AtomicFile;
import org.relocationplanner.io.IcsWriter;
import org.relocationplanner.io.TripCsv;
import org.relocationplanner.io.TripCsvException;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.TaskExecutor;

/**
 * The timeline's state: the user's trips and documents, how they stand against the rules today, and every
 * deadline in plain words. Each change is counted again at once (a few milliseconds for decades of trips), saved
 * off the FX thread, and can be undone.
 */
public final class TimelineViewModel {

    private static final int UNDO_LIMIT = 100;

    private final ObservableList<Trip> trips = FXCollections.observableArrayList();
    private final ObservableList<Trip> tripsView = FXCollections.unmodifiableObservableList(trips);
    private final ReadOnlyObjectWrapper<Documents> documents = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StayEvaluation> evaluation = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Deadline> deadlines = FXCollections.observableArrayList();
    private final ObservableList<Deadline> deadlinesView = FXCollections.unmodifiableObservableList(deadlines);
    private final ObservableList<Deadline> others = FXCollections.observableArrayList();
    private final ObservableList<Deadline> othersView = FXCollections.unmodifiableObservableList(others);
    private final ReadOnlyStringWrapper mostUrgent = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Deadline.Urgency> mostUrgentLevel = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper taxSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> standing = FXCollections.observableArrayList();
    private final ObservableList<String> standingView = FXCollections.unmodifiableObservableList(standing);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Trip> preview = FXCollections.observableArrayList();
    private final Deque<Snapshot> undo = new ArrayDeque<>();

    private final String passport;
    /** The other passports held (Settings): a stay not said to be on one is judged by the most generous. */
    private List<String> otherPassports = List.of();
    private final RuleBook book;
    private final StayEngine engine;
    private final Clock clock;
    private final TimelineStore store;
    private final TaskExecutor executor;
    private final TimelineDialogs dialogs;
    private final I18n i18n;

    /** What the screen shows besides the data, kept when the window is built again in another language. */
    private final javafx.beans.property.StringProperty zoom = new javafx.beans.property.SimpleStringProperty();
    private final javafx.beans.property.StringProperty earliestArea =
            new javafx.beans.property.SimpleStringProperty();
    private final javafx.beans.property.IntegerProperty earliestDays =
            new javafx.beans.property.SimpleIntegerProperty(90);

    /** The chart's zoom by name (null: the chart's own default). */
    public javafx.beans.property.StringProperty zoomProperty() {
        return zoom;
    }

    public javafx.beans.property.StringProperty earliestAreaProperty() {
        return earliestArea;
    }

    public javafx.beans.property.IntegerProperty earliestDaysProperty() {
        return earliestDays;
    }

    /**
     * Takes over what the same screen showed before it was built again in another language (issue 16): the zoom,
     * the earliest-stay question and the undo history. Only for the same data: after a restore nothing is taken.
     */
    public void carryFrom(TimelineViewModel before) {
        zoom.set(before.zoom.get());
        earliestArea.set(before.earliestArea.get());
        earliestDays.set(before.earliestDays.get());
        undo.clear();
        undo.addAll(before.undo);
        canUndo.set(!undo.isEmpty());
    }

    private record Snapshot(List<Trip> trips, Documents documents) {
    }

    private Deadline.Warnings warnings = Deadline.Warnings.DEFAULT;

    public TimelineViewModel(List<Trip> trips, Documents documents, String passport, RuleBook book, Clock clock,
                             TimelineStore store, TaskExecutor executor, TimelineDialogs dialogs, I18n i18n) {
        this.passport = passport;
        this.book = book;
        this.engine = new StayEngine(book);
        this.clock = clock;
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.trips.setAll(trips);
        this.documents.set(documents);
        recount();
    }

    // ---- state --------------------------------------------------------------------------------------------------

    public ObservableList<Trip> trips() {
        return tripsView;
    }

    public ReadOnlyObjectProperty<Documents> documentsProperty() {
        return documents.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StayEvaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    /** Every upcoming deadline, most urgent first. */
    public ObservableList<Deadline> deadlines() {
        return deadlinesView;
    }

    /**
     * The upcoming deadlines after the most urgent one, for the Timeline's list: that one is in the top bar, always
     * in sight, and is not said twice on one screen.
     */
    public ObservableList<Deadline> otherDeadlines() {
        return othersView;
    }

    /** The most urgent deadline in words, for the top bar; empty when there is none. */
    public ReadOnlyStringProperty mostUrgentProperty() {
        return mostUrgent.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Deadline.Urgency> mostUrgentLevelProperty() {
        return mostUrgentLevel.getReadOnlyProperty();
    }

    /** Where the user stands in each area with days in its count today, with what the count is unsure of. */
    public ObservableList<String> standing() {
        return standingView;
    }

    /** What looks wrong in the trips themselves (trips that overlap), in plain words; empty when nothing does. */
    public ObservableList<String> problems() {
        return problemsView;
    }

    public ReadOnlyStringProperty taxSummaryProperty() {
        return taxSummary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public I18n i18n() {
        return i18n;
    }

    /** The check of trip {@code index}, as counted now. */
    public TripCheck check(int index) {
        return evaluation.get().tripCheck(index);
    }

    /** The area a day in {@code country} counts for. */
    public String areaOf(String country, LocalDate day) {
        return book.areaOf(country, day);
    }

    /** Deadlines that need attention now: a problem, or within the first warning step (30 days unless chosen). */
    public List<Deadline> urgent() {
        LocalDate today = today();
        return deadlines.stream().filter(d -> d.needsAttention(today, warnings)).toList();
    }

    /** How close a deadline is, by the user's warning steps. */
    public Deadline.Urgency urgency(Deadline d) {
        return d.urgency(today(), warnings);
    }

    /** The user's warning steps (Settings); the deadlines are coloured and told again by them. */
    public void setWarnings(Deadline.Warnings warnings) {
        this.warnings = warnings;
        recount();
    }

    public Deadline.Warnings warnings() {
        return warnings;
    }

    // ---- edits --------------------------------------------------------------------------------------------------

    /** Opens the trip form for a new trip entering today. */
    public void addTrip() {
        addTrip(new Trip(defaultCountry(), today(), null, "", false));
    }

    /** Opens the trip form filled with a trip drawn on the timeline. */
    public void addTrip(Trip draft) {
        dialogs.editTrip(draft, true, held(), t -> overlapCaution(t, -1)).filter(e -> !e.delete())
                .ifPresent(e -> change(() -> trips.add(e.trip())));
    }

    /** Opens the form of trip {@code index}; saving replaces it, deleting removes it. */
    public void editTrip(int index) {
        Trip old = trips.get(index);
        dialogs.editTrip(old, false, held(), t -> overlapCaution(t, index)).ifPresent(e -> change(() -> {
            if (e.delete()) {
                trips.remove(index);
            } else {
                trips.set(index, e.trip());
            }
        }));
    }

    /**
     * Adds the trips accepted from the user's records (issue 18) as one change: saved together, taken back together
     * by one undo.
     */
    public void addAll(List<Trip> accepted) {
        if (!accepted.isEmpty()) {
            change(() -> trips.addAll(accepted));
        }
    }

    /** Trips shown on the chart but not saved: the proposals from the user's records while they are reviewed. */
    public ObservableList<Trip> preview() {
        return preview;
    }

    /** The trip form for a proposal from the user's records; empty when cancelled. */
    Optional<TimelineDialogs.TripEdit> editProposal(Trip proposal) {
        return dialogs.editTrip(proposal, true, held(), t -> overlapCaution(t, -1));
    }

    TimelineDialogs dialogs() {
        return dialogs;
    }

    private HistoryReviewModel history;

    /** The review of trips from the user's records; the boundaries are read on its first reading, not here. */
    public HistoryReviewModel history() {
        if (history == null) {
            java.util.function.Consumer<Runnable> onFx = r -> {
                if (javafx.application.Platform.isFxApplicationThread()) {
                    r.run();
                } else {
                    javafx.application.Platform.runLater(r);
                }
            };
            // the database's worker saves the user's edits: a long reading runs on a thread of its own (daemon:
            // it only reads the user's files, so quitting need not wait for it)
            TaskExecutor reading = new TaskExecutor() {
                @Override
                public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> ok,
                                    java.util.function.Consumer<Exception> failed) {
                    Thread t = new Thread(() -> {
                        try {
                            T result = work.call();
                            onFx.accept(() -> ok.accept(result));
                        } catch (Exception e) {
                            onFx.accept(() -> failed.accept(e));
                        }
                    }, "records-reader");
                    t.setDaemon(true);
                    t.start();
                }
            };
            history = new HistoryReviewModel(this, new org.relocationplanner.service.HistoryImport(), reading, onFx);
        }
        return history;
    }

    /** Moves or resizes trip {@code index} without a form (a drag on the timeline). */
    public void replaceTrip(int index, Trip now) {
        if (!trips.get(index).equals(now)) {
            change(() -> trips.set(index, now));
        }
    }

    public void deleteTrip(int index) {
        change(() -> trips.remove(index));
    }

    /** Opens the form for a new passport, visa or residence permit. */
    public void addDocument(Class<? extends Document> kind) {
        LocalDate today = today();
        Document draft;
        if (kind == Passport.class) {
            draft = new Passport(passport, "", today.plusYears(10));
        } else if (kind == Visa.class) {
            draft = new Visa("SCHENGEN", Visa.Kind.SHORT_STAY, today, today.plusMonths(6), null, 90, "");
        } else {
            draft = new ResidencePermit(defaultCountry(), today, today.plusYears(1), "");
        }
        dialogs.editDocument(draft, true).filter(e -> !e.delete())
                .ifPresent(e -> change(() -> documents.set(documents.get().replace(null, e.document()))));
    }

    public void editDocument(Document old) {
        dialogs.editDocument(old, false).ifPresent(e -> change(() ->
                documents.set(documents.get().replace(old, e.delete() ? null : e.document()))));
    }

    public void deleteDocument(Document d) {
        change(() -> documents.set(documents.get().replace(d, null)));
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Snapshot s = undo.pop();
        trips.setAll(s.trips());
        documents.set(s.documents());
        canUndo.set(!undo.isEmpty());
        saved();
    }

    private void change(Runnable edit) {
        undo.push(new Snapshot(List.copyOf(trips), documents.get()));
        while (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        canUndo.set(true);
        edit.run();
        saved();
    }

    private void saved() {
        List<Trip> t = List.copyOf(trips);
        Documents d = documents.get();
        recount();
        executor.run(() -> {
            store.save(t, d);
        }, e -> dialogs.showError(i18n.tr("timeline.error.save"), i18n.tr("timeline.error.save.text",
                String.valueOf(e.getMessage()))));
    }

    private String defaultCountry() {
        for (int i = trips.size() - 1; i >= 0; i--) {
            if (!trips.get(i).planned()) {
                return trips.get(i).country();
            }
        }
        return "GE";
    }

    /**
     * What the trip form says before saving {@code trip} (in place of trip {@code replacing}, or new when -1): the
     * trips it shares more than a border-crossing day with, or null when there are none.
     */
    String overlapCaution(Trip trip, int replacing) {
        List<Trip> others = new ArrayList<>(trips);
        if (replacing >= 0) {
            others.remove(replacing);
        }
        List<TripOverlaps.Overlap> found = TripOverlaps.of(trip, others, today());
        if (found.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder(i18n.tr("trip.overlap.title"));
        found.forEach(o -> text.append(System.lineSeparator()).append("· ").append(describe(o)));
        return text.append(System.lineSeparator()).append(i18n.tr("trip.overlap.confirm")).toString();
    }

    /** Two overlapping trips in plain words, with what most likely went wrong. */
    public String describe(TripOverlaps.Overlap o) {
        String text = i18n.tr(o.sameCountry() ? "overlap.same" : "overlap.two", describe(o.first()),
                describe(o.second()), i18n.count("value.days", o.days()));
        return text + " " + i18n.tr(o.openEnded() ? "overlap.open" : "overlap.closed");
    }

    /** A trip in plain words: "Georgia, 1 March 2023 – 10 March 2023", or "Georgia, from 1 March 2023, no exit date". */
    public String describe(Trip t) {
        return t.exit() == null ? i18n.tr("trip.span.open", areaName(t.country()), i18n.date(t.entry()))
                : i18n.tr("trip.span", areaName(t.country()), i18n.date(t.entry()), i18n.date(t.exit()));
    }

    /** A note on a stay answer in the user's language. */
    public String describe(StayWarning w) {
        String days = i18n.count("value.days", w.number());
        String date = w.date() == null ? "" : i18n.date(w.date());
        return switch (w.kind()) {
            case BASELINE -> i18n.tr(StayWarning.counts(w.text().en()) ? "warning.baseline" : "warning.baseline_no_count",
                    listing(w.text().en()));
            case CAVEAT -> w.text().in(i18n.locale());
            case OVERLAP -> describe(new TripOverlaps.Overlap(w.trip(), w.other(), w.date(), w.number()));
            case NO_RULE -> w.date() == null ? i18n.tr("warning.no_rule") : i18n.tr("warning.no_rule_after", date);
            default -> i18n.tr("warning." + w.kind().name().toLowerCase(Locale.ROOT), w.number(), days, date);
        };
    }

    /**
     * What the answer for trip {@code index} rests on that is not established, for its tooltip: a rule read from the
     * general listing, weak sources, a change of unknown date, days with no rule on record; and the other trips it
     * overlaps.
     */
    public List<String> caveats(int index) {
        List<String> out = new ArrayList<>();
        for (StayWarning w : check(index).notes()) {
            out.add(w.kind() == StayWarning.Kind.BASELINE
                    ? i18n.tr("timeline.trip.baseline", listing(w.text().en())) : describe(w));
        }
        Trip t = trips.get(index);
        for (TripOverlaps.Overlap o : evaluation.get().overlaps()) {
            if (o.involves(t)) {
                out.add(i18n.tr("standing.overlap", describe(o)));
            }
        }
        return out;
    }

    /** A Passport Index listing in the user's language: "visa required", or a number of days. */
    private String listing(String listing) {
        if (listing.matches("\\d+")) {
            return i18n.count("value.days", Integer.parseInt(listing));
        }
        return i18n.tr("listing." + listing.replace(' ', '_').replace('-', '_'));
    }

    // ---- counting -----------------------------------------------------------------------------------------------

    /** The other passports the user holds; counts and deadlines are read again with them. */
    public void holdsAlso(List<String> passports) {
        this.otherPassports = List.copyOf(passports);
        recount();
    }

    /** Every passport held, the main one first: what a trip may say it was entered on. */
    public List<String> held() {
        return Situation.held(passport, otherPassports);
    }

    private void recount() {
        // a trip stored by an earlier version outside the dates the app supports is shown and named, not counted:
        // the engine never allocates by its span
        List<Trip> counted = trips.stream().filter(t -> org.relocationplanner.domain.Plausible.day(t.entry())
                && (t.exit() == null || org.relocationplanner.domain.Plausible.day(t.exit()))).toList();
        StayEvaluation e = engine.evaluate(new Situation(passport, counted, documents.get().inRange(),
                otherPassports), today());
        evaluation.set(e);
        deadlines.setAll(Deadlines.of(e));
        others.setAll(deadlines.size() > 1 ? deadlines.subList(1, deadlines.size()) : List.of());
        LocalDate today = today();
        if (deadlines.isEmpty()) {
            mostUrgent.set(i18n.tr("top.deadline.none"));
            mostUrgentLevel.set(null);
        } else {
            mostUrgent.set(describe(deadlines.get(0), true));
            mostUrgentLevel.set(deadlines.get(0).urgency(today, warnings));
        }
        List<String> found = new ArrayList<>(e.overlaps().stream().map(o -> i18n.tr("standing.overlap", describe(o)))
                .toList());
        for (TripCheck c : e.upcomingTripChecks()) {
            c.notes().stream().filter(w -> w.kind() == StayWarning.Kind.NO_RULE).findFirst().ifPresent(w -> found.add(
                    i18n.tr(w.date() == null ? "timeline.trip.no_rule" : "timeline.trip.no_rule_after",
                            areaName(c.trip().country()), i18n.date(c.trip().entry()),
                            w.date() == null ? "" : i18n.date(w.date()))));
        }
        for (Trip t : trips) {
            if (!counted.contains(t)) {
                // dates written as stored (ISO): they are out of the range the app's date formats are for
                found.add(i18n.tr("timeline.trip.out_of_range", t.exit() == null
                        ? i18n.tr("trip.span.open", areaName(t.country()), String.valueOf(t.entry()))
                        : i18n.tr("trip.span", areaName(t.country()), String.valueOf(t.entry()),
                                String.valueOf(t.exit()))));
            }
        }
        for (org.relocationplanner.domain.Document d : documents.get().all()) {
            if (!org.relocationplanner.domain.Documents.inRange(d)) {
                String kind = d instanceof org.relocationplanner.domain.Passport ? "passport"
                        : d instanceof org.relocationplanner.domain.Visa ? "visa" : "permit";
                found.add(i18n.tr("timeline.document.out_of_range", i18n.tr("document." + kind),
                        String.valueOf(d.endsOn())));
            }
        }
        problems.setAll(found);
        List<String> lines = new ArrayList<>();
        org.relocationplanner.ui.common.FactFormatter format = new org.relocationplanner.ui.common.FactFormatter(i18n);
        for (org.relocationplanner.domain.AreaStatus a : e.statuses()) {
            boolean carriesOver = a.rule() != null && (a.rule().windowDays() != null || a.rule().yearCapDays() != null);
            if (!a.inside() && a.overstayDays() == 0 && (a.daysUsed() == 0 || a.limit() == null || !carriesOver)) {
                continue; // nothing there counts against a limit any more (a new entry starts a per-entry count afresh)
            }
            String name = areaName(a.area());
            // with more than one passport held: which one the area is counted by
            if (!otherPassports.isEmpty() && a.rule() != null) {
                name = i18n.tr("standing.by_passport", name, new Locale("", a.rule().passport())
                        .getDisplayCountry(i18n.locale()));
            }
            StringBuilder line = new StringBuilder();
            if (a.limit() == null) {
                line.append(i18n.tr("standing.no_limit", name, i18n.count("value.days", a.daysUsed())));
            } else {
                line.append(i18n.tr("standing.used", name, a.daysUsed(), a.limit(), a.daysLeft(),
                        format.stay(a.rule())));
            }
            if (a.legalAgainFrom() != null) {
                line.append(' ').append(i18n.tr("standing.again", i18n.date(a.legalAgainFrom())));
            }
            for (StayWarning w : a.notes()) {
                if (w.kind() != StayWarning.Kind.OVERLAP) { // told once above, not under each of the two areas
                    line.append(System.lineSeparator()).append("· ").append(describe(w));
                }
            }
            lines.add(line.toString());
        }
        standing.setAll(lines);
        TaxResidency tax = e.taxResidency();
        String status = i18n.tr(tax.resident() ? "timeline.tax.resident" : "timeline.tax.nonresident");
        String days = i18n.tr("timeline.tax.days", tax.daysInRussia(), TaxResidency.DAYS);
        String change = tax.changesOn() == null ? i18n.tr("timeline.tax.no_change")
                : i18n.tr(tax.residentAfter() ? "timeline.tax.becomes_resident" : "timeline.tax.becomes_nonresident",
                i18n.date(tax.changesOn()));
        taxSummary.set(days + " — " + status + ". " + change);
    }

    /** The first day a stay of {@code days} days in {@code area} can begin, from today on. */
    public Optional<LocalDate> earliestStay(String area, int days) {
        return evaluation.get().earliestStay(area, days, today());
    }

    /**
     * The earliest stay in words: the day it can begin; or that no rule is on record after a day, so no answer can
     * be given beyond it; or that none is possible within the horizon or the limit is not known.
     */
    public String earliestStayAnswer(String area, int days) {
        Optional<LocalDate> found = earliestStay(area, days);
        if (found.isPresent()) {
            return i18n.tr("timeline.earliest.from", i18n.count("value.days", days), i18n.date(found.get()));
        }
        List<StayRule> rules = book.rulesFor(area, passport);
        boolean ends = !rules.isEmpty() && rules.stream().allMatch(r -> r.validTo() != null);
        return ends ? i18n.tr("timeline.earliest.rules_end", i18n.date(rules.stream().map(StayRule::validTo)
                .max(LocalDate::compareTo).orElseThrow())) : i18n.tr("timeline.earliest.none");
    }

    // ---- words --------------------------------------------------------------------------------------------------

    /** The name of an area or country in the user's language. */
    public String areaName(String area) {
        if ("SCHENGEN".equals(area)) {
            return i18n.tr("area.schengen");
        }
        return book.destination(area).map(d -> d.name().in(i18n.locale()))
                .orElseGet(() -> new Locale("", area).getDisplayCountry(i18n.locale()));
    }

    /** A deadline in plain words: "Kazakhstan: leave by 30 May 2023 — 12 days left". */
    public String describe(Deadline d, boolean withDaysLeft) {
        String area = areaName(d.area());
        String date = i18n.date(d.date());
        String entry = d.trip() == null ? "" : i18n.date(d.trip().entry());
        String text = switch (d.kind()) {
            case LEAVE_BY -> i18n.tr("deadline.leave_by", area, date);
            case OVERSTAY -> {
                LocalDate again = evaluation.get().status(d.area()).legalAgainFrom();
                yield again == null ? i18n.tr("deadline.overstay", area, i18n.count("value.days", d.number()))
                        : i18n.tr("deadline.overstay_again", area, i18n.count("value.days", d.number()),
                        i18n.date(again));
            }
            case PLANNED_LEAVE_BY -> i18n.tr("deadline.planned_leave_by", area, entry, date);
            case PLANNED_OVERSTAY -> i18n.tr("deadline.planned_overstay", area, entry, date,
                    i18n.count("value.days", d.number()));
            case PASSPORT_EXPIRES -> i18n.tr("deadline.passport_expires", date);
            case PASSPORT_BEFORE_TRIP_END -> i18n.tr("deadline.passport_before_trip", date, area, entry);
            case VISA_ENDS -> i18n.tr("deadline.visa_ends", area, date);
            case PERMIT_ENDS -> i18n.tr("deadline.permit_ends", area, date);
            case TAX_STATUS_CHANGES -> i18n.tr(d.number() == 1 ? "deadline.tax_resident" : "deadline.tax_nonresident",
                    date);
        };
        text += certainty(d);
        if (!withDaysLeft || d.kind() == Deadline.Kind.OVERSTAY || d.kind() == Deadline.Kind.PLANNED_OVERSTAY) {
            return text;
        }
        long left = d.daysLeft(today());
        String suffix = left < 0 ? i18n.count("deadline.days_ago", -left)
                : left == 0 ? i18n.tr("deadline.today") : i18n.count("deadline.days_left", left);
        return text + " — " + suffix;
    }

    /**
     * A stay deadline's mark when the rule behind it is not established (a general listing, weak sources, a change
     * of unknown date) or the trips behind it look wrong; the notes in "Where you stand" say which.
     */
    private String certainty(Deadline d) {
        boolean stay = switch (d.kind()) {
            case LEAVE_BY, OVERSTAY, PLANNED_LEAVE_BY, PLANNED_OVERSTAY -> true;
            default -> false;
        };
        if (!stay) {
            return "";
        }
        List<StayWarning> notes = new ArrayList<>(d.trip() == null ? evaluation.get().status(d.area()).notes()
                : evaluation.get().upcomingTripChecks().stream().filter(c -> c.trip().equals(d.trip()))
                .flatMap(c -> c.notes().stream()).toList());
        if (d.trip() != null) {
            evaluation.get().overlaps().stream().filter(o -> o.involves(d.trip())).findFirst()
                    .ifPresent(o -> notes.add(new StayWarning(StayWarning.Kind.OVERLAP, o.days())));
        }
        if (notes.stream().anyMatch(w -> w.kind() == StayWarning.Kind.OVERLAP)) {
            return " " + i18n.tr("deadline.overlap");
        }
        if (notes.stream().anyMatch(w -> w.kind() == StayWarning.Kind.BASELINE)) {
            return " " + i18n.tr("deadline.baseline");
        }
        return notes.stream().anyMatch(w -> w.kind().doubtsDeadline()) ? " " + i18n.tr("deadline.unsure") : "";
    }

    // ---- files --------------------------------------------------------------------------------------------------

    /** Asks for a CSV file and adds its trips: all of them or, at the first bad row, none. */
    public void importTrips() {
        dialogs.chooseOpen(i18n.tr("timeline.import.title"), "csv").ifPresent(this::importTrips);
    }

    public void importTrips(Path file) {
        executor.run(() -> TripCsv.read(file), read -> {
            // the CSV has no planned mark: a trip is already there when all four columns match
            Set<Trip> have = new LinkedHashSet<>();
            trips.forEach(t -> have.add(new Trip(t.country(), t.entry(), t.exit(), t.note(), false)));
            List<Trip> added = new ArrayList<>();
            for (Trip t : read) {
                if (have.add(t)) {
                    added.add(t);
                }
            }
            List<Trip> all = new ArrayList<>(trips);
            all.addAll(added);
            List<TripOverlaps.Overlap> overlaps = TripOverlaps.find(all, today()).stream()
                    .filter(o -> added.stream().anyMatch(o::involves)).toList();
            if (!added.isEmpty()) {
                change(() -> trips.addAll(added));
            }
            StringBuilder text = new StringBuilder(i18n.tr("timeline.import.done",
                    i18n.count("timeline.trips", added.size()), read.size() - added.size(), file.getFileName()));
            if (!overlaps.isEmpty()) {
                text.append(System.lineSeparator()).append(System.lineSeparator())
                        .append(i18n.tr("timeline.import.overlaps"));
                overlaps.forEach(o -> text.append(System.lineSeparator()).append("· ").append(describe(o)));
            }
            dialogs.showInfo(i18n.tr("timeline.import.title"), text.toString());
        }, e -> dialogs.showError(i18n.tr("timeline.import.failed"), importProblem(file, e)));
    }

    private String importProblem(Path file, Exception e) {
        if (e instanceof TripCsvException t && t.problem() == TripCsvException.Problem.TOO_LARGE) {
            return i18n.tr("timeline.import.too_large", file.getFileName(), (Long.parseLong(t.value()) + 1024 * 1024 - 1) / (1024 * 1024),
                    TripCsv.MAX_BYTES / (1024 * 1024)) + " " + i18n.tr("timeline.import.nothing");
        }
        if (e instanceof TripCsvException t) {
            String reason = i18n.tr("csv." + t.problem().name().toLowerCase(Locale.ROOT), t.value());
            return (t.field() == null ? i18n.tr("timeline.import.bad_line", file.getFileName(), t.line(), reason)
                    : i18n.tr("timeline.import.bad_row", file.getFileName(), t.line(), t.field(), reason))
                    + " " + i18n.tr("timeline.import.nothing");
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return i18n.tr("timeline.import.not_utf8", file.getFileName()) + " " + i18n.tr("timeline.import.nothing");
        }
        if (e instanceof NoSuchFileException) {
            return i18n.tr("timeline.import.missing", file);
        }
        return i18n.tr("timeline.import.unreadable", file, String.valueOf(e.getMessage()));
    }

    /** Asks where to and writes every trip as CSV. */
    public void exportTrips() {
        dialogs.chooseSave(i18n.tr("timeline.export.title"), "trips.csv", "csv").ifPresent(this::exportTrips);
    }

    public void exportTrips(Path file) {
        List<Trip> all = List.copyOf(trips);
        writeAtomically(file, w -> TripCsv.write(all, w), i18n.tr("timeline.export.done",
                i18n.count("timeline.trips", all.size()), file.getFileName()));
    }

    /** Asks where to and writes every upcoming deadline as a calendar file. */
    public void exportCalendar() {
        dialogs.chooseSave(i18n.tr("timeline.ics.title"), "deadlines.ics", "ics").ifPresent(this::exportCalendar);
    }

    public void exportCalendar(Path file) {
        List<IcsWriter.Event> events = calendarEvents();
        IcsWriter writer = new IcsWriter(clock);
        executor.run(() -> {
            writer.write(events, file);
            return null;
        }, ok -> dialogs.showInfo(i18n.tr("timeline.ics.title"), i18n.tr("timeline.ics.done",
                i18n.count("timeline.events", events.size()), file.getFileName())),
                e -> dialogs.showError(i18n.tr("timeline.export.failed"), i18n.tr("timeline.export.failed.text",
                        file, String.valueOf(e.getMessage()))));
    }

    /** One all-day event per upcoming deadline; the same deadline keeps its UID from one export to the next. */
    List<IcsWriter.Event> calendarEvents() {
        LocalDate today = today();
        List<IcsWriter.Event> events = new ArrayList<>();
        for (Deadline d : deadlines) {
            if (d.date().isBefore(today)) {
                continue;
            }
            // the key stays the same when a date moves (a stay's latest exit after an edit), so that importing again
            // updates the event; documents are told apart by their own dates, which move only with the document
            boolean document = d.kind() == Deadline.Kind.VISA_ENDS || d.kind() == Deadline.Kind.PERMIT_ENDS
                    || d.kind() == Deadline.Kind.PASSPORT_EXPIRES || d.kind() == Deadline.Kind.PASSPORT_BEFORE_TRIP_END;
            String key = d.kind() + "-" + d.area() + (d.trip() == null ? "" : "-" + d.trip().entry())
                    + (document ? "-" + d.date() : "");
            boolean over = d.kind() == Deadline.Kind.OVERSTAY;
            events.add(new IcsWriter.Event(key.toLowerCase(Locale.ROOT) + "@relocation-planner", d.date(),
                    describe(d, false), i18n.tr(over ? "timeline.ics.overstay" : "timeline.ics.description"),
                    reminders(d, today)));
        }
        return events;
    }

    /**
     * The days before a deadline its reminders go off, none before today (the day the file is written): a passport
     * 6 months, 3 months and 2 weeks ahead (renewing one abroad takes months), an overstay on the day itself (it is
     * today), anything else 14 and 3 days ahead.
     */
    static List<Integer> reminders(Deadline d, LocalDate today) {
        List<Integer> ahead;
        if (d.kind() == Deadline.Kind.OVERSTAY) {
            ahead = List.of(0);
        } else if (d.kind() == Deadline.Kind.PASSPORT_EXPIRES) {
            ahead = List.of((int) java.time.temporal.ChronoUnit.DAYS.between(d.date().minusMonths(6), d.date()),
                    (int) java.time.temporal.ChronoUnit.DAYS.between(d.date().minusMonths(3), d.date()), 14);
        } else {
            ahead = IcsWriter.DEFAULT_REMINDERS;
        }
        List<Integer> left = ahead.stream().filter(days -> !d.date().minusDays(days).isBefore(today)).toList();
        return left.isEmpty() ? List.of(0) : left; // a deadline days away still gets one: on its day
    }

    private void writeAtomically(Path file, AtomicFile.Content content, String done) {
        executor.run(() -> {
            AtomicFile.write(file, content);
            return null;
        }, ok -> dialogs.showInfo(i18n.tr("timeline.export.title"), done),
                e -> dialogs.showError(i18n.tr("timeline.export.failed"), i18n.tr("timeline.export.failed.text",
                        file, String.valueOf(e.getMessage()))));
    }
}
