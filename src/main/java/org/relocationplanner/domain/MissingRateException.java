package org.relocationplanner.domain;

import java.time.LocalDate;

/** No stored rate for a currency on or before a day: the plan cannot be counted with it. */
public final class MissingRateException extends RuntimeException {

    private final String currency;
    private final LocalDate day;

    public MissingRateException(String currency, LocalDate day) {
        super("No rate for " + currency + " on or before " + day);
        this.currency = currency;
        this.day = day;
    }

    public String currency() {
        return currency;
    }

    public LocalDate day() {
        return day;
    }
}
