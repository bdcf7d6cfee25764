package org.relocationplanner.ui.common;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every visible string comes from here: {@code tr(key, args...)} over the bundle of the chosen language,
 * and dates, numbers and money formatted for that language.
 */
public final class I18n {

    public static final Locale RUSSIAN = new Locale("ru", "RU");
    public static final Locale ENGLISH = Locale.UK;
    public static final List<Locale> SUPPORTED = List.of(RUSSIAN, ENGLISH);
    static final String BUNDLE = "org.relocationplanner.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter longDate;

    public I18n(Locale locale) {
        this.locale = supported(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", this.locale);
    }

    /** Russian for a Russian-speaking system (and the languages of the countries users come from), else English. */
    public static Locale supported(Locale requested) {
        return "ru".equals(requested.getLanguage()) ? RUSSIAN : ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isRussian() {
        return locale == RUSSIAN;
    }

    public String tr(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * A counted phrase: {@code key.one}, {@code key.few} or {@code key.many} by the language's plural rules
     * (Russian: 1 день, 2 дня, 5 дней, 21 день), with the count as {0}.
     */
    public String count(String key, long n) {
        return tr(key + "." + pluralForm(n), n);
    }

    String pluralForm(long n) {
        long abs = Math.abs(n);
        if (!isRussian()) {
            return abs == 1 ? "one" : "many";
        }
        long mod10 = abs % 10;
        long mod100 = abs % 100;
        if (mod10 == 1 && mod100 != 11) {
            return "one";
        }
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
            return "few";
        }
        return "many";
    }

    public String date(LocalDate date) {
        return date == null ? tr("value.date_not_stated") : longDate.format(date);
    }

    /** A month as chart axes name it: "Dec 2026", "дек. 2026". */
    public String shortMonth(java.time.YearMonth month) {
        return DateTimeFormatter.ofPattern("LLL yyyy", locale).format(month);
    }

    public String number(BigDecimal n) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(Math.max(0, n.stripTrailingZeros().scale()));
        return f.format(n);
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    public String decimal(double n, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(n);
    }

    public String money(BigDecimal amount, String currency) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        try {
            f.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException e) {
            return number(amount) + " " + currency;
        }
        f.setMaximumFractionDigits(Math.max(0, Math.min(2, amount.stripTrailingZeros().scale())));
        f.setMinimumFractionDigits(0);
        return f.format(amount);
    }

    /** A rate source's name in the user's language; a source named in an imported file as it is. */
    public String rateSource(String key) {
        String name = tr("rates.source." + key.toLowerCase(java.util.Locale.ROOT).replace('-', '_'));
        return name.startsWith("!") ? key : name;
    }
}
