package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A visa for a country or an area (such as {@code SCHENGEN}), valid from {@code validFrom} to {@code validTo}
 * inclusive. A short-stay visa allows {@code allowedDays} days of stay (null: as long as it is valid) on
 * {@code entries} entries (null: multiple). A long-stay (national) visa works like a residence permit: days in its
 * country do not count toward the visa-free limit.
 */
public record Visa(String area, Kind kind, LocalDate validFrom, LocalDate validTo, Integer entries,
                   Integer allowedDays, String note) implements Document {

    /** Short stay (Schengen type C, a tourist or business visa) or long stay (type D, a national visa). */
    public enum Kind { SHORT_STAY, LONG_STAY }

    public Visa {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("The visa ends " + validTo + " before it starts " + validFrom);
        }
        if (entries != null && entries < 1 || allowedDays != null && allowedDays < 1) {
            throw new IllegalArgumentException("Entries and days of stay must be at least 1");
        }
        note = note == null ? "" : note;
    }

    @Override
    public LocalDate endsOn() {
        return validTo;
    }
}
