package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A residence permit for one country, valid from {@code validFrom} to {@code validTo} inclusive. */
public record ResidencePermit(String country, LocalDate validFrom, LocalDate validTo, String note) implements Document {

    public ResidencePermit {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("The permit ends " + validTo + " before it starts " + validFrom);
        }
        note = note == null ? "" : note;
    }

    @Override
    public LocalDate endsOn() {
        return validTo;
    }
}
