package org.relocationplanner.domain;

import java.util.Objects;

/**
 * What the user wrote over a shipped value: their own value (null: keep the shipped one) and a note.
 * The shipped value is never changed; removing the annotation brings it back.
 */
public record UserAnnotation(String country, Criterion criterion, FactValue value, String note) {

    public UserAnnotation {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(criterion, "criterion");
        note = note == null ? "" : note.strip();
    }

    public boolean overridesValue() {
        return value != null;
    }

    public boolean isEmpty() {
        return value == null && note.isEmpty();
    }
}
