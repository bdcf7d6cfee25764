package org.relocationplanner.app;

import org.relocationplanner.service.DataFolder;

import java.time.Clock;
import java.util.Locale;
import org.relocationplanner.ui.common.FilePicker;
import org.relocationplanner.ui.common.TaskExecutor;
import org.relocationplanner.ui.common.UiPreferences;

/**
 * Everything the window needs from outside: where the data is, what "today" is, the machine's preferences,
 * how background work runs, the start-up questions, what quitting means, how files are picked (null: the
 * system's file dialogs), and whether a new user is led through the first-start assistant.
 */
public record AppConfig(DataFolder folder, Clock clock, UiPreferences preferences, Locale systemLocale,
                        TaskExecutor executor, StartupDialogs startupDialogs, Runnable quit, FilePicker files,
                        boolean firstRunAssistant) {
}
