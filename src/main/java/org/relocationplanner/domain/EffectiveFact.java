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

    /** A second source's value, unless the user set their own. */
    public FactValue alternative() {
        return isOverridden() || shipped.alternative() == null ? null : shipped.alternative().value();
    }

    /** Known when the shipped fact, its alternative or the user's own value is known. */
    public boolean isKnown() {
        return value().isKnown() || alternative() != null && alternative().isKnown();
    }

    /** Whether the value itself (the user's or the first source's) is known, not only a second source's. */
    public boolean isKnownShipped() {
        return value().isKnown();
    }

    /**
     * The value that counts, and is shown and compared: the user's own or the only known source's; where two sources
     * give two values, the worse of them for the user (a lower level, a shorter stay, a higher price), never a mean.
     */
    public FactValue counted() {
        return Scorer.worse(criterion(), value(), alternative());
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
