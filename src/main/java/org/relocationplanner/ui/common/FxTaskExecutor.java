package org.relocationplanner.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/** One background thread for the database: writes stay in order, the window never waits. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "planner-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                runLater(() -> onSuccess.accept(result));
            } catch (Exception e) {
                runLater(() -> onFailure.accept(e));
            }
        });
    }

    /** At exit the FX thread may already be gone: the work is done, only its reply is dropped. */
    private static void runLater(Runnable r) {
        try {
            Platform.runLater(r);
        } catch (IllegalStateException e) {
            org.slf4j.LoggerFactory.getLogger(FxTaskExecutor.class).debug("FX thread gone: {}", e.getMessage());
        }
    }

    @Override
    public void afterFirstFrame(Runnable work) {
        Pulses.after(2, work);
    }

    /** Lets queued saves finish (for up to ten seconds) before the database is closed. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                org.slf4j.LoggerFactory.getLogger(FxTaskExecutor.class).warn("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
