package org.relocationplanner.ui.common;

import java.math.BigDecimal;
import javafx.util.StringConverter;

/** Chart axis labels in the user's language rather than the system's: 80 000 in Russian, 80,000 in English. */
public final class ChartAxes {

    private ChartAxes() {
    }

    /** Numbers as {@link I18n#number(BigDecimal)} writes them, to two decimals at most. */
    public static StringConverter<Number> numbers(I18n i18n) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n == null || !Double.isFinite(n.doubleValue()) ? "" : i18n.number(BigDecimal.valueOf(n.doubleValue()).setScale(2,
                        java.math.RoundingMode.HALF_UP).stripTrailingZeros());
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        };
    }
}
