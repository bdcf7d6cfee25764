package org.relocationplanner.app;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a second copy of the app ask the running one to come to the front, through a file in the data
 * folder: the app opens no socket, not even on this machine.
 */
public final class FocusSignal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FocusSignal.class);
    static final String FILE = org.relocationplanner.service.DataFolder.FOCUS_FILE;

    private final WatchService watcher;

    private FocusSignal(WatchService watcher) {
        this.watcher = watcher;
    }

    /** Asks the copy that uses {@code folder} to show its window. */
    public static void request(Path folder) throws IOException {
        Files.writeString(folder.resolve(FILE), String.valueOf(ProcessHandle.current().pid()));
    }

    /** Calls {@code onRequest} (on a background thread) whenever another copy asks for focus. */
    public static FocusSignal watch(Path folder, Runnable onRequest) throws IOException {
        WatchService watcher = folder.getFileSystem().newWatchService();
        folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    WatchKey key = watcher.take();
                    boolean asked = key.pollEvents().stream().anyMatch(e -> FILE.equals(String.valueOf(e.context())));
                    key.reset();
                    if (asked) {
                        Files.deleteIfExists(folder.resolve(FILE));
                        onRequest.run();
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                LOG.warn("Focus requests are no longer watched: {}", e.getMessage());
            }
        }, "focus-signal");
        t.setDaemon(true);
        t.start();
        return new FocusSignal(watcher);
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("closing the focus watcher: {}", e.getMessage());
        }
    }
}
