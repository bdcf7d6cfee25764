package org.relocationplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.CriterionGroup;
import org.relocationplanner.domain.Level;
import org.relocationplanner.domain.ResidenceRoute;
import org.relocationplanner.domain.StayRule;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.shell.Screen;

/** Every visible string exists in Russian and English, and every key the code asks for exists. */
class MessageBundlesTest {

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(
                "/org/relocationplanner/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(load("en").stringPropertyNames());
        Set<String> ru = new TreeSet<>(load("ru").stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(ru);
        Set<String> onlyRu = new TreeSet<>(ru);
        onlyRu.removeAll(en);
        assertEquals(Set.of(), onlyEn, "missing in Russian");
        assertEquals(Set.of(), onlyRu, "missing in English");
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties en = load("en");
        Set<String> used = new TreeSet<>();
        // every string literal in the code that looks like one of our keys, wherever it stands (also in a
        // ternary or a switch that picks the key)
        Pattern call = Pattern.compile("\"((?:app|nav|coming|top|status|startup|error|group|criterion|level|route|value"
                + "|stay|source|badge|override|compare|edit|settings|language|timeline|trip|document|form|deadline|standing"
                + "|warning|csv|notice|area|budget|rates)\\.[a-z_.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            // UserData names stored settings ("compare.weights"), which are not messages
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java")
                    && !p.endsWith("UserData.java"))::iterator) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1)); // a key ending in "." is a prefix, completed below
                    }
                }
            }
        }
        for (Criterion c : Criterion.values()) {
            used.add(c.messageKey());
            c.levels().stream().map(Level::messageKey).forEach(used::add);
        }
        for (CriterionGroup g : CriterionGroup.values()) {
            used.add("group." + g.name().toLowerCase());
        }
        for (ResidenceRoute.Kind k : ResidenceRoute.Kind.values()) {
            used.add(k.messageKey());
        }
        for (ResidenceRoute.Status s : ResidenceRoute.Status.values()) {
            used.add(s.messageKey());
        }
        for (Screen s : Screen.values()) {
            used.add(s.messageKey());
            used.add(s.messageKey() + ".tip");
        }
        for (org.relocationplanner.domain.StayWarning.Kind k : org.relocationplanner.domain.StayWarning.Kind.values()) {
            used.add("warning." + k.name().toLowerCase());
        }
        for (org.relocationplanner.io.TripCsvException.Problem p : org.relocationplanner.io.TripCsvException.Problem
                .values()) {
            used.add("csv." + p.name().toLowerCase());
        }
        for (org.relocationplanner.io.RatesFormatException.Problem p : org.relocationplanner.io.RatesFormatException
                .Problem.values()) {
            used.add("rates.problem." + p.name().toLowerCase());
        }
        for (org.relocationplanner.ui.budget.BudgetViewModel.ScenarioKind k
                : org.relocationplanner.ui.budget.BudgetViewModel.ScenarioKind.values()) {
            used.add("budget.scenario." + k.name().toLowerCase());
        }
        for (org.relocationplanner.domain.Frequency f : org.relocationplanner.domain.Frequency.values()) {
            used.add("budget.every." + f.name().toLowerCase());
        }
        for (org.relocationplanner.ui.timeline.TimelineChart.Zoom z
                : org.relocationplanner.ui.timeline.TimelineChart.Zoom.values()) {
            used.add("timeline.zoom." + z.name().toLowerCase());
        }
        for (org.relocationplanner.domain.TripCheck.State st : org.relocationplanner.domain.TripCheck.State.values()) {
            used.add("timeline.state." + st.name().toLowerCase());
        }
        for (org.relocationplanner.domain.Visa.Kind k : org.relocationplanner.domain.Visa.Kind.values()) {
            used.add("document.visa.kind." + k.name().toLowerCase());
        }
        for (String source : java.util.List.of("cbr", "ecb", "cba_cross", "market_snapshot", "manual")) {
            used.add("rates.source." + source);
        }
        I18n.SUPPORTED.forEach(l -> used.add("language." + l.getLanguage()));
        for (StayRule.Confidence c : StayRule.Confidence.values()) {
            used.add("stay.confidence." + c.name().toLowerCase());
        }
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            boolean counted = en.containsKey(key + ".one") && en.containsKey(key + ".many");
            if (!en.containsKey(key) && !counted) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void russianCountsUseRussianPluralForms() {
        I18n ru = new I18n(I18n.RUSSIAN);
        assertEquals("1 день", ru.count("value.days", 1));
        assertEquals("3 дня", ru.count("value.days", 3));
        assertEquals("11 дней", ru.count("value.days", 11));
        assertEquals("21 день", ru.count("value.days", 21));
        assertEquals("365 дней", ru.count("value.days", 365));
        assertEquals("30 мая 2023", ru.date(java.time.LocalDate.of(2023, 5, 30)));
        I18n en = new I18n(I18n.ENGLISH);
        assertEquals("1 day", en.count("value.days", 1));
        assertEquals("30 May 2023", en.date(java.time.LocalDate.of(2023, 5, 30)));
        assertFalse(ru.tr("app.name").startsWith("!"));
        assertEquals("1\u00a0200\u00a0\u20ac", ru.money(new java.math.BigDecimal("1200"), "EUR"));
        assertEquals("\u20ac1,200", en.money(new java.math.BigDecimal("1200"), "EUR"));
        assertEquals("US$336", en.money(new java.math.BigDecimal("336"), "USD"));
        assertEquals("3\u00a0744\u00a0385", ru.number(3_744_385L));
    }
}
