package org.relocationplanner.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds back the messages that background work shows when it ends (a backup's path, an import's result) while the
 * window is locked: they would show personal details over the lock screen. They show after the password. FX thread.
 */
public final class MessageGate {

    private static boolean closed;
    private static final List<Runnable> WAITING = new ArrayList<>();

    private MessageGate() {
    }

    /** The window is locked: messages wait from now on. */
    public static void close() {
        closed = true;
    }

    /** The window is unlocked: the messages that waited show now, in order. */
    public static void open() {
        closed = false;
        List<Runnable> now = List.copyOf(WAITING);
        WAITING.clear();
        now.forEach(Runnable::run);
    }

    /** The app stops: nothing waits any more. */
    public static void reset() {
        closed = false;
        WAITING.clear();
    }

    /** Shows a message now, or after the unlock when the window is locked. */
    public static void show(Runnable message) {
        if (closed) {
            WAITING.add(message);
        } else {
            message.run();
        }
    }
}
