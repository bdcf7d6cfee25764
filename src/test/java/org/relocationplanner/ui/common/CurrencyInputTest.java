package org.relocationplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 16: a currency typed as people write it ("руб" was refused). */
class CurrencyInputTest {

    @Test
    void codesSignsAndNamesInEitherLanguageGiveTheCode() {
        assertEquals(Optional.of("RUB"), CurrencyInput.code("руб"));
        assertEquals(Optional.of("RUB"), CurrencyInput.code(" ₽ "));
        assertEquals(Optional.of("GEL"), CurrencyInput.code("лари"));
        assertEquals(Optional.of("GEL"), CurrencyInput.code("₾"));
        assertEquals(Optional.of("GEL"), CurrencyInput.code("gel"));
        assertEquals(Optional.of("KZT"), CurrencyInput.code("Тенге"));
        assertEquals(Optional.of("AMD"), CurrencyInput.code("armenian"));
        assertEquals(Optional.of("USD"), CurrencyInput.code("доллар"));
    }

    @Test
    void whatNamesNoCurrencyOrMoreThanOneIsNotGuessed() {
        assertEquals(Optional.empty(), CurrencyInput.code("xx"));
        assertEquals(Optional.empty(), CurrencyInput.code("QQQ"), "three letters that are no ISO code");
        assertEquals(Optional.empty(), CurrencyInput.code("franc"), "Swiss, CFA and others: which one?");
        assertEquals(Optional.empty(), CurrencyInput.code(""));
        assertEquals(Optional.empty(), CurrencyInput.code("песо"), "Mexican, Argentine, Cuban: which one?");
        assertEquals(Optional.empty(), CurrencyInput.code("динар"), "Serbian, Iraqi, Kuwaiti...");
    }

    /** A currency's whole name in the JDK's list, where codes no longer in use share the name (RUR, USN, TRL). */
    @Test
    void aWholeNameIsTheCurrencyInUse() {
        assertEquals(Optional.of("RUB"), CurrencyInput.code("российский рубль"));
        assertEquals(Optional.of("TRY"), CurrencyInput.code("Turkish Lira"));
    }
}
