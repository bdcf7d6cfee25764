package org.relocationplanner.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The ranges every door of the app takes a value in: a day between 1900 and 2100 (trips, rates, plans, the day
 * asked about), a rate or an amount of sane size and precision. Anything outside is refused where it comes in,
 * with its file, line and field; nothing outside can make an engine allocate by date span.
 */
public final class Plausible {

    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    /** Rubles per unit of a currency: above a billionth, below ten million. */
    public static final BigDecimal MIN_RATE = new BigDecimal("0.000000001");
    public static final BigDecimal MAX_RATE = new BigDecimal("10000000");

    /** An amount of money in a plan: below a quadrillion of its currency. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

    /** Significant digits a rate or an amount may carry. */
    public static final int MAX_DIGITS = 18;

    private Plausible() {
    }

    public static boolean day(LocalDate d) {
        return d != null && !d.isBefore(FIRST_DAY) && !d.isAfter(LAST_DAY);
    }

    public static boolean month(YearMonth m) {
        return m != null && day(m.atDay(1));
    }

    public static boolean rate(BigDecimal r) {
        return r != null && r.compareTo(MIN_RATE) >= 0 && r.compareTo(MAX_RATE) <= 0
                && r.stripTrailingZeros().precision() <= MAX_DIGITS;
    }

    public static boolean amount(BigDecimal a) {
        return a != null && a.abs().compareTo(MAX_AMOUNT) < 0 && a.stripTrailingZeros().precision() <= MAX_DIGITS
                && a.stripTrailingZeros().scale() <= MAX_DIGITS;
    }

    /** The range of days, for messages: "1900-01-01 to 2100-12-31". */
    public static String days() {
        return FIRST_DAY + " to " + LAST_DAY;
    }
}
