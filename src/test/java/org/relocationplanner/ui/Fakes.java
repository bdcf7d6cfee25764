package org.relocationplanner.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.relocationplanner.domain.EffectiveFact;
import org.relocationplanner.ui.common.DialogService;
import org.relocationplanner.ui.common.FilePicker;

/** Dialogs and file pickers answered by a ViewModel test. */
public final class Fakes {

    private Fakes() {
    }

    /** Dialogs that record what they would show; no fact is edited. */
    public static DialogService dialogs(List<String> errors, List<String> infos) {
        return new DialogService() {
            @Override
            public Optional<FactEdit> editFact(String countryName, String currency, EffectiveFact fact) {
                return Optional.empty();
            }

            @Override
            public void showError(String title, String message) {
                errors.add(message);
            }

            @Override
            public void showInfo(String title, String message) {
                infos.add(message);
            }
        };
    }

    /** A file picker that opens {@code open} (null: cancelled) and saves nothing. */
    public static FilePicker files(Path open) {
        return new FilePicker() {
            @Override
            public Optional<Path> open(String title, List<String> extensions) {
                return Optional.ofNullable(open);
            }

            @Override
            public Optional<Path> save(String title, String name, List<String> extensions) {
                return Optional.empty();
            }
        };
    }
}
