package org.relocationplanner.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A value of a criterion. {@link Unknown} is a value too: unknown stays unknown, it is never guessed. */
public sealed interface FactValue {

    /** The score of this value in [0, 1] on a criterion scored by level, or -1 when it has none. */
    default double levelScore() {
        return -1;
    }

    record Unknown() implements FactValue {
    }

    FactValue UNKNOWN = new Unknown();

    /** A step on the criterion's ordinal scale. */
    record OfLevel(Level level) implements FactValue {
        public OfLevel {
            Objects.requireNonNull(level, "level");
        }

        @Override
        public double levelScore() {
            return level.score();
        }
    }

    /** A count or index, e.g. a population, a price level or a number of days. */
    record Amount(BigDecimal number) implements FactValue {
        public Amount {
            Objects.requireNonNull(number, "number");
        }

        public static Amount of(long n) {
            return new Amount(BigDecimal.valueOf(n));
        }
    }

    /**
     * Russian speakers as a census or survey counted them: how many, their share in percent, and the year; a source
     * may give only one of the two figures (null the other).
     */
    record Speakers(Long count, BigDecimal sharePercent, int year) implements FactValue {
        public Speakers {
            if (count == null && sharePercent == null) {
                throw new IllegalArgumentException("Speakers need a count or a share");
            }
        }
    }

    /** A price in the destination's currency. */
    record OfMoney(Money money) implements FactValue {
        public OfMoney {
            Objects.requireNonNull(money, "money");
        }
    }

    /** A short note in both languages. */
    record Text(LocalizedText text) implements FactValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Kinds of residence route whose newest fact says they are open, and those open with barriers for the
     * passport's holders. Restricted routes count half in a score.
     */
    record Routes(int open, int restricted) implements FactValue {
        public double weighted() {
            return open + 0.5 * restricted;
        }
    }

    /** The stay rule in force for the passport on the day asked about. */
    record Stay(StayRule rule) implements FactValue {
        public Stay {
            Objects.requireNonNull(rule, "rule");
        }
    }

    default boolean isKnown() {
        return !(this instanceof Unknown);
    }
}
