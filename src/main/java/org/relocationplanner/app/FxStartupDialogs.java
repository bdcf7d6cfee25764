package org.relocationplanner.app;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.relocationplanner.data.DatabaseProblem;
import org.relocationplanner.ui.common.I18n;

/** Start-up questions as plain dialogs that name the file and say what will and will not happen. */
final class FxStartupDialogs implements StartupDialogs {

    private final Supplier<Window> owner;
    private final Supplier<I18n> i18n;

    FxStartupDialogs(Supplier<Window> owner, Supplier<I18n> i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public LockedChoice databaseLocked(DatabaseProblem problem) {
        I18n t = i18n.get();
        ButtonType other = new ButtonType(t.tr("startup.locked.switch"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(t.tr("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.INFORMATION, t.tr("startup.locked.title"),
                t.tr("startup.locked.text", problem.file()), other, quit);
        return a.showAndWait().filter(b -> b == other).isPresent() ? LockedChoice.SWITCH_TO_OTHER : LockedChoice.QUIT;
    }

    @Override
    public boolean offerFreshDatabase(DatabaseProblem problem) {
        I18n t = i18n.get();
        String why = problem.kind() == DatabaseProblem.Kind.NEWER_VERSION ? t.tr("startup.newer.text", problem.file())
                : t.tr("startup.corrupt.text", problem.file());
        ButtonType fresh = new ButtonType(t.tr("startup.fresh"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(t.tr("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.WARNING, t.tr("startup.problem.title"), why + "\n\n" + t.tr("startup.kept"),
                fresh, quit);
        return a.showAndWait().filter(b -> b == fresh).isPresent();
    }

    @Override
    public void cannotStart(String message) {
        alert(Alert.AlertType.ERROR, i18n.get().tr("startup.problem.title"), message, ButtonType.OK).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String text, ButtonType... buttons) {
        Alert a = new Alert(type, text, buttons);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setMinWidth(520);
        return a;
    }
}
