package org.relocationplanner.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.Dataset;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.domain.FactValue;
import org.relocationplanner.domain.Levels;
import org.relocationplanner.domain.UserAnnotation;
import org.relocationplanner.io.DatasetReader;

class DestinationRepositoryTest {

    private final Database db = TempDatabase.create();
    private final DestinationRepository repository = new DestinationRepository(db);
    private final AnnotationRepository annotations = new AnnotationRepository(db,
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theInstalledRuleBookAnswersAsTheShippedOneForEveryCountry() throws Exception {
        Dataset shipped = DatasetReader.readShipped();
        ShippedData.installIfNewer(repository, shipped);
        org.relocationplanner.domain.RuleBook fromFile = org.relocationplanner.domain.RuleBook.of(shipped);
        org.relocationplanner.domain.RuleBook installed = repository.installed().rules();
        for (LocalDate day : List.of(LocalDate.of(2012, 6, 1), LocalDate.of(2023, 2, 1), LocalDate.of(2026, 12, 4))) {
            for (String code : java.util.Locale.getISOCountries()) {
                assertEquals(fromFile.areaOf(code, day), installed.areaOf(code, day), code);
                String area = fromFile.areaOf(code, day);
                // the researched Russian and Belarusian rules, and another passport's listing read from the table
                for (String passport : List.of("RU", "BY", "IL", "SG")) {
                    assertEquals(fromFile.ruleOn(area, passport, day), installed.ruleOn(area, passport, day),
                            passport + " in " + code + " " + day);
                }
            }
        }
        assertEquals("SCHENGEN", installed.areaOf("AT", LocalDate.of(2024, 10, 3)), "a member that is no destination");
        assertEquals(fromFile.passports(), installed.passports());
        assertTrue(installed.ruleOn("SCHENGEN", "IL", LocalDate.of(2026, 12, 4)).orElseThrow().isBaseline());
        assertEquals(Boolean.TRUE, installed.ruleOn("KZ", "RU", LocalDate.of(2023, 2, 1)).orElseThrow()
                .keepsRuleAtEntry());
    }

    @Test
    void theShippedDatasetReadsBackExactlyAsItWasRead() throws Exception {
        Dataset shipped = DatasetReader.readShipped();
        assertEquals(ShippedData.Outcome.INSTALLED, ShippedData.installIfNewer(repository, shipped));
        Map<String, Destination> stored = repository.destinations().stream()
                .collect(Collectors.toMap(Destination::code, Function.identity()));
        assertEquals(shipped.destinations().size(), stored.size());
        LocalDate today = LocalDate.of(2026, 11, 22);
        for (Destination d : shipped.destinations()) {
            Destination s = stored.get(d.code());
            assertEquals(d.name(), s.name());
            assertEquals(d.routes(), s.routes(), d.code());
            assertEquals(d.membership(), s.membership(), d.code());
            assertEquals(d.ruleOn("RU", today), s.ruleOn("RU", today), d.code());
            assertEquals(d.ruleOn("RU", LocalDate.of(2022, 6, 1)), s.ruleOn("RU", LocalDate.of(2022, 6, 1)), d.code());
            for (var e : d.facts().entrySet()) {
                var back = s.facts().get(e.getKey());
                assertEquals(e.getValue().source(), back.source(), d.code() + " " + e.getKey());
                assertEquals(e.getValue().note(), back.note(), d.code() + " " + e.getKey());
                assertTrue(sameValue(e.getValue().value(), back.value()), d.code() + " " + e.getKey());
                var alt = e.getValue().alternative();
                assertEquals(alt == null, back.alternative() == null, d.code() + " " + e.getKey() + " second source");
                if (alt != null) {
                    assertTrue(sameValue(alt.value(), back.alternative().value()), d.code() + " " + e.getKey());
                    assertEquals(alt.source(), back.alternative().source(), d.code() + " " + e.getKey());
                }
            }
        }
    }

    private static boolean sameValue(FactValue a, FactValue b) {
        if (a instanceof FactValue.Amount x && b instanceof FactValue.Amount y) {
            return x.number().compareTo(y.number()) == 0;
        }
        if (a instanceof FactValue.Speakers x && b instanceof FactValue.Speakers y) {
            return java.util.Objects.equals(x.count(), y.count()) && x.year() == y.year()
                    && (x.sharePercent() == null ? y.sharePercent() == null
                    : y.sharePercent() != null && x.sharePercent().compareTo(y.sharePercent()) == 0);
        }
        if (a instanceof FactValue.OfMoney x && b instanceof FactValue.OfMoney y) {
            return x.money().currency().equals(y.money().currency())
                    && x.money().amount().compareTo(y.money().amount()) == 0;
        }
        return a.equals(b);
    }

    @Test
    void aNewerDatasetReplacesShippedDataButNeverTheUsersNotesAndValues() throws Exception {
        Dataset v1 = DatasetReader.readShipped();
        ShippedData.installIfNewer(repository, v1);
        annotations.save(new UserAnnotation("GE", Criterion.RUSSIAN_USE, new FactValue.OfLevel(Levels.CAN_BE_USED),
                "Only in Tbilisi"));
        Dataset v2 = new Dataset(new Dataset.Info(v1.info().version() + 1, v1.info().released().plusDays(30)),
                v1.destinations().stream().filter(d -> !d.code().equals("TJ")).toList());

        assertEquals(ShippedData.Outcome.UPGRADED, ShippedData.installIfNewer(repository, v2));

        assertEquals(v2.info(), repository.installedDataset().orElseThrow());
        assertTrue(repository.destinations().stream().noneMatch(d -> d.code().equals("TJ")));
        List<UserAnnotation> kept = annotations.all();
        assertEquals(1, kept.size());
        assertEquals("Only in Tbilisi", kept.get(0).note());
        assertEquals(Levels.CAN_BE_USED, ((FactValue.OfLevel) kept.get(0).value()).level());
    }

    @Test
    void anOlderOrEqualDatasetIsNotInstalled() throws Exception {
        Dataset v1 = DatasetReader.readShipped();
        ShippedData.installIfNewer(repository, v1);
        assertEquals(ShippedData.Outcome.ALREADY_CURRENT, ShippedData.installIfNewer(repository, v1));
        Dataset older = new Dataset(new Dataset.Info(v1.info().version() - 1, v1.info().released()), List.of());
        assertEquals(ShippedData.Outcome.NEWER_KEPT, ShippedData.installIfNewer(repository, older));
        assertEquals(v1.destinations().size(), repository.destinations().size());
    }

    @Test
    void aFailedInstallLeavesTheInstalledDataAsItWas() throws Exception {
        Dataset v1 = DatasetReader.readShipped();
        ShippedData.installIfNewer(repository, v1);
        Destination ge = v1.destinations().stream().filter(d -> d.code().equals("GE")).findFirst().orElseThrow();
        Dataset broken = new Dataset(new Dataset.Info(99, v1.info().released()), List.of(ge, ge));
        assertThrows(RuntimeException.class, () -> repository.replaceShipped(broken));
        assertEquals(v1.info(), repository.installedDataset().orElseThrow());
        assertEquals(v1.destinations().size(), repository.destinations().size());
    }

    @Test
    void anEmptiedAnnotationIsRemovedSoTheShippedValueComesBack() {
        annotations.save(new UserAnnotation("RS", Criterion.BANK_ACCOUNT, new FactValue.OfLevel(Levels.BANK_NO), "tried"));
        annotations.save(new UserAnnotation("RS", Criterion.BANK_ACCOUNT, null, "  "));
        assertTrue(annotations.all().isEmpty());
        annotations.save(new UserAnnotation("RS", Criterion.BANK_ACCOUNT, null, "note only"));
        assertEquals(null, annotations.all().get(0).value());
    }

    @Test
    void settingsAreKeptByName() {
        SettingsRepository settings = new SettingsRepository(db);
        assertTrue(settings.get("weights").isEmpty());
        settings.put("weights", "a");
        settings.put("weights", "b");
        assertEquals("b", settings.get("weights").orElseThrow());
    }
}
