package org.relocationplanner.domain;

import java.util.Objects;

/** Money put by: cash, a card, an account, in its own currency. */
public record Saving(String name, Money amount) {

    public Saving {
        Objects.requireNonNull(amount, "amount");
        name = name == null ? "" : name;
    }
}
