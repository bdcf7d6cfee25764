package org.relocationplanner.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and file work off the FX thread and hands the result back on it.
 * Tests use {@link #direct()}, which runs everything on the calling thread.
 */
public interface TaskExecutor {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    default void run(Runnable work, Consumer<Exception> onFailure) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> { }, onFailure);
    }

    /** Runs start-up work once the window's first frame is drawn; at once where there is no window. */
    default void afterFirstFrame(Runnable work) {
        work.run();
    }

    static TaskExecutor direct() {
        return new TaskExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
