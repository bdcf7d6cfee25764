package org.relocationplanner.domain;

import java.util.Locale;

/** A short text kept in both of the app's languages. */
public record LocalizedText(String en, String ru) {

    public static final LocalizedText EMPTY = new LocalizedText("", "");

    public LocalizedText {
        en = en == null ? "" : en;
        ru = ru == null ? "" : ru;
    }

    public static LocalizedText of(String en, String ru) {
        return (en == null || en.isBlank()) && (ru == null || ru.isBlank()) ? EMPTY : new LocalizedText(en, ru);
    }

    /** The text in the locale's language, falling back to the other one when a translation is missing. */
    public String in(Locale locale) {
        boolean russian = "ru".equals(locale.getLanguage());
        String preferred = russian ? ru : en;
        return preferred.isBlank() ? (russian ? en : ru) : preferred;
    }

    public boolean isEmpty() {
        return en.isBlank() && ru.isBlank();
    }
}
