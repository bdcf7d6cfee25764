package org.relocationplanner.ui.common;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.relocationplanner.domain.EffectiveFact;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Supplier<I18n> i18n;

    public FxDialogService(Supplier<Window> owner, Supplier<I18n> i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public Optional<FactEdit> editFact(String countryName, String currency, EffectiveFact fact) {
        return FactEditDialog.show(owner.get(), i18n.get(), countryName, currency, fact);
    }

    private boolean errorShowing;

    /** One error dialog at a time: a failing disk must not stack a dialog per slider step. */
    @Override
    public void showError(String title, String message) {
        MessageGate.show(() -> {
            if (errorShowing) {
                return;
            }
            errorShowing = true;
            try {
                alert(title, message);
            } finally {
                errorShowing = false;
            }
        });
    }

    @Override
    public void showInfo(String title, String message) {
        MessageGate.show(() -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
            alert.initOwner(owner.get());
            alert.setTitle(title);
            alert.setHeaderText(title);
            alert.getDialogPane().setId("settingsInfo");
            alert.showAndWait();
        });
    }

    private void alert(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.getDialogPane().setId("settingsError");
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }
}
