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
        if (!isCode(currency)) {
            throw new IllegalArgumentException("Not an ISO 4217 currency code: " + currency);
        }
        if (rubPerUnit.signum() <= 0) {
            throw new IllegalArgumentException("A rate must be above zero: " + rubPerUnit);
        }
    }

    /** Three capital letters (checked by hand: a pattern per rate would cost more than the rest of a row). */
    static boolean isCode(String s) {
        return s.length() == 3 && s.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }
}
