package org.relocationplanner.domain;

/** The groups the side-by-side comparison shows its rows in. */
public enum CriterionGroup {
    STAY, LANGUAGE, MONEY, SAFETY
}
