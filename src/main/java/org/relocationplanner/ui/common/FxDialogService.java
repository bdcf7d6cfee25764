package org.relocationplanner.ui.common;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.relocationplanner.domain.EffectiveFact;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Supplier<I18n> i18n;
    private final MessageDialogs messages;

    public FxDialogService(Supplier<Window> owner, Supplier<I18n> i18n) {
        this.owner = owner;
        this.i18n = i18n;
        this.messages = new MessageDialogs(owner);
    }

    @Override
    public Optional<FactEdit> editFact(String countryName, String currency, EffectiveFact fact) {
        return FactEditDialog.show(owner.get(), i18n.get(), countryName, currency, fact);
    }

    @Override
    public Optional<java.nio.file.Path> chooseSave(String title, String name, String extension) {
        return FilePicker.system(owner).save(title, name, java.util.List.of(extension));
    }

    /** One error dialog at a time: a failing disk must not stack a dialog per slider step. */
    @Override
    public void showError(String title, String message) {
        messages.showOnce(Alert.AlertType.ERROR, title, message, "settingsError");
    }

    @Override
    public void showInfo(String title, String message) {
        messages.show(Alert.AlertType.INFORMATION, title, message, "settingsInfo");
    }
}
