package org.relocationplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Numbers typed in the edit dialog are read as the user's language writes them, never silently changed. */
class FactEditDialogParseTest {

    private static final I18n EN = new I18n(I18n.ENGLISH);
    private static final I18n RU = new I18n(I18n.RUSSIAN);

    private static void same(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "got " + actual);
    }

    @Test
    void englishGroupsThousandsWithCommas() {
        same("1200", FactEditDialog.parse("1,200", EN));
        same("623525", FactEditDialog.parse(EN.number(new BigDecimal("623525")), EN));
        same("0.33", FactEditDialog.parse("0.33", EN));
        same("1234.5", FactEditDialog.parse("1,234.5", EN));
    }

    @Test
    void russianUsesSpacesAndADecimalComma() {
        same("1200.5", FactEditDialog.parse("1 200,5", RU));
        same("3744385", FactEditDialog.parse(RU.number(3_744_385L), RU));
        same("0.33", FactEditDialog.parse("0,33", RU));
        same("1234.5", FactEditDialog.parse("1234.5", RU), "a plain decimal point is understood too");
    }

    private static void same(String expected, BigDecimal actual, String why) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), why);
    }

    @Test
    void textThatIsNotANumberIsRejected() {
        assertNull(FactEditDialog.parse("twelve", EN));
        assertNull(FactEditDialog.parse("12 days", EN));
        assertNull(FactEditDialog.parse("", RU));
        assertNull(FactEditDialog.parse("1,2,3.4.5", EN));
    }

    /** A fee is compared across countries in rubles, so the user's own fee is kept in rubles, not in the local money. */
    @Test
    void anOwnResidenceFeeIsKeptInRublesOtherPricesInTheLocalCurrency() {
        var noFee = new org.relocationplanner.domain.EffectiveFact(new org.relocationplanner.domain.Fact(
                org.relocationplanner.domain.Criterion.RESIDENCE_FEE, org.relocationplanner.domain.FactValue.UNKNOWN,
                null, null), null);
        assertEquals("RUB", FactEditDialog.moneyCurrency(org.relocationplanner.domain.Criterion.RESIDENCE_FEE, noFee,
                "GEL"));
        var noRent = new org.relocationplanner.domain.EffectiveFact(new org.relocationplanner.domain.Fact(
                org.relocationplanner.domain.Criterion.RENT, org.relocationplanner.domain.FactValue.UNKNOWN, null,
                null), null);
        assertEquals("GEL", FactEditDialog.moneyCurrency(org.relocationplanner.domain.Criterion.RENT, noRent, "GEL"));
    }
}
