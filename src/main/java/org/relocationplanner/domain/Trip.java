package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stay in one country: entered on {@code entry}, left on {@code exit} (null: still there). Both days count as
 * days in the country; a same-day exit and re-entry (a visa run) is two trips. A planned trip is one the user
 * intends to make. {@code passport} is the passport the country was entered on (ISO 3166-1 alpha-2), null when
 * not said: then the one the rules favour there counts.
 */
public record Trip(String country, LocalDate entry, LocalDate exit, String note, boolean planned, String passport) {

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
        passport = passport == null || passport.isBlank() ? null : passport;
        if (passport != null && !passport.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 passport code: " + passport);
        }
    }

    public Trip(String country, LocalDate entry, LocalDate exit, String note, boolean planned) {
        this(country, entry, exit, note, planned, null);
    }

    public Trip(String country, LocalDate entry, LocalDate exit, String note) {
        this(country, entry, exit, note, false);
    }

    /** The same trip entered on {@code passport} (null: not said). */
    public Trip withPassport(String passport) {
        return new Trip(country, entry, exit, note, planned, passport);
    }

    public boolean isOpen() {
        return exit == null;
    }
}
