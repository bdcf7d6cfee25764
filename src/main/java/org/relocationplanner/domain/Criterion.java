package org.relocationplanner.domain;

import java.util.List;

/**
 * What the comparison shows per destination. {@link #scoring} says how a value turns into a score
 * between 0 and 1; criteria with {@link Scoring#NONE} are shown but never weighted.
 */
public enum Criterion {
    VISA_FREE(CriterionGroup.STAY, ValueKind.LEVEL, Scoring.NONE, Levels.YES_NO),
    STAY_ALLOWED(CriterionGroup.STAY, ValueKind.DAYS, Scoring.LONGER_STAY, List.of()),
    LISTED_VISA_FREE_DAYS(CriterionGroup.STAY, ValueKind.DAYS, Scoring.NONE, List.of()),
    VISA_RUN(CriterionGroup.STAY, ValueKind.LEVEL, Scoring.LEVEL, Levels.PERMITTED_LEVELS),
    /** The visa run as the 2023 field memo reports it; shown beside the rule in force, never weighted. */
    LISTED_VISA_RUN(CriterionGroup.STAY, ValueKind.LEVEL, Scoring.NONE, Levels.PERMITTED_LEVELS),
    RESIDENCE_ROUTES(CriterionGroup.STAY, ValueKind.NUMBER, Scoring.ROUTE_COUNT, List.of()),
    /**
     * The lowest official fee a source states for a first residence permit, in rubles at one market rate for all (the
     * newest day of the shipped market rates), so that fees compare; the fee in its own currency, the route and the
     * time are in the note. Lower is better; a user's own fee is in rubles too.
     */
    RESIDENCE_FEE(CriterionGroup.STAY, ValueKind.MONEY, Scoring.LOWER_IS_BETTER, List.of()),

    RUSSIAN_USE(CriterionGroup.LANGUAGE, ValueKind.LEVEL, Scoring.LEVEL, Levels.RUSSIAN_USE),
    RUSSIAN_SPEAKERS(CriterionGroup.LANGUAGE, ValueKind.SPEAKERS, Scoring.NONE, List.of()),
    POPULATION(CriterionGroup.LANGUAGE, ValueKind.NUMBER, Scoring.NONE, List.of()),

    BANK_ACCOUNT(CriterionGroup.MONEY, ValueKind.LEVEL, Scoring.LEVEL, Levels.BANK_ACCOUNT),
    TRANSFERS(CriterionGroup.MONEY, ValueKind.TEXT, Scoring.NONE, List.of()),
    PRICE_LEVEL(CriterionGroup.MONEY, ValueKind.NUMBER, Scoring.LOWER_IS_BETTER, List.of()),
    RENT(CriterionGroup.MONEY, ValueKind.MONEY, Scoring.NONE, List.of()),
    FOOD(CriterionGroup.MONEY, ValueKind.MONEY, Scoring.NONE, List.of()),
    TRANSPORT(CriterionGroup.MONEY, ValueKind.MONEY, Scoring.NONE, List.of()),

    DISCRIMINATION_FEAR(CriterionGroup.SAFETY, ValueKind.LEVEL, Scoring.LEVEL, Levels.FEAR),
    /** Whether the country hands Russians over to Russia: treaties and documented cases since 2022. */
    HANDOVER_RISK(CriterionGroup.SAFETY, ValueKind.LEVEL, Scoring.LEVEL, Levels.HANDOVER),
    SAFETY_NOTE(CriterionGroup.SAFETY, ValueKind.TEXT, Scoring.NONE, List.of()),
    DIRECT_FLIGHTS(CriterionGroup.SAFETY, ValueKind.LEVEL, Scoring.LEVEL, Levels.YES_NO);

    /** How a criterion's value is written and entered. */
    public enum ValueKind { LEVEL, DAYS, NUMBER, SPEAKERS, MONEY, TEXT }

    /** How a value becomes a score in [0, 1]. */
    public enum Scoring { NONE, LEVEL, LONGER_STAY, ROUTE_COUNT, LOWER_IS_BETTER }

    private final CriterionGroup group;
    private final ValueKind kind;
    private final Scoring scoring;
    private final List<Level> levels;

    Criterion(CriterionGroup group, ValueKind kind, Scoring scoring, List<Level> levels) {
        this.group = group;
        this.kind = kind;
        this.scoring = scoring;
        this.levels = levels;
    }

    public CriterionGroup group() {
        return group;
    }

    public ValueKind kind() {
        return kind;
    }

    public Scoring scoring() {
        return scoring;
    }

    public boolean isWeighted() {
        return scoring != Scoring.NONE;
    }

    /**
     * After how many months since its source's date a value of this criterion is marked old. A stay rule, a bank's
     * welcome or a flight route changes within months for these users; prices within a year; the share of Russian
     * speakers and the population over years (issue 16: with one threshold of 12 months every value was marked).
     */
    public int staleAfterMonths() {
        return switch (this) {
            case VISA_FREE, STAY_ALLOWED, LISTED_VISA_FREE_DAYS, VISA_RUN, LISTED_VISA_RUN, RESIDENCE_ROUTES,
                    RESIDENCE_FEE, BANK_ACCOUNT, TRANSFERS, DIRECT_FLIGHTS -> 6;
            case PRICE_LEVEL, RENT, FOOD, TRANSPORT, DISCRIMINATION_FEAR, HANDOVER_RISK, SAFETY_NOTE -> 12;
            case RUSSIAN_USE -> 36;
            case RUSSIAN_SPEAKERS, POPULATION -> 60;
        };
    }

    /** The one currency a money criterion is scored in, or null: prices in another currency cannot be compared. */
    public String scoreCurrency() {
        return this == RESIDENCE_FEE ? "RUB" : null;
    }

    /** The levels a LEVEL criterion takes, best first. */
    public List<Level> levels() {
        return levels;
    }

    /** The level with this code, if the criterion knows it. */
    public java.util.Optional<Level> level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** i18n key of the criterion's name, e.g. {@code criterion.russian_use}. */
    public String messageKey() {
        return "criterion." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
