package org.relocationplanner.domain;

import java.util.Objects;

/**
 * One shipped value of a destination, with where it comes from and a note that explains it. {@code alternative}
 * is what a second source says when it disagrees (or the one value when the first source states none): both are
 * shown, and a score counts the lower of the two, never their mean. Null when no other source is on record.
 */
public record Fact(Criterion criterion, FactValue value, Source source, LocalizedText note, Fact alternative) {

    public Fact {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(value, "value");
        note = note == null ? LocalizedText.EMPTY : note;
        if (alternative != null && (alternative.criterion() != criterion || alternative.alternative() != null)) {
            throw new IllegalArgumentException("An alternative is one more value of the same criterion");
        }
    }

    public Fact(Criterion criterion, FactValue value, Source source, LocalizedText note) {
        this(criterion, value, source, note, null);
    }

    public static Fact unknown(Criterion criterion) {
        return new Fact(criterion, FactValue.UNKNOWN, null, LocalizedText.EMPTY);
    }

    public boolean hasSource() {
        return source != null;
    }

    /** Whether two sources give two different known values: a conflict, shown as such. */
    public boolean isConflict() {
        return alternative != null && value.isKnown() && alternative.value().isKnown()
                && !alternative.value().equals(value);
    }
}
