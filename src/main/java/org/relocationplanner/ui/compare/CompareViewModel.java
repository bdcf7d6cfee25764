package org.relocationplanner.ui.compare;

import org.relocationplanner.service.CompareStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.relocationplanner.domain.CountryFacts;
import org.relocationplanner.domain.CountryShape;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.CriterionGroup;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.domain.DestinationFilter;
import org.relocationplanner.domain.EffectiveFact;
import org.relocationplanner.domain.Ranking;
import org.relocationplanner.domain.Score;
import org.relocationplanner.domain.Scorer;
import org.relocationplanner.domain.UserAnnotation;
import org.relocationplanner.domain.Weights;
import org.relocationplanner.ui.common.DialogService;
import org.relocationplanner.ui.common.FactFormatter;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.TaskExecutor;

/**
 * State and commands of the Compare screen: the ranking under the user's weights and filters, the picked
 * destinations side by side, and the user's own values and notes. Never touches a control.
 */
public final class CompareViewModel {

    /** The criteria the ranking table shows (and its CSV export writes), after the score. */
    static final List<Criterion> RANKING_COLUMNS = List.of(Criterion.STAY_ALLOWED, Criterion.RUSSIAN_USE,
            Criterion.BANK_ACCOUNT, Criterion.HANDOVER_RISK, Criterion.PRICE_LEVEL, Criterion.RESIDENCE_ROUTES,
            Criterion.RESIDENCE_FEE, Criterion.DIRECT_FLIGHTS);

    public static final int MIN_PICKED = 2;
    public static final int MAX_PICKED = 6;

    // Properties
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty visaFreeOnly = new SimpleBooleanProperty();
    private final BooleanProperty russianWidelyUsedOnly = new SimpleBooleanProperty();
    private final BooleanProperty bankAccountOnly = new SimpleBooleanProperty();
    private final ObjectProperty<Weights> weights;
    private final ObservableList<Ranking.Entry> ranking = FXCollections.observableArrayList();
    private final ObservableList<String> picked = FXCollections.observableArrayList();
    private final ObservableList<SideBySideRow> sideBySide = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedCode = new SimpleObjectProperty<>();
    private final ObservableList<String> explanation = FXCollections.observableArrayList();
    // read-only views, made once: such a view only weakly listens to its list, so a fresh one per call loses events
    private final ObservableList<Ranking.Entry> rankingView = FXCollections.unmodifiableObservableList(ranking);
    private final ObservableList<String> pickedView = FXCollections.unmodifiableObservableList(picked);
    private final ObservableList<SideBySideRow> sideBySideView = FXCollections.unmodifiableObservableList(sideBySide);
    private final ObservableList<String> explanationView = FXCollections.unmodifiableObservableList(explanation);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Integer> shownCount = new ReadOnlyObjectWrapper<>(0);
    private final ReadOnlyObjectWrapper<List<CountryShape>> shapes = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Map<String, Double>> mapScores = new ReadOnlyObjectWrapper<>(Map.of());
    private boolean mapAsked;

    private final List<Destination> destinations;
    private final Map<String, UserAnnotation> annotations = new HashMap<>();
    /** What each edit replaced, newest first: an empty annotation stands for "nothing was there". */
    private final java.util.Deque<UserAnnotation> undo = new java.util.ArrayDeque<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper canUndo = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final String passport;
    private List<String> held;
    private CountryFacts.RuleLookup rules;
    private final Clock clock;
    private final CompareStore store;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final I18n i18n;
    private final FactFormatter format;
    private List<CountryFacts> all = List.of();
    private Map<String, Score> scores = Map.of();

