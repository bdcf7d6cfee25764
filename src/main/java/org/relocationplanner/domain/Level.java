package org.relocationplanner.domain;

/** One step of an ordinal scale, e.g. "widely used"; {@code score} is its value between 0 and 1. */
public record Level(String code, double score) {

    /** i18n key of the level's wording, e.g. {@code level.widely_used}. */
    public String messageKey() {
        return "level." + code;
    }
}
