package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A passport: the issuing country, its number (optional) and the last day it is valid. */
public record Passport(String country, String number, LocalDate expiry) implements Document {

    public Passport {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(expiry, "expiry");
        number = number == null ? "" : number.strip();
    }

    @Override
    public LocalDate endsOn() {
        return expiry;
    }
}
