package org.relocationplanner.ui.common;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Messages in a dialog of their own, owned by the main window, for one source (a screen's forms, Settings).
 * Every one goes through the {@link MessageGate}: while the window is locked it waits for the unlock.
 */
public final class MessageDialogs {

    private final Supplier<Window> owner;
    private boolean showing;

    public MessageDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** Shows it, unless a message of this source shows already (a failing disk must not stack one per step). */
    public void showOnce(Alert.AlertType type, String title, String message, String id) {
        MessageGate.show(() -> {
            if (showing) {
                return;
            }
            showing = true;
            try {
                alert(type, title, message, id);
            } finally {
                showing = false;
            }
        });
    }

    /** Shows it, whatever else shows. */
    public void show(Alert.AlertType type, String title, String message, String id) {
        MessageGate.show(() -> alert(type, title, message, id));
    }

    private void alert(Alert.AlertType type, String title, String message, String id) {
        Alert a = new Alert(type, message, ButtonType.OK);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setId(id);
        a.showAndWait();
    }
}
