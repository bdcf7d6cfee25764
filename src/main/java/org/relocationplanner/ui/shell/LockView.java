package org.relocationplanner.ui.shell;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.relocationplanner.ui.common.I18n;

/**
 * The window while the data is locked: at start, before a protected database is opened, and after the auto-lock.
 * Nothing personal is on it: no deadline, no country, no file name.
 */
public final class LockView extends VBox {

    private final PasswordField password = new PasswordField();
    private final Label message = new Label();
    private final Button open;
    private final I18n i18n;
    private final ProgressIndicator busy = new ProgressIndicator();

    /**
     * @param atStart    true before the data was opened at all (offers a fresh start), false after a lock
     * @param onPassword gets the typed password; answer with {@link #wrongPassword()} or replace the view
     * @param onFresh    starts with a fresh database beside the locked one; null to offer none
     */
    public LockView(I18n i18n, boolean atStart, Consumer<char[]> onPassword, Runnable onFresh) {
        super(14);
        this.i18n = i18n;
        setId("lockView");
        setAlignment(Pos.CENTER);
        setMaxWidth(Double.MAX_VALUE);
        Label title = new Label(i18n.tr(atStart ? "lock.title.start" : "lock.title.locked"));
        title.getStyleClass().add("title-3");
        Label text = new Label(i18n.tr("lock.text"));
        text.setWrapText(true);
        text.setMaxWidth(440);
        password.setId("unlockPassword");
        password.setMaxWidth(320);
        password.setPromptText(i18n.tr("lock.prompt"));
        open = new Button(i18n.tr("lock.open"));
        open.setId("unlockButton");
        open.setDefaultButton(true);
        open.disableProperty().bind(password.textProperty().isEmpty());
        open.setOnAction(e -> {
            message.setText("");
            setBusy(true);
            onPassword.accept(password.getText().toCharArray());
        });
        message.setId("unlockMessage");
        message.getStyleClass().add("danger");
        message.setWrapText(true);
        message.setMaxWidth(440);
        busy.setMaxSize(28, 28);
        busy.setVisible(false);
        busy.managedProperty().bind(busy.visibleProperty());
        Label forgotten = new Label(i18n.tr("lock.forgotten"));
        forgotten.setWrapText(true);
        forgotten.setMaxWidth(440);
        forgotten.getStyleClass().add("muted");
        getChildren().addAll(title, text, password, open, busy, message, forgotten);
        if (atStart && onFresh != null) {
            Button fresh = new Button(i18n.tr("lock.fresh"));
            fresh.setId("unlockFresh");
            fresh.getStyleClass().add("flat");
            fresh.setOnAction(e -> onFresh.run());
            getChildren().add(fresh);
        }
        javafx.application.Platform.runLater(password::requestFocus);
    }

    /**
     * Offers to quit from the lock (a button, and Ctrl+Q as in the menu the lock hides): nothing personal is shown
     * and the data closes as on any quit. The quit runs after the key event that asked for it (JDK-8301219).
     */
    public void quitWith(Runnable quit) {
        Button button = new Button(i18n.tr("menu.file.quit"));
        button.setId("lockQuit");
        button.getStyleClass().add("flat");
        button.setOnAction(e -> javafx.application.Platform.runLater(quit));
        getChildren().add(button);
        javafx.scene.input.KeyCombination ctrlQ = javafx.scene.input.KeyCombination.keyCombination("Shortcut+Q");
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (ctrlQ.match(e)) {
                e.consume();
                javafx.application.Platform.runLater(quit);
            }
        });
    }

    private void setBusy(boolean on) {
        busy.setVisible(on);
        password.setDisable(on);
        open.disableProperty().unbind();
        open.setDisable(on);
        if (!on) {
            open.disableProperty().bind(password.textProperty().isEmpty());
        }
    }

    /** The password did not open the data: say so, clear the field, change nothing. */
    public void wrongPassword(String text) {
        setBusy(false);
        message.setText(text);
        password.clear();
        password.requestFocus();
    }
}
