package org.relocationplanner.io;

/** A dataset file that does not have the expected shape; the message says where. */
public final class DatasetFormatException extends Exception {
    public DatasetFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