    public CompareViewModel(List<Destination> destinations, Collection<UserAnnotation> annotations, Weights weights,
                            List<String> picked, String passport, Clock clock, CompareStore store,
                            TaskExecutor executor, DialogService dialogs, I18n i18n) {
        this.destinations = List.copyOf(destinations);
        annotations.forEach(a -> this.annotations.put(key(a.country(), a.criterion()), a));
        this.weights = new SimpleObjectProperty<>(weights);
        this.passport = passport;
        this.clock = clock;
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.format = new FactFormatter(i18n);
        Set<String> known = new LinkedHashSet<>();
        destinations.forEach(d -> known.add(d.code()));
        picked.stream().filter(known::contains).distinct().limit(MAX_PICKED).forEach(this.picked::add);

        filterText.addListener((o, a, b) -> rerank());
        visaFreeOnly.addListener((o, a, b) -> rerank());
        russianWidelyUsedOnly.addListener((o, a, b) -> rerank());
        bankAccountOnly.addListener((o, a, b) -> rerank());
        this.weights.addListener((o, a, b) -> rerank());
        selectedCode.addListener((o, a, b) -> explain());
        rebuildFacts();
    }

    // Properties, as the View binds them

    /** Takes over the filters the same screen had before it was built again in another language (issue 16). */
    public void carryFrom(CompareViewModel before) {
        filterTextProperty().set(before.filterTextProperty().get());
        visaFreeOnlyProperty().set(before.visaFreeOnlyProperty().get());
        russianWidelyUsedOnlyProperty().set(before.russianWidelyUsedOnlyProperty().get());
        bankAccountOnlyProperty().set(before.bankAccountOnlyProperty().get());
        // the undo history, when the values it would put back are the ones read again (the same data)
        if (annotations.equals(before.annotations)) {
            undo.addAll(before.undo);
            canUndo.set(!undo.isEmpty());
        }
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public BooleanProperty visaFreeOnlyProperty() {
        return visaFreeOnly;
    }

    public BooleanProperty russianWidelyUsedOnlyProperty() {
        return russianWidelyUsedOnly;
    }

    public BooleanProperty bankAccountOnlyProperty() {
        return bankAccountOnly;
    }

    public ReadOnlyObjectProperty<Weights> weightsProperty() {
        return weights;
    }

    public ObservableList<Ranking.Entry> ranking() {
        return rankingView;
    }

    public ObservableList<String> picked() {
        return pickedView;
    }

    public ObservableList<SideBySideRow> sideBySide() {
        return sideBySideView;
    }

    public ObjectProperty<String> selectedCodeProperty() {
        return selectedCode;
    }

    public ObservableList<String> explanation() {
        return explanationView;
    }

    /** A short word for the user about the last command (e.g. why a pick was refused). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    /** The world's outlines for the map; empty until {@link #loadMap()} has read them. */
    public ReadOnlyObjectProperty<List<CountryShape>> shapesProperty() {
        return shapes.getReadOnlyProperty();
    }

    /** The score of each destination the ranking shows, for the map. */
    public ReadOnlyObjectProperty<Map<String, Double>> mapScoresProperty() {
        return mapScores.getReadOnlyProperty();
    }

    /** Reads the shipped world map off the FX thread, once, when the Compare screen is built. */
    public void loadMap() {
        if (mapAsked) {
            return;
        }
        mapAsked = true;
        executor.run(org.relocationplanner.io.WorldMapReader::readShipped, shapes::set, e -> {
            org.slf4j.LoggerFactory.getLogger(CompareViewModel.class).error("The world map cannot be read", e);
            message.set(i18n.tr("compare.map.failed"));
        });
    }

    /** What hovering a country on the map says: its name, score and place, the top reasons, what is unknown. */
    public String describeOnMap(String code) {
        Optional<Ranking.Entry> entry = ranking.stream().filter(e -> e.country().code().equals(code)).findFirst();
        if (entry.isEmpty()) {
            return new java.util.Locale("", code).getDisplayCountry(i18n.locale());
        }
        Score score = entry.get().score();
        StringBuilder b = new StringBuilder(i18n.tr("compare.map.tip", entry.get().country().destination().name()
                .in(i18n.locale()), i18n.decimal(score.points(), 1), entry.get().place()));
        List<String> reasons = score.parts().stream().filter(p -> !p.unknown() && p.points() > 0).limit(3)
                .map(p -> i18n.tr("compare.map.reason", i18n.tr(p.criterion().messageKey()),
                        i18n.decimal(p.points(), 1))).toList();
        if (!reasons.isEmpty()) {
            b.append('\n').append(i18n.tr("compare.map.reasons", String.join(", ", reasons)));
        }
        b.append('\n').append(i18n.tr("compare.known", Math.round(score.knownShare() * 100)));
        return b.toString();
    }

    /** Asks where to and writes the ranking as shown (place, country, score, how much is known, each column). */
    public void exportRanking() {
        dialogs.chooseSave(i18n.tr("compare.export.title"), "ranking.csv", "csv").ifPresent(this::exportRanking);
    }

    public void exportRanking(java.nio.file.Path file) {
        List<String> header = new ArrayList<>(List.of(i18n.tr("compare.export.place"), i18n.tr("compare.col.code"),
                i18n.tr("compare.col.country"), i18n.tr("compare.col.score"), i18n.tr("compare.col.known")));
        for (Criterion c : RANKING_COLUMNS) {
            header.add(i18n.tr(c.messageKey()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Ranking.Entry e : ranking) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(e.place()), e.country().code(),
                    e.country().destination().name().in(i18n.locale()), i18n.decimal(e.score().points(), 1),
                    Math.round(e.score().knownShare() * 100) + "%"));
            for (Criterion c : RANKING_COLUMNS) {
                row.add(format.withBoth(e.country().get(c)));
            }
            rows.add(row);
        }
        executor.run(() -> {
            // a semicolon where the decimal separator is a comma (Russian), so that a spreadsheet opens the columns
            char separator = i18n.decimal(0.5, 1).contains(",") ? ';' : ',';
            org.relocationplanner.io.AtomicFile.write(file, w -> org.relocationplanner.io.Csv.write(w, header, rows,
                    separator));
            return null;
        }, ok -> dialogs.showInfo(i18n.tr("compare.export.title"), i18n.tr("compare.export.done", rows.size(),
                file.getFileName())), e -> dialogs.showError(i18n.tr("timeline.export.failed"),
                i18n.tr("timeline.export.failed.text", file, String.valueOf(e.getMessage()))));
    }

