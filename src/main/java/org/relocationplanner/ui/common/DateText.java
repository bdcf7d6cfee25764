package org.relocationplanner.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * Dates as the user's language writes them (31.12.2026 or 31/12/2026), and ISO dates (2026-12-31) too. Text that
 * is not a date is remembered (the picker empties its field), so that the form can say what is wrong with it
 * instead of losing it silently. One per picker.
 */
public final class DateText extends StringConverter<LocalDate> {
    private String notADate;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASHES = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private final Locale locale;

    private final boolean strict;

    public DateText(Locale locale) {
        this(locale, false);
    }

    private DateText(Locale locale, boolean strict) {
        this.locale = locale;
        this.strict = strict;
    }

    /**
     * For a picker without a form around it to say what is wrong: text that is not a date is refused (the picker
     * keeps its value) rather than emptying the field.
     */
    public static DateText strict(Locale locale) {
        return new DateText(locale, true);
    }

    public static String pattern(Locale locale) {
        return locale.getLanguage().equals("ru") ? "ДД.ММ.ГГГГ" : "DD/MM/YYYY";
    }

    /** The last text that was not a date, once; null when the last text was a date or empty. */
    public String takeRejected() {
        String s = notADate;
        notADate = null;
        return s;
    }

    @Override
    public String toString(LocalDate d) {
        if (d == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(locale.getLanguage().equals("ru") ? "dd.MM.uuuu" : "dd/MM/uuuu")
                .format(d);
    }

    @Override
    public LocalDate fromString(String s) {
        LocalDate d = s == null || s.isBlank() ? null : parse(s.strip());
        notADate = d == null && s != null && !s.isBlank() ? s.strip() : null;
        if (strict && notADate != null) {
            throw new DateTimeParseException("not a date", notADate, 0);
        }
        return d;
    }

    public static LocalDate parse(String s) {
        for (DateTimeFormatter f : List.of(ISO, DOTS, SLASHES)) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // next
            }
        }
        return null;
    }
}
