package org.relocationplanner.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Small hand-made destinations for domain tests. */
public final class Fixtures {

    public static final Source SOURCE = new Source("Test source", "https://example.org", LocalDate.of(2026, 1, 1));

    private Fixtures() {
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A trip made; {@code exit} null while still there. */
    public static Trip trip(String country, String entry, String exit) {
        return new Trip(country, d(entry), exit == null ? null : d(exit), "");
    }

    public static Trip planned(String country, String entry, String exit) {
        return new Trip(country, d(entry), exit == null ? null : d(exit), "", true);
    }

    public static StayRule rolling(String area, int n, int m) {
        return rule(area, null, null, null, n, m, StayRule.WindowKind.ROLLING, false);
    }

    public static StayEngine engine(Destination... destinations) {
        return new StayEngine(RuleBook.of(List.of(destinations)));
    }

    public static StayRule rule(String area, LocalDate from, LocalDate to, Integer perEntry, Integer n, Integer m,
                                StayRule.WindowKind kind, Boolean reset) {
        return new StayRule(area, "RU", from, to, true, perEntry, n, m, kind, null, reset,
                StayRule.Confidence.H, LocalizedText.EMPTY, SOURCE);
    }

    public static StayRule visaRequired(String area) {
        return new StayRule(area, "RU", null, null, false, null, 90, 180, StayRule.WindowKind.ROLLING, null, false,
                StayRule.Confidence.H, LocalizedText.EMPTY, SOURCE);
    }

    public static Destination destination(String code, String en, String ru, List<StayRule> rules, Fact... facts) {
        Map<Criterion, Fact> map = new EnumMap<>(Criterion.class);
        for (Fact f : facts) {
            map.put(f.criterion(), f);
        }
        return new Destination(code, LocalizedText.of(en, ru), "XXX", map, List.of(), rules, null);
    }

    public static Fact level(Criterion c, Level level) {
        return new Fact(c, new FactValue.OfLevel(level), SOURCE, LocalizedText.EMPTY);
    }

    public static Fact amount(Criterion c, String number) {
        return new Fact(c, new FactValue.Amount(new BigDecimal(number)), SOURCE, LocalizedText.EMPTY);
    }
}