    /** Asks where to and saves the map as a picture; {@code picture} takes it as drawn (on the FX thread). */
    public void exportMap(java.util.function.Supplier<javafx.scene.image.WritableImage> picture) {
        dialogs.chooseSave(i18n.tr("compare.map.export.title"), "ranking-map.png", "png").ifPresent(file -> {
            int[][] pixels = org.relocationplanner.ui.common.Png.pixels(picture.get());
            executor.run(() -> {
                org.relocationplanner.ui.common.Png.write(pixels, file);
                return null;
            }, ok -> dialogs.showInfo(i18n.tr("compare.map.export.title"), i18n.tr("compare.map.export.done",
                    file.getFileName())), e -> dialogs.showError(i18n.tr("timeline.export.failed"),
                    i18n.tr("timeline.export.failed.text", file, String.valueOf(e.getMessage()))));
        });
    }

    public int totalCount() {
        return destinations.size();
    }

    public FactFormatter formatter() {
        return format;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean isPicked(String code) {
        return picked.contains(code);
    }

    // Commands

    public void setWeight(Criterion criterion, int weight) {
        Weights next = weights.get().with(criterion, weight);
        if (!next.equals(weights.get())) {
            weights.set(next);
            saveLater(() -> store.saveWeights(next));
        }
    }

    public void resetWeights() {
        weights.set(Weights.defaults());
        Weights w = weights.get();
        saveLater(() -> store.saveWeights(w));
    }

    /** Adds or removes a destination from the side-by-side view; at most six can be picked. */
    public boolean togglePick(String code) {
        if (picked.contains(code)) {
            picked.remove(code);
        } else if (picked.size() >= MAX_PICKED) {
            message.set(i18n.tr("compare.pick.max", MAX_PICKED));
            return false;
        } else {
            picked.add(code);
        }
        message.set(picked.size() < MIN_PICKED ? i18n.tr("compare.pick.hint", MIN_PICKED, MAX_PICKED) : "");
        List<String> now = List.copyOf(picked);
        saveLater(() -> store.savePicked(now));
        rebuildSideBySide();
        return true;
    }

    public void clearPicked() {
        picked.clear();
        message.set(i18n.tr("compare.pick.hint", MIN_PICKED, MAX_PICKED));
        saveLater(() -> store.savePicked(List.of()));
        rebuildSideBySide();
    }

    /** Opens the edit dialog for one value and keeps what the user decides. */
    public void editValue(String code, Criterion criterion) {
        CountryFacts country = find(code).orElseThrow();
        EffectiveFact fact = country.get(criterion);
        Optional<DialogService.FactEdit> edit = dialogs.editFact(country.destination().name().in(i18n.locale()),
                country.destination().currency(), fact);
        // "reset" drops the user's value but keeps the note as it stands in the dialog
        edit.ifPresent(e -> keep(new UserAnnotation(code, criterion, e.reset() ? null : e.value(), e.note())));
    }

    /** Brings the shipped value back; the user's note stays. */
    public void resetValue(String code, Criterion criterion) {
        UserAnnotation old = annotations.get(key(code, criterion));
        keep(new UserAnnotation(code, criterion, null, old == null ? "" : old.note()));
    }

    public javafx.beans.property.ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Takes back the last change of a value or note (Ctrl+Z); the one before it can be taken back next. */
    public void undo() {
        UserAnnotation previous = undo.poll();
        if (previous == null) {
            return;
        }
        apply(previous);
        canUndo.set(!undo.isEmpty());
        String country = find(previous.country()).map(c -> c.destination().name().in(i18n.locale()))
                .orElse(previous.country());
        message.set(i18n.tr("compare.undone", country, i18n.tr(previous.criterion().messageKey())));
    }

    private void keep(UserAnnotation a) {
        UserAnnotation before = annotations.get(key(a.country(), a.criterion()));
        UserAnnotation was = before != null ? before : new UserAnnotation(a.country(), a.criterion(), null, "");
        if (was.equals(a)) {
            return; // nothing changed: nothing to save or to undo
        }
        undo.push(before != null ? before : new UserAnnotation(a.country(), a.criterion(), null, ""));
        canUndo.set(true);
        apply(a);
    }

    private void apply(UserAnnotation a) {
        if (a.isEmpty()) {
            annotations.remove(key(a.country(), a.criterion()));
        } else {
            annotations.put(key(a.country(), a.criterion()), a);
        }
        saveLater(() -> store.saveAnnotation(a));
        rebuildFacts();
    }

    private void saveLater(Runnable save) {
        executor.run(save, e -> {
            org.slf4j.LoggerFactory.getLogger(CompareViewModel.class).error("Saving failed", e);
            dialogs.showError(i18n.tr("error.save.title"), i18n.tr("error.save.text"));
        });
    }

    // Derived state

    private void rebuildFacts() {
        all = rules == null ? CountryFacts.of(destinations, annotations.values(), passport, today())
                : CountryFacts.of(destinations, annotations.values(), held, today(), rules);
        rerank();
    }

    /**
     * Ranks by every passport the user holds ({@code passports}, the main one first), each destination by the
     * passport the rules favour there, with rules researched or read from the general listing ({@code rules}).
     */
    public void usePassports(List<String> passports, CountryFacts.RuleLookup rules) {
        this.held = org.relocationplanner.domain.Situation.held(passport, passports);
        this.rules = rules;
        rebuildFacts();
    }

    private void rerank() {
        DestinationFilter filter = new DestinationFilter(filterText.get(), visaFreeOnly.get(),
                russianWidelyUsedOnly.get(), bankAccountOnly.get());
        scores = Scorer.score(all, weights.get());
        ranking.setAll(Ranking.rank(all, scores, filter));
        shownCount.set(ranking.size());
        Map<String, Double> onMap = new HashMap<>();
        ranking.forEach(e -> onMap.put(e.country().code(), e.score().points()));
        mapScores.set(onMap);
        explain();
        rebuildSideBySide();
    }

    private void explain() {
        String code = selectedCode.get();
        Optional<CountryFacts> country = code == null ? Optional.empty() : find(code);
        if (country.isEmpty() || !scores.containsKey(code)) {
            explanation.setAll(i18n.tr("compare.why.pick"));
            return;
        }
        Score score = scores.get(code);
        List<String> lines = new ArrayList<>();
        lines.add(i18n.tr("compare.why.total", country.get().destination().name().in(i18n.locale()),
                i18n.decimal(score.points(), 1)));
        lines.add(i18n.tr("compare.why.known", Math.round(score.knownShare() * 100), score.knownWeight(),
                score.totalWeight()));
        List<String> unknown = new ArrayList<>();
        for (Score.Part p : score.parts()) {
            EffectiveFact f = country.get().get(p.criterion());
            String name = i18n.tr(p.criterion().messageKey());
            if (p.unknown()) {
                unknown.add(name);
                lines.add(i18n.tr("compare.why.part_unknown", name, "", i18n.decimal(p.valueScore(), 2), p.weight(),
                        i18n.decimal(p.points(), 1)));
            } else if (p.conflict()) {
                lines.add(i18n.tr("compare.why.part_conflict", name, format.value(p.criterion(), f.value()),
                        format.value(p.criterion(), f.alternative()), format.value(p.criterion(), f.counted()),
                        i18n.decimal(p.valueScore(), 2), p.weight(), i18n.decimal(p.points(), 1)));
            } else {
                lines.add(i18n.tr("compare.why.part", name, format.value(p.criterion(), f.counted()),
                        i18n.decimal(p.valueScore(), 2), p.weight(), i18n.decimal(p.points(), 1)));
            }
        }
        if (!unknown.isEmpty()) {
            lines.add(Double.isNaN(score.unknownCost())
                    ? i18n.tr("compare.why.nothing_known", String.join(", ", unknown))
                    : i18n.tr("compare.why.unknown_cost", String.join(", ", unknown),
                            i18n.decimal(score.unknownCost(), 1)));
        }
        explanation.setAll(lines);
    }

    private void rebuildSideBySide() {
        List<CountryFacts> shown = new ArrayList<>();
        for (String code : picked) {
            find(code).ifPresent(shown::add);
        }
        List<SideBySideRow> rows = new ArrayList<>();
        if (shown.isEmpty()) {
            sideBySide.clear(); // the view then shows how to pick
            return;
        }
        LocalDate today = today();
        for (CriterionGroup group : CriterionGroup.values()) {
            rows.add(new SideBySideRow(group, null, i18n.tr("group." + group.name().toLowerCase()), List.of()));
            for (Criterion c : Criterion.values()) {
                if (c.group() != group) {
                    continue;
                }
                Set<String> best = Scorer.bestIn(c, shown, all);
                List<SideBySideRow.Cell> cells = new ArrayList<>();
                for (CountryFacts country : shown) {
                    EffectiveFact f = country.get(c);
                    cells.add(new SideBySideRow.Cell(country.code(), format.shown(f),
                            format.details(f, today, country.destination()), best.contains(country.code()),
                            format.isStale(f.shipped(), today) && !f.isOverridden(), f.isOverridden(),
                            !f.userNote().isEmpty()));
                }
                rows.add(new SideBySideRow(group, c, i18n.tr(c.messageKey()), cells));
            }
        }
        sideBySide.setAll(rows);
    }

    public Optional<CountryFacts> find(String code) {
        return all.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    private static String key(String code, Criterion c) {
        return code + "|" + c.name();
    }
}
