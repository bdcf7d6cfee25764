package org.relocationplanner.io;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * The Bank of Russia's addresses for official rates, to open in a browser, save and import: the app itself never
 * goes online. {@code XML_dynamic.asp} gives one currency over a period and needs the bank's own ID of the currency;
 * {@code XML_daily.asp} gives every currency the bank quotes on one day, with their IDs.
 */
public final class CbrAddress {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private CbrAddress() {
    }

    /**
     * The address of {@code currency}'s official rates from {@code from} to {@code to}, when its ID is known (built
     * in, or learnt from an imported daily file: {@code learnt} maps IDs to currencies).
     */
    public static Optional<String> dynamic(String currency, LocalDate from, LocalDate to, Map<String, String> learnt) {
        return id(currency, learnt).map(id -> "https://www.cbr.ru/scripts/XML_dynamic.asp?date_req1="
                + DAY.format(from) + "&date_req2=" + DAY.format(to) + "&VAL_NM_RQ=" + id);
    }

    /** The address of every official rate of {@code day}, which also names each currency's ID. */
    public static String daily(LocalDate day) {
        return "https://www.cbr.ru/scripts/XML_daily.asp?date_req=" + DAY.format(day);
    }

    /** The bank's ID of a currency: learnt from the bank's own files first, else from the built-in list. */
    public static Optional<String> id(String currency, Map<String, String> learnt) {
        for (Map<String, String> m : java.util.List.of(learnt, RatesReader.CBR_IDS)) {
            for (Map.Entry<String, String> e : m.entrySet()) {
                if (e.getValue().equals(currency)) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
