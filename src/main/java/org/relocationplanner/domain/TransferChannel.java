package org.relocationplanner.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A way money crosses from rubles: a transfer service, an intermediary, a card. It takes {@code percentFee} of the
 * amount and {@code fixedFee} per transfer, and pays {@code spreadPercent} worse than the official rate; it moves
 * at most {@code monthlyLimit} a month (null: no limit), and what is over the limit stays in rubles.
 */
public record TransferChannel(String name, BigDecimal percentFee, Money fixedFee, BigDecimal spreadPercent,
                              Money monthlyLimit) {

    public TransferChannel {
        Objects.requireNonNull(name, "name");
        percentFee = percentFee == null ? BigDecimal.ZERO : percentFee;
        spreadPercent = spreadPercent == null ? BigDecimal.ZERO : spreadPercent;
        fixedFee = fixedFee == null ? new Money(BigDecimal.ZERO, "RUB") : fixedFee;
    }
}
