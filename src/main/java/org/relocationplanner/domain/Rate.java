package org.relocationplanner.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Rubles per one unit of {@code currency} on {@code date}, as {@code source} gives it (a short source key such as
 * {@code CBR}, {@code ECB}, {@code CBA-CROSS}, {@code MARKET-SNAPSHOT} or {@code MANUAL}).
 */
public record Rate(LocalDate date, String currency, BigDecimal rubPerUnit, String source) {

    public Rate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(rubPerUnit, "rubPerUnit");
        Objects.requireNonNull(source, "source");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("Not an ISO 4217 currency code: " + currency);
        }
        if (rubPerUnit.signum() <= 0) {
            throw new IllegalArgumentException("A rate must be above zero: " + rubPerUnit);
        }
    }
}
