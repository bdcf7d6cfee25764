package org.relocationplanner.io;

/** A trips CSV that cannot be read; says the line, the field and why. Nothing of the file was taken. */
public final class TripCsvException extends Exception {

    private final int line;
    private final String field;

    public TripCsvException(int line, String field, String reason) {
        super("line " + line + (field == null ? "" : ", " + field) + ": " + reason);
        this.line = line;
        this.field = field;
    }

    public int line() {
        return line;
    }

    /** The column at fault, or null when the line as a whole is. */
    public String field() {
        return field;
    }
}
