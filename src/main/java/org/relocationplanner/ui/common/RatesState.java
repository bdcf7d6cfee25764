package org.relocationplanner.ui.common;

import org.relocationplanner.service.BudgetStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.relocationplanner.domain.Rate;
import org.relocationplanner.domain.RateHistory;
import org.relocationplanner.io.RatesReader;
import org.relocationplanner.ui.common.TaskExecutor;

/**
 * The rate history the Budget and Rates screens share: read from the database off the FX thread when first
 * needed, and again after an import or a rate of the user's own.
 */
public final class RatesState {

    /** How an import went: rows added, updated and skipped. */
    public record Imported(Path file, int added, int updated, int skipped) {
    }

    private final BudgetStore store;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<RateHistory> history = new ReadOnlyObjectWrapper<>();
    private java.util.Map<String, List<org.relocationplanner.domain.RateCoverage.Span>> spans = java.util.Map.of();
    private java.util.Map<String, String> cbrIds = java.util.Map.of();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ReadOnlyIntegerWrapper setAside = new javafx.beans.property
            .ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper preferManual = new ReadOnlyBooleanWrapper(false);
    private boolean requested;
    private final List<Consumer<Exception>> waiting = new java.util.ArrayList<>();
    private int generation;

    public RatesState(BudgetStore store, TaskExecutor executor, boolean preferManual) {
        this.store = store;
        this.executor = executor;
        this.preferManual.set(preferManual);
    }

    public ReadOnlyObjectProperty<RateHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** Each currency's runs of quotes by source, as of the last read (set before the history). */
    public java.util.Map<String, List<org.relocationplanner.domain.RateCoverage.Span>> spans() {
        return spans;
    }

    /** The Bank of Russia's currency IDs learnt from imported daily files, as of the last read. */
    public java.util.Map<String, String> cbrIds() {
        return cbrIds;
    }

    /** How many stored rates are set aside as outside the ranges the app keeps, as of the last read. */
    public javafx.beans.property.ReadOnlyIntegerProperty setAsideProperty() {
        return setAside.getReadOnlyProperty();
    }

    /** Writes the rates set aside to {@code file}, off the FX thread. */
    public void writeSetAside(Path file, Runnable done, Consumer<Exception> onFailure) {
        executor.run(() -> {
            store.writeSetAsideRates(file);
            return null;
        }, ok -> done.run(), onFailure);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty preferManualProperty() {
        return preferManual.getReadOnlyProperty();
    }

    /** Starts reading the rates, once; the history property is set when they are in. */
    public void load(Consumer<Exception> onFailure) {
        if (requested) {
            if (loading.get()) {
                waiting.add(onFailure); // a screen opened during the read at start: told if that read fails
            }
            return;
        }
        requested = true;
        reload(onFailure);
    }

    private record Read(RateHistory history, Map<String, List<org.relocationplanner.domain.RateCoverage.Span>> spans,
                        Map<String, String> cbrIds, int setAside) {
    }

    /** Reads the history again; of reloads that overlap, only the last one asked for counts. */
    private void reload(Consumer<Exception> onFailure) {
        loading.set(true);
        boolean prefer = preferManual.get();
        int mine = ++generation;
        executor.run(() -> {
            List<Rate> all = store.rates();
            return new Read(org.relocationplanner.domain.RatePolicy.history(all, prefer),
                    org.relocationplanner.domain.RateCoverage.spans(all), store.cbrIds(), store.setAsideRates());
        }, read -> {
            if (mine == generation) {
                spans = read.spans();
                cbrIds = Map.copyOf(read.cbrIds());
                setAside.set(read.setAside());
                history.set(read.history());
                loading.set(false);
                waiting.clear();
            }
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                requested = history.get() != null; // a failed first read is tried again next time
                onFailure.accept(e);
                List<Consumer<Exception>> told = List.copyOf(waiting);
                waiting.clear();
                told.forEach(w -> w.accept(e));
            }
        });
    }

    public void setPreferManual(boolean prefer, Consumer<Exception> onFailure) {
        if (prefer == preferManual.get()) {
            return;
        }
        preferManual.set(prefer);
        executor.run(() -> store.savePreferManualRates(prefer), onFailure);
        reload(onFailure);
    }

    /** Reads a rates file of any known format and stores it, all or nothing; then reads the history again. */
    public void importFile(Path file, Consumer<Imported> done, Consumer<Exception> onFailure) {
        executor.run(() -> {
            int[] r = store.importRates(org.relocationplanner.io.RatesReader.bytes(file));
            return new Imported(file, r[0], r[1], r[2]);
        }, imported -> {
            done.accept(imported);
            reload(onFailure);
        }, onFailure);
    }

    /** Keeps a rate the user got from a transfer service (source MANUAL). */
    public void addManual(Rate rate, Runnable done, Consumer<Exception> onFailure) {
        executor.run(() -> store.saveRates(List.of(rate)), r -> {
            done.run();
            reload(onFailure);
        }, onFailure);
    }
}
