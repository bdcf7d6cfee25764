package org.relocationplanner.ui.budget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper preferManual = new ReadOnlyBooleanWrapper(false);
    private boolean requested;
    private int generation;

    public RatesState(BudgetStore store, TaskExecutor executor, boolean preferManual) {
        this.store = store;
        this.executor = executor;
        this.preferManual.set(preferManual);
    }

    public ReadOnlyObjectProperty<RateHistory> historyProperty() {
        return history.getReadOnlyProperty();
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
            return;
        }
        requested = true;
        reload(onFailure);
    }

    private List<String> priority() {
        List<String> p = new ArrayList<>();
        if (preferManual.get()) {
            p.add("MANUAL");
        }
        p.addAll(RateHistory.DEFAULT_PRIORITY);
        if (!preferManual.get()) {
            p.add("MANUAL");
        }
        return p;
    }

    /** Reads the history again; of reloads that overlap, only the last one asked for counts. */
    private void reload(Consumer<Exception> onFailure) {
        loading.set(true);
        List<String> priority = priority();
        int mine = ++generation;
        executor.run(() -> RateHistory.of(store.rates(), priority), h -> {
            if (mine == generation) {
                history.set(h);
                loading.set(false);
            }
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                requested = history.get() != null; // a failed first read is tried again next time
                onFailure.accept(e);
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
            byte[] bytes = Files.readAllBytes(file);
            if (RatesReader.detect(bytes) == RatesReader.Format.CBR_DAILY_XML) {
                store.rememberCbrIds(RatesReader.cbrIds(bytes));
            }
            List<Rate> rates = RatesReader.read(bytes, store.cbrIds());
            int[] r = store.saveRates(rates);
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
