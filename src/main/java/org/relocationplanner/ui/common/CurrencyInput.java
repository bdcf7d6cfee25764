package org.relocationplanner.ui.common;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A currency as a user types it in a form: the ISO code ("gel"), its sign ("₾", "₽") or its name in Russian or
 * English, whole or by its start ("руб", "лари", "тенге", "dram"). Issue 16: "руб" was refused.
 */
public final class CurrencyInput {

    /** Names and signs people use that the JDK's currency names do not start with, or share between currencies. */
    private static final Map<String, String> COMMON = Map.ofEntries(
            Map.entry("₽", "RUB"), Map.entry("р", "RUB"), Map.entry("р.", "RUB"), Map.entry("руб", "RUB"),
            Map.entry("руб.", "RUB"), Map.entry("рубль", "RUB"), Map.entry("рубли", "RUB"), Map.entry("рублей", "RUB"),
            Map.entry("rouble", "RUB"), Map.entry("ruble", "RUB"), Map.entry("roubles", "RUB"),
            Map.entry("rubles", "RUB"), Map.entry("₾", "GEL"), Map.entry("лари", "GEL"), Map.entry("lari", "GEL"),
            Map.entry("֏", "AMD"), Map.entry("драм", "AMD"), Map.entry("драмы", "AMD"), Map.entry("dram", "AMD"),
            Map.entry("₸", "KZT"), Map.entry("тенге", "KZT"), Map.entry("tenge", "KZT"), Map.entry("сом", "KGS"),
            Map.entry("som", "KGS"), Map.entry("сум", "UZS"), Map.entry("sum", "UZS"), Map.entry("₺", "TRY"), Map.entry("лира", "TRY"),
            Map.entry("лиры", "TRY"), Map.entry("lira", "TRY"), Map.entry("₪", "ILS"), Map.entry("шекель", "ILS"),
            Map.entry("шекели", "ILS"), Map.entry("shekel", "ILS"), Map.entry("$", "USD"), Map.entry("доллар", "USD"),
            Map.entry("доллары", "USD"), Map.entry("долл", "USD"), Map.entry("dollar", "USD"), Map.entry("€", "EUR"),
            Map.entry("евро", "EUR"), Map.entry("euro", "EUR"), Map.entry("бат", "THB"),
            Map.entry("baht", "THB"), Map.entry("฿", "THB"), Map.entry("донг", "VND"), Map.entry("тугрик", "MNT"),
            Map.entry("злотый", "PLN"), Map.entry("злотые", "PLN"), Map.entry("zloty", "PLN"),
            Map.entry("лев", "BGN"), Map.entry("юань", "CNY"),
            Map.entry("ринггит", "MYR"),
            Map.entry("реал", "BRL"));

    private CurrencyInput() {
    }

    /** The ISO 4217 code of what was typed, if it names exactly one currency. */
    public static Optional<String> code(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.strip();
        if (t.matches("[A-Za-z]{3}")) {
            String upper = t.toUpperCase(Locale.ROOT);
            if (isCode(upper)) {
                return Optional.of(upper);
            }
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (COMMON.containsKey(lower)) {
            return Optional.of(COMMON.get(lower));
        }
        if (lower.length() < 3) {
            return Optional.empty();
        }
        // the JDK's name in Russian or English, whole ("российский рубль") or by the start of a word ("грузинск",
        // "armenian dr"): one currency only; codes no longer in use (their names carry years) are left out
        List<Currency> current = Currency.getAvailableCurrencies().stream().filter(c -> names(c).stream()
                .noneMatch(n -> n.matches(".*\\d.*"))).toList();
        List<String> exact = current.stream().filter(c -> names(c).contains(lower)).map(Currency::getCurrencyCode)
                .distinct().toList();
        if (exact.size() == 1) {
            return Optional.of(exact.get(0));
        }
        List<String> found = current.stream().filter(c -> names(c).stream().anyMatch(n ->
                n.startsWith(lower) || n.contains(" " + lower))).map(Currency::getCurrencyCode).distinct().toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static boolean isCode(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<String> names(Currency c) {
        return List.of(c.getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT),
                c.getDisplayName(Locale.forLanguageTag("ru")).toLowerCase(Locale.ROOT));
    }
}
