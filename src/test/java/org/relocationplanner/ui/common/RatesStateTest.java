package org.relocationplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.relocationplanner.ui.FakeBudgetStore;

/** The rates read at start (issue 20) and the screens that open while it runs. */
class RatesStateTest {

    @Test
    void aScreenOpenedWhileTheReadAtStartRunsIsToldWhenItFailsAndTheNextOneReadsAgain() {
        FakeBudgetStore store = new FakeBudgetStore(List.of());
        store.rates.add(null); // the store's read fails
        List<Runnable> queued = new ArrayList<>();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
                queued.add(() -> TaskExecutor.direct().run(work, onSuccess, onFailure)); // run when the test says
            }
        };
        RatesState state = new RatesState(store, later, false);
        List<String> told = new ArrayList<>();
        state.load(e -> told.add("start"));
        state.load(e -> told.add("budget")); // Budget opened while the read at start runs
        assertEquals(1, queued.size(), "one read");
        queued.remove(0).run();
        assertEquals(List.of("start", "budget"), told);
        state.load(e -> told.add("rates"));
        assertEquals(1, queued.size(), "a failed read is tried again when the next screen opens");
        queued.remove(0).run();
        assertEquals(List.of("start", "budget", "rates"), told, "each failure told once, to those waiting");
    }
}
