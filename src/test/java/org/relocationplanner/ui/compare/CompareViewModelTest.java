package org.relocationplanner.ui.compare;

import org.relocationplanner.service.CompareStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.domain.EffectiveFact;
import org.relocationplanner.domain.FactValue;
import org.relocationplanner.domain.Levels;
import org.relocationplanner.domain.Money;
import org.relocationplanner.domain.UserAnnotation;
import org.relocationplanner.domain.Weights;
import org.relocationplanner.io.DatasetReader;
import org.relocationplanner.ui.common.DialogService;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.TaskExecutor;

/** The Compare screen's logic without windows: dialogs are answered by the test, saves are recorded. */
class CompareViewModelTest {

    private final List<UserAnnotation> saved = new ArrayList<>();
    private final List<List<String>> savedPicks = new ArrayList<>();
    private final List<Weights> savedWeights = new ArrayList<>();
    private final Deque<Optional<DialogService.FactEdit>> answers = new ArrayDeque<>();
    private final List<String> askedCurrency = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();

    private java.util.Locale locale = I18n.ENGLISH;

    private CompareViewModel vm(List<UserAnnotation> annotations) throws Exception {
        List<Destination> all = DatasetReader.readShipped().destinations();
        CompareStore store = new CompareStore() {
            @Override
            public void saveWeights(Weights weights) {
                savedWeights.add(weights);
            }

            @Override
            public void savePicked(List<String> codes) {
                savedPicks.add(codes);
            }

            @Override
            public void saveAnnotation(UserAnnotation annotation) {
                saved.add(annotation);
            }
        };
        DialogService dialogs = new DialogService() {
            @Override
            public Optional<FactEdit> editFact(String countryName, String currency, EffectiveFact fact) {
                askedCurrency.add(currency);
                return answers.poll();
            }

            @Override
            public void showError(String title, String message) {
                throw new AssertionError(title + ": " + message);
            }

            @Override
            public void showInfo(String title, String message) {
                infos.add(message);
            }
        };
        return new CompareViewModel(all, annotations, Weights.defaults(), List.of(), "RU",
                Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC), store, TaskExecutor.direct(),
                dialogs, new I18n(locale));
    }

    @Test
    void aPriceWithoutAShippedValueIsAskedInTheDestinationsCurrency() throws Exception {
        CompareViewModel vm = vm(List.of());
        FactValue mine = new FactValue.OfMoney(new Money(new BigDecimal("2500"), "GEL"));
        answers.add(Optional.of(new DialogService.FactEdit(mine, "one-bedroom in Vake", false)));
        vm.editValue("GE", Criterion.FOOD);
        assertEquals(List.of("GEL"), askedCurrency);
        assertEquals(mine, vm.find("GE").orElseThrow().get(Criterion.FOOD).value());
        assertEquals("one-bedroom in Vake", saved.get(0).note());
    }

    @Test
    void resetInTheDialogDropsTheValueButKeepsTheNoteAsTyped() throws Exception {
        CompareViewModel vm = vm(List.of(new UserAnnotation("RS", Criterion.BANK_ACCOUNT,
                new FactValue.OfLevel(Levels.BANK_NO), "refused at two banks")));
        answers.add(Optional.of(new DialogService.FactEdit(null, "refused at two banks, then opened at a third", true)));
        vm.editValue("RS", Criterion.BANK_ACCOUNT);
        EffectiveFact f = vm.find("RS").orElseThrow().get(Criterion.BANK_ACCOUNT);
        assertFalse(f.isOverridden());
        assertEquals("refused at two banks, then opened at a third", f.userNote());
        assertNull(saved.get(0).value());
    }

    /** Issue 16: a language switch builds the screen anew; the undo history goes with it when the data is the same. */
    @Test
    void theUndoHistoryIsCarriedToTheScreenBuiltAnewOnTheSameData() throws Exception {
        CompareViewModel before = vm(List.of());
        FactValue mine = new FactValue.OfMoney(new Money(new BigDecimal("2500"), "GEL"));
        answers.add(Optional.of(new DialogService.FactEdit(mine, "one-bedroom in Vake", false)));
        before.editValue("GE", Criterion.FOOD);

        locale = new java.util.Locale("ru");
        CompareViewModel after = vm(saved);
        after.carryFrom(before);
        assertTrue(after.canUndoProperty().get());
        after.undo();
        assertFalse(after.find("GE").orElseThrow().get(Criterion.FOOD).isOverridden(), "the edit is taken back");
        assertFalse(after.canUndoProperty().get());

        CompareViewModel other = vm(List.of());
        other.carryFrom(before);
        assertFalse(other.canUndoProperty().get(), "other data (a restore meanwhile): nothing to take back");
    }

    /** Issue 17: with a second passport, each destination is ranked by the better one (Mongolia: BY 90 days). */
    @Test
    void aSecondPassportRanksEachDestinationByTheBetterOne() throws Exception {
        CompareViewModel vm = vm(List.of());
        assertEquals("RU", vm.find("MN").orElseThrow().passport());
        vm.usePassports(List.of("BY"), org.relocationplanner.domain.CountryFacts.RuleLookup.of(
                org.relocationplanner.domain.RuleBook.of(DatasetReader.readShipped())));
        assertEquals("BY", vm.find("MN").orElseThrow().passport());
        assertEquals("RU", vm.find("CU").orElseThrow().passport());
    }

    @Test
    void cancellingTheDialogChangesNothing() throws Exception {
        CompareViewModel vm = vm(List.of());
        answers.add(Optional.empty());
        vm.editValue("AM", Criterion.RUSSIAN_USE);
        assertTrue(saved.isEmpty());
        assertFalse(vm.find("AM").orElseThrow().get(Criterion.RUSSIAN_USE).isOverridden());
    }

    @Test
    void picksAreKeptInOrderUpToSixAndSavedEachTime() throws Exception {
        CompareViewModel vm = vm(List.of());
        for (String code : List.of("GE", "AM", "KZ", "KG", "RS", "TR")) {
            assertTrue(vm.togglePick(code));
        }
        assertFalse(vm.togglePick("IL"));
        assertEquals("At most 6 destinations fit side by side. Untick one first.", vm.messageProperty().get());
        assertEquals(List.of("GE", "AM", "KZ", "KG", "RS", "TR"), savedPicks.get(savedPicks.size() - 1));
        assertTrue(vm.togglePick("AM"));
        assertEquals(List.of("GE", "KZ", "KG", "RS", "TR"), vm.picked());
        // the side-by-side rows: a heading per group, a cell per picked destination in each criterion row
        assertEquals(4, vm.sideBySide().stream().filter(SideBySideRow::isHeading).count());
        vm.sideBySide().stream().filter(r -> !r.isHeading()).forEach(r -> assertEquals(5, r.cells().size()));
    }

    @Test
    void aWeightChangeReordersAndIsSavedOnce() throws Exception {
        CompareViewModel vm = vm(List.of());
        String firstBefore = vm.ranking().get(0).country().code();
        for (Criterion c : Weights.defaults().asMap().keySet()) {
            vm.setWeight(c, c == Criterion.PRICE_LEVEL ? 10 : 0);
        }
        assertEquals("TJ", vm.ranking().get(0).country().code());
        assertEquals(Weights.defaults().asMap().size(), savedWeights.size());
        vm.setWeight(Criterion.PRICE_LEVEL, 10);
        assertEquals(Weights.defaults().asMap().size(), savedWeights.size(), "an unchanged weight is not saved again");
        vm.resetWeights();
        assertEquals(firstBefore, vm.ranking().get(0).country().code());
    }

    @Test
    void undoTakesBackEditsOneByOneAndSavesEachStep() throws Exception {
        CompareViewModel vm = vm(List.of());
        assertFalse(vm.canUndoProperty().get());
        answers.add(Optional.of(new DialogService.FactEdit(new FactValue.OfLevel(Levels.BANK_NO), "refused", false)));
        vm.editValue("GE", Criterion.BANK_ACCOUNT);
        answers.add(Optional.of(new DialogService.FactEdit(new FactValue.OfLevel(Levels.BANK_WITH_DIFFICULTY),
                "refused, then a second bank agreed", false)));
        vm.editValue("GE", Criterion.BANK_ACCOUNT);
        assertTrue(vm.canUndoProperty().get());

        vm.undo();
        EffectiveFact f = vm.find("GE").orElseThrow().get(Criterion.BANK_ACCOUNT);
        assertEquals(new FactValue.OfLevel(Levels.BANK_NO), f.value());
        assertEquals("refused", f.userNote());
        assertEquals("Change undone: Georgia, \u201cBank account for Russians\u201d.", vm.messageProperty().get());

        vm.undo();
        f = vm.find("GE").orElseThrow().get(Criterion.BANK_ACCOUNT);
        assertFalse(f.isOverridden());
        assertEquals("", f.userNote());
        assertFalse(vm.canUndoProperty().get());
        assertTrue(saved.get(saved.size() - 1).isEmpty(), "the last undo removed the stored annotation");
        assertEquals(4, saved.size(), "two edits and two undos, each saved");
    }

    @Test
    void savingWithoutAChangeLeavesNothingToUndo() throws Exception {
        CompareViewModel vm = vm(List.of());
        answers.add(Optional.of(new DialogService.FactEdit(null, "", false)));
        vm.editValue("GE", Criterion.RUSSIAN_USE);
        answers.add(Optional.of(new DialogService.FactEdit(null, "", true)));
        vm.editValue("GE", Criterion.RUSSIAN_USE);
        assertFalse(vm.canUndoProperty().get());
        assertTrue(saved.isEmpty());
    }

    @Test
    void withNothingPickedTheSideBySideViewIsEmptySoItCanSayHowToPick() throws Exception {
        CompareViewModel vm = vm(List.of());
        assertTrue(vm.sideBySide().isEmpty());
        vm.togglePick("GE");
        assertFalse(vm.sideBySide().isEmpty());
        vm.clearPicked();
        assertTrue(vm.sideBySide().isEmpty());
        assertEquals("Tick 2 to 6 destinations in the ranking to see them side by side.", vm.messageProperty().get());
    }

    @Test
    void theExplanationSaysHowMuchIsKnownAndWhatTheUnknownCost() throws Exception {
        CompareViewModel vm = vm(List.of());
        vm.selectedCodeProperty().set("MN"); // Mongolia: several values not found
        List<String> lines = vm.explanation();
        assertTrue(lines.get(1).startsWith("Known: "), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("unknown, counts as nothing")), lines.toString());
        assertTrue(lines.get(lines.size() - 1).startsWith("Not known: "), lines.toString());
        var mongolia = vm.ranking().stream().filter(e -> e.country().code().equals("MN")).findFirst().orElseThrow();
        assertTrue(mongolia.score().knownShare() < 1.0);
        // the map says the same in a line: score, place, reasons, how much is known
        String tip = vm.describeOnMap("MN");
        assertTrue(tip.startsWith("Mongolia: "), tip);
        assertTrue(tip.contains("Known: " + Math.round(mongolia.score().knownShare() * 100) + "% of your weight"), tip);
    }

    @Test
    void theMapIsColouredByTheScoresOfTheDestinationsShown() throws Exception {
        CompareViewModel vm = vm(List.of());
        vm.loadMap();
        assertTrue(vm.shapesProperty().get().size() > 150, "the world's outlines");
        assertEquals(37, vm.mapScoresProperty().get().size());
        vm.filterTextProperty().set("georg");
        assertEquals(java.util.Set.of("GE"), vm.mapScoresProperty().get().keySet(), "filtered out: plain land");
    }

    @Test
    void theRankingExportsAsCsvWithAByteOrderMarkForSpreadsheets(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        CompareViewModel vm = vm(List.of());
        java.nio.file.Path file = dir.resolve("ranking.csv");
        vm.exportRanking(file);
        assertEquals(List.of("Saved 37 rows to ranking.csv."), infos);
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0]);
        List<String> lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals(38, lines.size());
        assertTrue(lines.get(0).startsWith("Rank,Code,Country,Score,Known,Stay allowed now,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("1,"), lines.get(1));
    }

    /** In Russian the decimal separator is a comma: the columns are separated by semicolons, as Excel expects there. */
    @Test
    void inRussianTheExportSeparatesColumnsWithSemicolonsAndShowsBothSourcesWhereTheyDiffer(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        locale = I18n.RUSSIAN;
        CompareViewModel vm = vm(List.of());
        java.nio.file.Path file = dir.resolve("рейтинг.csv");
        vm.exportRanking(file);
        List<String> lines = java.nio.file.Files.readString(file).substring(1).lines().toList();
        assertTrue(lines.get(0).startsWith("Место;Код;Страна;Баллы;Известно;"), lines.get(0));
        String indonesia = lines.stream().filter(l -> l.contains(";ID;")).findFirst().orElseThrow();
        // the fee that counts is the higher of the two sources', with the other beside it
        assertTrue(indonesia.matches(".*;≈\\D32\\D835\\D₽\\D\\(⇄\\D≈\\D12\\D665\\D₽\\);.*"), indonesia);
    }
}
