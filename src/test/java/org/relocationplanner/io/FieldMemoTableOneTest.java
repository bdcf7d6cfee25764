package org.relocationplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.domain.FactValue;

/**
 * Table 1 of the field memo (FROM_THE_FIELD.md, situation of 2023) appears in the shipped data exactly as given:
 * population, Russian speakers (count, share, year), Russian use, visa-free days and the visa run.
 */
class FieldMemoTableOneTest {

    static Stream<Arguments> tableOne() {
        return Stream.of(
                Arguments.of("RS", 7_221_365L, 3_179L, "0.04", 2009, "can_be_used", 30, "permitted"),
                Arguments.of("TR", 85_861_113L, null, null, null, "not_used", 60, "permitted"),
                Arguments.of("KZ", 19_628_964L, 3_793_800L, "21.2", 2017, "widely_used", 90, "not_permitted"),
                Arguments.of("KG", 6_745_552L, 482_200L, "8.9", 2009, "widely_used", 90, "permitted"),
                Arguments.of("AM", 2_780_469L, 23_484L, "0.8", 2011, "widely_used", 180, "permitted"),
                Arguments.of("GE", 3_744_385L, 45_920L, "1.2", 2014, "widely_used", 360, "permitted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableOne")
    void rowIsReproduced(String code, long population, Long speakers, String share, Integer year, String use,
                         int visaFreeDays, String visaRun) throws Exception {
        Map<String, Destination> byCode = DatasetReader.readShipped().destinations().stream()
                .collect(Collectors.toMap(Destination::code, d -> d));
        Destination d = byCode.get(code);
        assertEquals(0, amount(d, Criterion.POPULATION).compareTo(BigDecimal.valueOf(population)));
        FactValue sp = d.facts().get(Criterion.RUSSIAN_SPEAKERS).value();
        if (speakers == null) {
            assertFalse(sp.isKnown(), "n/a in the memo must stay unknown");
        } else {
            FactValue.Speakers s = (FactValue.Speakers) sp;
            assertEquals(speakers.longValue(), s.count());
            assertEquals(0, s.sharePercent().compareTo(new BigDecimal(share)));
            assertEquals(year.intValue(), s.year());
        }
        assertEquals(use, ((FactValue.OfLevel) d.facts().get(Criterion.RUSSIAN_USE).value()).level().code());
        assertEquals(0, amount(d, Criterion.LISTED_VISA_FREE_DAYS).compareTo(BigDecimal.valueOf(visaFreeDays)));
        assertEquals(visaRun, ((FactValue.OfLevel) d.facts().get(Criterion.LISTED_VISA_RUN).value()).level().code());
        assertEquals(true, d.facts().get(Criterion.POPULATION).source().name().contains("Table 1"));
    }

    private static BigDecimal amount(Destination d, Criterion c) {
        return ((FactValue.Amount) d.facts().get(c).value()).number();
    }
}
