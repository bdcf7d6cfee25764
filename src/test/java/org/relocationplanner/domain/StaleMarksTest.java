package org.relocationplanner.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: with one threshold of 12 months nearly every value in Compare carried the "old" mark, so the mark said
 * nothing. Each kind of fact now ages at its own pace.
 */
class StaleMarksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void aSourceEightMonthsOldIsOldForAStayRuleButNotForRentOrThePopulation() {
        Source eightMonths = new Source("a source", "", TODAY.minusMonths(8));
        assertTrue(eightMonths.isStaleOn(TODAY, Criterion.STAY_ALLOWED.staleAfterMonths()));
        assertTrue(eightMonths.isStaleOn(TODAY, Criterion.BANK_ACCOUNT.staleAfterMonths()));
        assertFalse(eightMonths.isStaleOn(TODAY, Criterion.RENT.staleAfterMonths()));
        assertFalse(eightMonths.isStaleOn(TODAY, Criterion.POPULATION.staleAfterMonths()));
    }

    @Test
    void aPopulationFigureFourYearsOldIsNotOldButAnUndatedSourceAlwaysIs() {
        assertFalse(new Source("census", "", TODAY.minusYears(4)).isStaleOn(TODAY,
                Criterion.POPULATION.staleAfterMonths()));
        assertTrue(new Source("census", "", TODAY.minusYears(6)).isStaleOn(TODAY,
                Criterion.POPULATION.staleAfterMonths()));
        assertTrue(new Source("no date", "", null).isStaleOn(TODAY, Criterion.POPULATION.staleAfterMonths()));
    }
}
