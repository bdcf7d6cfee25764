package org.relocationplanner.domain;

import java.util.Objects;

/** A shipped fact as the user sees it: their own value when they set one, the shipped one otherwise. */
public record EffectiveFact(Fact shipped, UserAnnotation annotation) {

    public EffectiveFact {
        Objects.requireNonNull(shipped, "shipped");
    }

    public FactValue value() {
        return isOverridden() ? annotation.value() : shipped.value();
    }

    public boolean isOverridden() {
        return annotation != null && annotation.overridesValue();
    }

    public String userNote() {
        return annotation == null ? "" : annotation.note();
    }

    public Criterion criterion() {
        return shipped.criterion();
    }
}
