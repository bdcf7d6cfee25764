package org.relocationplanner.io;

/**
 * A file that cannot be read, located: the 1-based line (0 when the whole file is at fault), the field (column,
 * element or attribute; null when the line as a whole is), what is wrong and the text at fault. Nothing of the file
 * was taken. The one shape of every reader's refusal, so that the window and the commands say it alike.
 */
public abstract class LocatedFormatException extends Exception {

    private final int line;
    private final String field;
    private final String value;

    protected LocatedFormatException(int line, String field, String value, String reason) {
        super((line == 0 ? "file" : "line " + line) + (field == null ? "" : ", " + field) + ": " + reason);
        this.line = line;
        this.field = field;
        this.value = value == null ? "" : value;
    }

    /** What is wrong, as the reader names it (for a message in the user's language). */
    public abstract Enum<?> problem();

    /** The 1-based line in the file, or 0 when the whole file is at fault. */
    public int line() {
        return line;
    }

    /** The column, element or attribute at fault, or null when the line as a whole is. */
    public String field() {
        return field;
    }

    /** The text at fault, or an empty string. */
    public String value() {
        return value;
    }
}
