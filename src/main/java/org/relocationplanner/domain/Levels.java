package org.relocationplanner.domain;

import java.util.List;

/** The ordinal scales the shipped data uses. Codes are stored in the database: never rename them. */
public final class Levels {

    public static final Level YES = new Level("yes", 1.0);
    public static final Level NO = new Level("no", 0.0);
    public static final List<Level> YES_NO = List.of(YES, NO);

    public static final Level PERMITTED = new Level("permitted", 1.0);
    public static final Level NOT_PERMITTED = new Level("not_permitted", 0.0);
    public static final List<Level> PERMITTED_LEVELS = List.of(PERMITTED, NOT_PERMITTED);

    public static final Level WIDELY_USED = new Level("widely_used", 1.0);
    public static final Level CAN_BE_USED = new Level("can_be_used", 0.5);
    public static final Level NOT_USED = new Level("not_used", 0.0);
    public static final List<Level> RUSSIAN_USE = List.of(WIDELY_USED, CAN_BE_USED, NOT_USED);

    public static final Level BANK_YES = new Level("bank_yes", 1.0);
    public static final Level BANK_WITH_DIFFICULTY = new Level("bank_with_difficulty", 0.5);
    public static final Level BANK_NO = new Level("bank_no", 0.0);
    public static final List<Level> BANK_ACCOUNT = List.of(BANK_YES, BANK_WITH_DIFFICULTY, BANK_NO);

    /** Share of the 2023 field survey's respondents who feared discrimination from the population. */
    public static final Level FEAR_LOW = new Level("fear_low", 1.0);
    public static final Level FEAR_QUARTER = new Level("fear_quarter", 0.4);
    public static final Level FEAR_FIFTH = new Level("fear_fifth", 0.5);
    public static final Level FEAR_THIRD = new Level("fear_third", 0.0);
    public static final List<Level> FEAR = List.of(FEAR_LOW, FEAR_FIFTH, FEAR_QUARTER, FEAR_THIRD);

    /**
     * How likely the country is to hand a Russian over to Russia, by the rule of {@code build_destinations.py}: high
     * after a documented handover of a dissident, deserter or draft evader since 2022 (or CIS conventions with such
     * detentions), medium with the CIS conventions, a bilateral extradition treaty or other documented handovers or
     * detentions on Russian requests, low with none of these on record.
     */
    public static final Level HANDOVER_LOW = new Level("handover_low", 1.0);
    public static final Level HANDOVER_MEDIUM = new Level("handover_medium", 0.5);
    public static final Level HANDOVER_HIGH = new Level("handover_high", 0.0);
    public static final List<Level> HANDOVER = List.of(HANDOVER_LOW, HANDOVER_MEDIUM, HANDOVER_HIGH);

    private Levels() {
    }
}
