package org.relocationplanner.domain;

/**
 * What the user narrows the table to: a text in either language and the quick filters.
 * A quick filter keeps only destinations where the value is known to qualify.
 */
public record DestinationFilter(String text, boolean visaFreeOnly, boolean russianWidelyUsedOnly,
                                boolean bankAccountPossibleOnly) {

    public static final DestinationFilter NONE = new DestinationFilter("", false, false, false);

    public boolean accepts(CountryFacts country) {
        if (!country.destination().matches(text)) {
            return false;
        }
        if (visaFreeOnly && !is(country, Criterion.VISA_FREE, Levels.YES)) {
            return false;
        }
        if (russianWidelyUsedOnly && !is(country, Criterion.RUSSIAN_USE, Levels.WIDELY_USED)) {
            return false;
        }
        return !bankAccountPossibleOnly
                || is(country, Criterion.BANK_ACCOUNT, Levels.BANK_YES)
                || is(country, Criterion.BANK_ACCOUNT, Levels.BANK_WITH_DIFFICULTY);
    }

    private static boolean is(CountryFacts country, Criterion criterion, Level level) {
        return country.get(criterion).counted() instanceof FactValue.OfLevel l && l.level().code().equals(level.code());
    }
}
