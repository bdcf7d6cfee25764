package org.relocationplanner.domain;

import java.util.Objects;

/** One shipped value of a destination, with where it comes from and a note that explains it. */
public record Fact(Criterion criterion, FactValue value, Source source, LocalizedText note) {

    public Fact {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(value, "value");
        note = note == null ? LocalizedText.EMPTY : note;
    }

    public static Fact unknown(Criterion criterion) {
        return new Fact(criterion, FactValue.UNKNOWN, null, LocalizedText.EMPTY);
    }

    public boolean hasSource() {
        return source != null;
    }
}
