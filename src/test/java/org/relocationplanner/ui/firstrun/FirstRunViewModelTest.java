package org.relocationplanner.ui.firstrun;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.relocationplanner.ui.common.I18n;

/** The first-start assistant's steps and checks, below the window. */
class FirstRunViewModelTest {

    private final List<FirstRunViewModel.Answers> handed = new ArrayList<>();
    private final List<Locale> languages = new ArrayList<>();
    private final FirstRunViewModel vm = new FirstRunViewModel(I18n.ENGLISH, List.of(), languages::add, handed::add);

    private void toLastStep() {
        while (!vm.isLast()) {
            assertTrue(vm.next());
        }
    }

    @Test
    void theStepsGoForwardAndBackAndNothingIsHandedOverBeforeTheLast() {
        assertTrue(vm.isFirst());
        vm.languageProperty().set(I18n.RUSSIAN);
        assertEquals(List.of(I18n.RUSSIAN), languages, "the language applies at once");
        vm.next();
        assertEquals(FirstRunViewModel.Step.PASSPORT, vm.stepProperty().get());
        vm.back();
        assertTrue(vm.isFirst());
        toLastStep();
        assertEquals(FirstRunViewModel.Step.PASSWORD, vm.stepProperty().get());
        assertTrue(handed.isEmpty());
        assertEquals("RUB", vm.incomeCurrencyProperty().get(), "a ruble income unless said");
    }

    @Test
    void aShortOrMismatchedPasswordStopsTheLastStepAndIsWipedFromMemory() {
        toLastStep();
        char[] shortOne = "short".toCharArray();
        char[] again = "short".toCharArray();
        vm.setPassword(shortOne, again);
        assertFalse(vm.next());
        assertEquals("firstrun.password.short", vm.problemProperty().get());
        assertArrayEquals(new char[5], shortOne, "a refused password does not stay in memory");
        char[] one = "river-stone-42".toCharArray();
        char[] other = "river-stone-43".toCharArray();
        vm.setPassword(one, other);
        assertFalse(vm.next());
        assertEquals("firstrun.password.differ", vm.problemProperty().get());
        assertTrue(handed.isEmpty());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void theAnswersAreHandedOverOnceAndAFailureKeepsTheAssistantOpenWithItsReason() {
        vm.otherPassports().add("IL");
        vm.countryProperty().set("GE");
        vm.incomeCurrencyProperty().set("USD");
        toLastStep();
        vm.setPassword("river-stone-42".toCharArray(), "river-stone-42".toCharArray());
        assertTrue(vm.next());
        assertTrue(vm.busyProperty().get());
        FirstRunViewModel.Answers a = handed.get(0);
        assertEquals(List.of("IL"), a.otherPassports());
        assertEquals("GE", a.country());
        assertEquals("USD", a.incomeCurrency());
        assertEquals("river-stone-42", new String(a.password()));

        vm.finishFailed("firstrun.password.failed");
        assertFalse(vm.busyProperty().get(), "the user can try again");
        assertEquals("firstrun.password.failed", vm.problemProperty().get());
        assertTrue(vm.isLast());
    }

    @Test
    void noPasswordIsNoPasswordNotAnEmptyOne() {
        toLastStep();
        vm.setPassword(new char[0], new char[0]);
        assertTrue(vm.next());
        assertNull(handed.get(0).password());
    }
}
