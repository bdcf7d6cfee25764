package org.relocationplanner.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** How exchange rates move over a plan's months. Each month uses the rates of its first day. */
public sealed interface Scenario {

    /** Rubles per unit of {@code currency} in month {@code k} of a plan starting {@code firstDay}. */
    BigDecimal rate(RateHistory history, String currency, LocalDate firstDay, int k);

    /** The day of the history whose rates month {@code k} is counted from (its quote's date and age are shown). */
    LocalDate day(LocalDate firstDay, int k);

    /** The rates of one day, for every month. */
    record Frozen(LocalDate on) implements Scenario {
        public Frozen {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public BigDecimal rate(RateHistory history, String currency, LocalDate firstDay, int k) {
            return quote(history, currency, on);
        }

        @Override
        public LocalDate day(LocalDate firstDay, int k) {
            return on;
        }
    }

    /** The real daily path from {@code from} on: "had I moved on 1 October 2022". */
    record Replay(LocalDate from) implements Scenario {
        public Replay {
            Objects.requireNonNull(from, "from");
        }

        @Override
        public BigDecimal rate(RateHistory history, String currency, LocalDate firstDay, int k) {
            return quote(history, currency, day(firstDay, k));
        }

        @Override
        public LocalDate day(LocalDate firstDay, int k) {
            return from.plusMonths(k);
        }
    }

    /** The rates of {@code from}, then the ruble losing {@code lossPercentPerYear} % of its value a year. */
    record Trend(LocalDate from, BigDecimal lossPercentPerYear) implements Scenario {
        public Trend {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(lossPercentPerYear, "lossPercentPerYear");
            if (lossPercentPerYear.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw new IllegalArgumentException("The ruble cannot lose 100 % or more a year");
            }
        }

        @Override
        public BigDecimal rate(RateHistory history, String currency, LocalDate firstDay, int k) {
            BigDecimal base = quote(history, currency, from);
            if (currency.equals("RUB")) {
                return base;
            }
            double keep = 1 - lossPercentPerYear.doubleValue() / 100;
            return base.divide(BigDecimal.valueOf(Math.pow(keep, k / 12.0)), MathContext.DECIMAL64);
        }

        @Override
        public LocalDate day(LocalDate firstDay, int k) {
            return from;
        }

        /** The ruble's own loss a year against {@code currency} between two days of the history, in percent. */
        public static BigDecimal lossPerYear(RateHistory history, String currency, LocalDate a, LocalDate b) {
            double ra = quote(history, currency, a).doubleValue();
            double rb = quote(history, currency, b).doubleValue();
            double years = ChronoUnit.DAYS.between(a, b) / 365.25;
            if (years <= 0) {
                throw new IllegalArgumentException("The period must end after it starts");
            }
            return BigDecimal.valueOf((1 - Math.pow(ra / rb, 1 / years)) * 100).round(new MathContext(4));
        }
    }

    /** The rates of {@code from}, and from {@code on} the ruble {@code dropPercent} % weaker. */
    record Shock(LocalDate from, LocalDate on, BigDecimal dropPercent) implements Scenario {
        public Shock {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(dropPercent, "dropPercent");
            if (dropPercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw new IllegalArgumentException("A drop is below 100 %");
            }
        }

        @Override
        public BigDecimal rate(RateHistory history, String currency, LocalDate firstDay, int k) {
            BigDecimal base = quote(history, currency, from);
            if (currency.equals("RUB") || firstDay.plusMonths(k).isBefore(on)) {
                return base;
            }
            return base.divide(BigDecimal.ONE.subtract(dropPercent.movePointLeft(2)), MathContext.DECIMAL64);
        }

        @Override
        public LocalDate day(LocalDate firstDay, int k) {
            return from;
        }
    }

    /** The rate of a day, or a {@link MissingRateException} naming the currency and the day. */
    static BigDecimal quote(RateHistory history, String currency, LocalDate day) {
        return history.on(currency, day).map(RateHistory.Quote::rubPerUnit)
                .orElseThrow(() -> new MissingRateException(currency, day));
    }
}
