package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stay in one country: entered on {@code entry}, left on {@code exit} (null: still there). Both days count as
 * days in the country; a same-day exit and re-entry (a visa run) is two trips. A planned trip is one the user
 * intends to make.
 */
public record Trip(String country, LocalDate entry, LocalDate exit, String note, boolean planned) {

    /** The longest note the app keeps. */
    public static final int MAX_NOTE = 2000;

    public Trip {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(entry, "entry");
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 country code: " + country);
        }
        if (exit != null && exit.isBefore(entry)) {
            throw new IllegalArgumentException("The exit " + exit + " is before the entry " + entry);
        }
        note = note == null ? "" : note;
    }

    public Trip(String country, LocalDate entry, LocalDate exit, String note) {
        this(country, entry, exit, note, false);
    }

    public boolean isOpen() {
        return exit == null;
    }
}
