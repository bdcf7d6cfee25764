package org.relocationplanner.data;

import java.nio.file.Path;

/** The database could not be opened; {@link #kind} says why in terms the user can act on. */
public final class DatabaseProblem extends Exception {

    public enum Kind {
        /** Another running copy of the app holds the file. */
        LOCKED,
        /** The file is damaged or is not a database of this app. */
        CORRUPT,
        /** The file was written by a newer version of the app. */
        NEWER_VERSION,
        /** The database is protected by a password and none was given. */
        PASSWORD_NEEDED,
        /** The password given is not the database's. */
        WRONG_PASSWORD,
        /** The folder cannot be written, or anything else the user cannot fix from the app. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final Path file;

    public DatabaseProblem(Kind kind, Path file, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.file = file;
    }

    public Kind kind() {
        return kind;
    }

    /** The database file the problem is about. */
    public Path file() {
        return file;
    }
}
