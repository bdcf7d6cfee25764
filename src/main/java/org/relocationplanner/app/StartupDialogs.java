package org.relocationplanner.app;

import org.relocationplanner.data.DatabaseProblem;

/** The questions the app asks when its database cannot be opened. Tests answer them without windows. */
public interface StartupDialogs {

    enum LockedChoice { SWITCH_TO_OTHER, QUIT }

    /** Another running copy holds the database. */
    LockedChoice databaseLocked(DatabaseProblem problem);

    /** The database is damaged or from a newer version: true to start with a fresh database beside it. */
    boolean offerFreshDatabase(DatabaseProblem problem);

    /** Anything else that stops the app from starting. */
    void cannotStart(String message);
}
