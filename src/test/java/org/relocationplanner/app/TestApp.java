package org.relocationplanner.app;

import org.relocationplanner.service.DataFolder;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.relocationplanner.data.DatabaseProblem;
import org.relocationplanner.ui.common.FilePicker;
import org.relocationplanner.ui.common.TaskExecutor;
import org.relocationplanner.ui.common.UiPreferences;

/**
 * The app as a UI test starts it: a temporary data folder, a fixed "today", its own preferences node, work run
 * on the FX thread, and start-up questions answered by the test.
 */
public final class TestApp {

    public static final Instant TODAY = Instant.parse("2026-11-22T09:00:00Z");

    public final Path dataDir;
    public final Preferences prefsNode;
    public final List<DatabaseProblem> asked = new ArrayList<>();
    public StartupDialogs.LockedChoice lockedAnswer = StartupDialogs.LockedChoice.QUIT;
    public boolean freshAnswer = true;
    public int quits;
    public final List<String> cannotStart = new ArrayList<>();
    /** The files the next file dialogs answer with, in turn (none left: the user cancels). */
    public final java.util.Deque<java.nio.file.Path> files = new java.util.ArrayDeque<>();

    /** "Now" for the app: 22 November 2026, 09:00 UTC until a test moves it on (to make the window idle). */
    public final MovableClock clock = new MovableClock(TODAY);

    /** A clock a test can move forward. */
    public static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        public void advance(java.time.Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Whether a new data folder starts with the first-start assistant (off: the tests start on the screens). */
    public boolean firstRun;
    /** What the fake folder picker answers (null: cancelled). */
    public Path folderAnswer;

    public TestApp(Path dataDir) {
        this.dataDir = dataDir;
        this.prefsNode = Preferences.userRoot().node("relocation-planner-tests/" + UUID.randomUUID());
    }

    public AppConfig config(Locale system) {
        StartupDialogs dialogs = new StartupDialogs() {
            @Override
            public LockedChoice databaseLocked(DatabaseProblem problem) {
                asked.add(problem);
                return lockedAnswer;
            }

            @Override
            public boolean offerFreshDatabase(DatabaseProblem problem) {
                asked.add(problem);
                return freshAnswer;
            }

            @Override
            public void cannotStart(String message) {
                cannotStart.add(message);
            }
        };
        return new AppConfig(new DataFolder(dataDir), clock, new UiPreferences(prefsNode),
                system, TaskExecutor.direct(), dialogs, () -> quits++, new FilePicker() {
                    @Override
                    public java.util.Optional<java.nio.file.Path> open(String title, List<String> extensions) {
                        return java.util.Optional.ofNullable(files.poll());
                    }

                    @Override
                    public java.util.Optional<java.nio.file.Path> save(String title, String name,
                                                                       List<String> extensions) {
                        return java.util.Optional.ofNullable(files.poll());
                    }

                    @Override
                    public java.util.Optional<java.nio.file.Path> folder(String title) {
                        return java.util.Optional.ofNullable(folderAnswer);
                    }
                }, firstRun);
    }

    public void removePreferences() {
        try {
            prefsNode.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // already gone
        }
    }
}
