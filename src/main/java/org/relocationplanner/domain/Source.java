package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a shipped value comes from and when it was last checked against that source.
 * {@code verifiedOn} is the date the source states the value for (its publication or "as of" date), null when
 * the source states none; {@code approximate} when the source gives only a year or a month.
 */
public record Source(String name, String url, LocalDate verifiedOn, boolean approximate) {

    public Source {
        Objects.requireNonNull(name, "name");
        url = url == null ? "" : url;
    }

    public Source(String name, String url, LocalDate verifiedOn) {
        this(name, url, verifiedOn, false);
    }

    /** Values older than a year are shown as stale: rules and prices change under these users. */
    public boolean isStaleOn(LocalDate today) {
        return isStaleOn(today, 12);
    }

    /** Whether the source's date is more than {@code months} before {@code today} (or unknown). */
    public boolean isStaleOn(LocalDate today, int months) {
        return verifiedOn == null || verifiedOn.isBefore(today.minusMonths(months));
    }
}
