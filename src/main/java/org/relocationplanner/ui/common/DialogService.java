package org.relocationplanner.ui.common;

import java.util.Optional;
import org.relocationplanner.domain.EffectiveFact;
import org.relocationplanner.domain.FactValue;

/** Dialogs behind an interface, so that ViewModels can be tested without windows. */
public interface DialogService {

    /** What the user decided in the dialog for one value of one destination. */
    record FactEdit(FactValue value, String note, boolean reset) {
    }

    /**
     * Asks for the user's own value and note over a shipped one; empty when cancelled. {@code currency} is the
     * destination's, for prices where no shipped value says which currency it is in.
     */
    Optional<FactEdit> editFact(String countryName, String currency, EffectiveFact fact);

    void showError(String title, String message);

    /** A file to write, suggested as {@code name}; empty when cancelled (or where there is no file dialog). */
    default Optional<java.nio.file.Path> chooseSave(String title, String name, String extension) {
        return Optional.empty();
    }

    /** A plain message; tests and places without an information dialog show it as an error would be shown. */
    default void showInfo(String title, String message) {
        showError(title, message);
    }
}
