package org.relocationplanner.ui.settings;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.relocationplanner.io.BackupFile;
import org.relocationplanner.ui.common.I18n;

/** The "Data safety" part of Settings, with its dialogs. */
final class SafetyPane extends VBox {

    private final SafetyViewModel vm;
    private final I18n i18n;

    SafetyPane(SafetyViewModel vm, I18n i18n) {
        super(12);
        this.vm = vm;
        this.i18n = i18n;
        setId("safetyPane");
        Label title = new Label(i18n.tr("settings.safety.title"));
        title.getStyleClass().add("title-4");
        Label status = new Label();
        status.setId("safetyStatus");
        status.setWrapText(true);
        status.textProperty().bind(javafx.beans.binding.Bindings.when(vm.protectedProperty())
                .then(i18n.tr("settings.safety.on")).otherwise(i18n.tr("settings.safety.off")));

        Button set = button("setPassword", "settings.safety.set_button", () -> askPassword(Mode.SET));
        Button change = button("changePassword", "settings.safety.change_button", () -> askPassword(Mode.CHANGE));
        Button remove = button("removePassword", "settings.safety.remove_button", () -> askPassword(Mode.REMOVE));
        Button lock = button("lockNow", "settings.safety.lock_button", vm::lockNow);
        lock.setTooltip(new javafx.scene.control.Tooltip(i18n.tr("settings.safety.lock_tip")));
        showWhen(set, vm.protectedProperty().not());
        for (Button b : new Button[] {change, remove, lock}) {
            showWhen(b, vm.protectedProperty());
        }
        HBox passwordRow = new HBox(10, set, change, remove, lock);

        ComboBox<Integer> autoLock = choice("autoLockChoice", SafetyViewModel.AUTO_LOCK_CHOICES,
                n -> n == 0 ? i18n.tr("settings.autolock.never") : i18n.tr("settings.autolock.after", n));
        autoLock.setValue(vm.autoLockMinutesProperty().get());
        autoLock.valueProperty().addListener((o, a, b) -> vm.autoLockMinutesProperty().set(b == null ? 0 : b));
        autoLock.disableProperty().bind(vm.protectedProperty().not());

        ComboBox<Integer> keep = choice("keepBackupsChoice", java.util.List.of(0, 3, 7, 14, 30),
                n -> n == 0 ? i18n.tr("settings.backups.off") : i18n.tr("settings.backups.keep", n));
        keep.setValue(vm.keepBackupsProperty().get());
        keep.valueProperty().addListener((o, a, b) -> vm.keepBackupsProperty().set(b == null ? 0 : b));
        Label folder = new Label(i18n.tr("settings.backups.where", vm.backupFolder()));
        folder.setId("backupFolder");
        folder.setWrapText(true);
        folder.getStyleClass().add("muted");
        Button backup = button("backupNow", "settings.backup.now", vm::backupNow);
        Button restore = button("restoreBackup", "settings.restore.button", () -> vm.restore(this::askBackupPassword,
                this::confirmRestore));
        Button wipe = button("wipeEverything", "settings.wipe.button", this::confirmWipe);
        wipe.getStyleClass().add("danger");
        Label wipeNote = new Label(i18n.tr("settings.wipe.note"));
        wipeNote.setWrapText(true);
        wipeNote.getStyleClass().add("muted");

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(12);
        SettingsView.labelColumn(grid);
        int row = 0;
        grid.addRow(row++, new Label(i18n.tr("settings.safety.password")), passwordRow);
        grid.add(status, 1, row++);
        grid.addRow(row++, new Label(i18n.tr("settings.autolock")), autoLock);
        grid.addRow(row++, new Label(i18n.tr("settings.backups")), new HBox(10, keep, backup, restore));
        grid.add(folder, 1, row++);
        grid.addRow(row++, new Label(i18n.tr("settings.wipe.label")), wipe);
        grid.add(wipeNote, 1, row);
        grid.disableProperty().bind(vm.busyProperty());
        getChildren().addAll(title, grid);
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.tr(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static void showWhen(Node n, javafx.beans.value.ObservableBooleanValue shown) {
        n.visibleProperty().bind(shown);
        n.managedProperty().bind(shown);
    }

    private static ComboBox<Integer> choice(String id, java.util.List<Integer> values,
                                            java.util.function.IntFunction<String> text) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        Callback<ListView<Integer>, ListCell<Integer>> cells = l -> new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        return box;
    }

    enum Mode { SET, CHANGE, REMOVE }

    private void askPassword(Mode mode) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(getScene() == null ? null : getScene().getWindow());
        d.setTitle(i18n.tr("settings.safety.title"));
        d.setHeaderText(i18n.tr("settings.safety.dialog." + mode.name().toLowerCase(java.util.Locale.ROOT)));
        d.getDialogPane().setId("passwordDialog");
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        PasswordField current = field("currentPassword");
        PasswordField next = field("newPassword");
        PasswordField repeat = field("repeatPassword");
        Label problem = new Label();
        problem.setId("passwordProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        Label warning = new Label(i18n.tr(mode == Mode.REMOVE ? "settings.safety.remove_warning"
                : "settings.safety.forgotten"));
        warning.setWrapText(true);
        warning.setMaxWidth(460);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        int row = 0;
        if (mode != Mode.SET) {
            grid.addRow(row++, new Label(i18n.tr("settings.safety.current")), current);
        }
        if (mode != Mode.REMOVE) {
            grid.addRow(row++, new Label(i18n.tr("settings.safety.new")), next);
            grid.addRow(row++, new Label(i18n.tr("settings.safety.repeat")), repeat);
        }
        grid.add(problem, 0, row++, 2, 1);
        grid.add(warning, 0, row, 2, 1);
        grid.setPadding(new Insets(10));
        d.getDialogPane().setContent(grid);
        Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("passwordOk");
        Runnable check = () -> {
            String p = mode == Mode.REMOVE ? null : vm.passwordProblem(next.getText().toCharArray(),
                    repeat.getText().toCharArray());
            boolean noCurrent = mode != Mode.SET && current.getText().isEmpty();
            // a too-short password is said only once something is typed: an empty form is not an error
            problem.setText(p == null || next.getText().isEmpty() ? "" : p);
            ok.setDisable(p != null || noCurrent);
        };
        for (PasswordField f : new PasswordField[] {current, next, repeat}) {
            f.textProperty().addListener((o, a, b) -> check.run());
        }
        check.run();
        javafx.application.Platform.runLater(() -> (mode == Mode.SET ? next : current).requestFocus());
        if (d.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            char[] now = mode == Mode.SET ? null : current.getText().toCharArray();
            vm.changePassword(now, mode == Mode.REMOVE ? null : next.getText().toCharArray());
        }
    }

    private static PasswordField field(String id) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPrefColumnCount(22);
        return f;
    }

    private Optional<char[]> askBackupPassword() {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(getScene() == null ? null : getScene().getWindow());
        d.setTitle(i18n.tr("settings.restore.title"));
        d.setHeaderText(i18n.tr("settings.restore.password"));
        d.getDialogPane().setId("backupPasswordDialog");
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        PasswordField pw = field("backupPassword");
        d.getDialogPane().setContent(new VBox(10, pw));
        d.getDialogPane().lookupButton(ButtonType.OK).setId("backupPasswordOk");
        javafx.application.Platform.runLater(pw::requestFocus);
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> pw.getText().toCharArray());
    }

    private boolean confirmRestore(BackupFile.Contents c) {
        ButtonType go = new ButtonType(i18n.tr("settings.restore.go"), ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, i18n.tr("settings.restore.confirm",
                i18n.date(c.created().atZone(java.time.ZoneId.systemDefault()).toLocalDate()), c.rows("trip"),
                c.rows("passport") + c.rows("visa") + c.rows("residence_permit"), c.rows("user_annotation")),
                go, ButtonType.CANCEL);
        a.initOwner(getScene() == null ? null : getScene().getWindow());
        a.setTitle(i18n.tr("settings.restore.title"));
        a.setHeaderText(i18n.tr("settings.restore.title"));
        a.getDialogPane().setId("restoreConfirm");
        a.getDialogPane().lookupButton(go).setId("restoreGo");
        a.getDialogPane().setMinWidth(520);
        return a.showAndWait().filter(b -> b == go).isPresent();
    }

    private void confirmWipe() {
        ButtonType erase = new ButtonType(i18n.tr("settings.wipe.go"), ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.WARNING, i18n.tr("settings.wipe.confirm"), erase, ButtonType.CANCEL);
        a.initOwner(getScene() == null ? null : getScene().getWindow());
        a.setTitle(i18n.tr("settings.wipe.title"));
        a.setHeaderText(i18n.tr("settings.wipe.title"));
        a.getDialogPane().setId("wipeConfirm");
        Button eraseButton = (Button) a.getDialogPane().lookupButton(erase);
        eraseButton.setId("wipeGo");
        eraseButton.setDefaultButton(false); // Enter must not erase everything
        a.getDialogPane().setMinWidth(520);
        if (a.showAndWait().filter(b -> b == erase).isPresent()) {
            vm.wipeEverything();
        }
    }
}
