package org.relocationplanner.ui.common;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Months as the user's language writes them in a form (12.2026 in Russian, 12/2026 in English, as dates are
 * written), read back in those forms, as ISO (2026-12) or by name ("декабрь 2026", "December 2026", "дек 2026").
 */
public final class MonthText {

    private MonthText() {
    }

    public static String format(YearMonth m, Locale locale) {
        return m == null ? "" : DateTimeFormatter.ofPattern(russian(locale) ? "MM.uuuu" : "MM/uuuu").format(m);
    }

    /** The form's hint of how to write a month. */
    public static String pattern(Locale locale) {
        return russian(locale) ? "ММ.ГГГГ" : "MM/YYYY";
    }

    public static Optional<YearMonth> parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip().replaceAll("\\s+", " ").replace("г.", "").strip();
        // a short month name is written with its dot ("дек. 2026") or without it ("дек 2026")
        for (String candidate : List.of(s, s.replaceFirst("^(\\p{L}+)\\.? ", "$1. "))) {
            for (DateTimeFormatter f : formats(locale)) {
                try {
                    return Optional.of(YearMonth.parse(candidate, f));
                } catch (DateTimeParseException e) {
                    // the next form
                }
            }
        }
        return Optional.empty();
    }

    private static List<DateTimeFormatter> formats(Locale locale) {
        return List.of(strict("uuuu-MM", locale), strict("M.uuuu", locale), strict("M/uuuu", locale),
                named("LLLL uuuu", locale), named("MMMM uuuu", locale), named("LLL uuuu", locale),
                named("MMM uuuu", locale), named("LLLL uuuu", Locale.ENGLISH), named("MMM uuuu", Locale.ENGLISH));
    }

    private static DateTimeFormatter strict(String pattern, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, locale).withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter named(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .parseDefaulting(ChronoField.DAY_OF_MONTH, 1).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private static boolean russian(Locale locale) {
        return locale.getLanguage().equals("ru");
    }
}
