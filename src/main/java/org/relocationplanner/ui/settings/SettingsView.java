package org.relocationplanner.ui.settings;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import javafx.scene.control.ListView;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.ui.common.I18n;

/** The Settings screen. */
public final class SettingsView extends VBox {

    /** The labels' column, the same width in both parts of the screen, never cut short. */
    static void labelColumn(GridPane grid) {
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        // as wide as the widest label (at least 220): a long Russian label is not cut
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        labels.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        grid.getColumnConstraints().add(labels);
    }

    /** The three warning steps, each a spinner of days; taken when they run from the earliest to the latest. */
    private static javafx.scene.layout.HBox warnings(SettingsViewModel vm, I18n i18n) {
        org.relocationplanner.domain.Deadline.Warnings w = vm.warnings();
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        java.util.List<javafx.scene.control.Spinner<Integer>> spinners = new java.util.ArrayList<>();
        String[] ids = {"warningsFirst", "warningsSecond", "warningsLast"};
        int[] values = {w.first(), w.second(), w.last()};
        for (int i = 0; i < 3; i++) {
            javafx.scene.control.Spinner<Integer> s = new javafx.scene.control.Spinner<>(0,
                    org.relocationplanner.domain.Deadline.Warnings.MAX, values[i]);
            s.setId(ids[i]);
            s.setEditable(true);
            s.setPrefWidth(86);
            spinners.add(s);
            row.getChildren().add(s);
        }
        for (javafx.scene.control.Spinner<Integer> s : spinners) {
            s.valueProperty().addListener((o, a, b) -> vm.setWarnings(spinners.get(0).getValue(),
                    spinners.get(1).getValue(), spinners.get(2).getValue()));
        }
        Label days = new Label(i18n.tr("settings.warnings.days"));
        days.getStyleClass().add("muted");
        row.getChildren().add(days);
        return row;
    }

    public SettingsView(SettingsViewModel vm, SafetyViewModel safety, I18n i18n) {
        super(16);
        setId("settingsView");
        Label title = new Label(i18n.tr("nav.settings"));
        title.getStyleClass().add("title-2");

        ComboBox<Locale> language = new ComboBox<>();
        language.setId("languageChoice");
        language.getItems().setAll(I18n.SUPPORTED);
        Callback<ListView<Locale>, ListCell<Locale>> languageCells = l -> new ListCell<>() {
            @Override
            protected void updateItem(Locale item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.tr("language." + item.getLanguage()));
            }
        };
        language.setCellFactory(languageCells);
        language.setButtonCell(languageCells.call(null));
        language.valueProperty().bindBidirectional(vm.languageProperty());

        ComboBox<String> passport = new ComboBox<>();
        passport.setId("passportChoice");
        passport.setItems(org.relocationplanner.ui.common.CountryPickers.byName(vm.passports(), i18n));
        passport.setVisibleRowCount(14);
        org.relocationplanner.ui.common.CountryPickers.showNames(passport, i18n);
        passport.valueProperty().bindBidirectional(vm.passportProperty());
        Label passportNote = new Label(i18n.tr("settings.passport.note"));
        passportNote.getStyleClass().add("muted");
        passportNote.setWrapText(true);

        ComboBox<String> country = org.relocationplanner.ui.common.CountryPickers.choice("currentCountryChoice",
                vm.destinations(), i18n.tr("settings.country.none"), i18n);
        org.relocationplanner.ui.common.CountryPickers.bind(country, vm.currentCountryProperty());

        ComboBox<org.relocationplanner.ui.common.Theme> theme = new ComboBox<>();
        theme.setId("themeChoice");
        theme.getItems().setAll(org.relocationplanner.ui.common.Theme.values());
        Callback<ListView<org.relocationplanner.ui.common.Theme>, ListCell<org.relocationplanner.ui.common.Theme>>
                themeCells = l -> new ListCell<>() {
                    @Override
                    protected void updateItem(org.relocationplanner.ui.common.Theme item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty || item == null ? null : i18n.tr(item.messageKey()));
                    }
                };
        theme.setCellFactory(themeCells);
        theme.setButtonCell(themeCells.call(null));
        theme.valueProperty().bindBidirectional(vm.themeProperty());

        javafx.scene.control.MenuButton others2 = org.relocationplanner.ui.common.CountryPickers.menu(
                "otherPassportsChoice", vm.passports(), vm.destinations(), vm.otherPassports(), i18n);
        Label othersNote = new Label(i18n.tr("settings.other_passports.note"));
        othersNote.getStyleClass().add("muted");
        othersNote.setWrapText(true);

        javafx.scene.layout.HBox warnings = warnings(vm, i18n);
        Label warningsProblem = new Label();
        warningsProblem.setId("warningsProblem");
        warningsProblem.getStyleClass().add("form-error");
        warningsProblem.setWrapText(true);
        warningsProblem.textProperty().bind(vm.warningsProblemProperty());
        warningsProblem.managedProperty().bind(warningsProblem.textProperty().isNotEmpty());
        Label warningsNote = new Label(i18n.tr("settings.warnings.note"));
        warningsNote.getStyleClass().add("muted");
        warningsNote.setWrapText(true);

        Label folder = new Label(vm.dataFolder().toString());
        folder.setId("dataFolderPath");
        folder.setWrapText(true);
        javafx.scene.control.Button move = new javafx.scene.control.Button(i18n.tr("settings.move.button"));
        move.setId("moveDataFolder");
        move.disableProperty().bind(vm.movingProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                vm::folderGiven)));
        move.setOnAction(e -> vm.moveDataFolder());
        if (vm.folderGiven()) {
            move.setTooltip(new javafx.scene.control.Tooltip(i18n.tr("settings.move.given")));
        }
        move.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox folderRow = new javafx.scene.layout.HBox(10, folder, move);
        folderRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label file = new Label(vm.databaseFile().toString());
        file.setId("databaseFilePath");
        ComboBox<java.nio.file.Path> others = new ComboBox<>(vm.otherDatabases());
        others.setId("otherDatabases");
        others.setPromptText(i18n.tr("settings.database.others.prompt"));
        Callback<ListView<java.nio.file.Path>, ListCell<java.nio.file.Path>> fileCells = l -> new ListCell<>() {
            @Override
            protected void updateItem(java.nio.file.Path p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText(null);
                } else {
                    String name = p.getFileName() + ".mv.db";
                    boolean current = p.resolveSibling(name).equals(vm.databaseFile());
                    setText(current ? i18n.tr("settings.database.current", name) : name);
                }
            }
        };
        others.setCellFactory(fileCells);
        others.setButtonCell(fileCells.call(null));
        javafx.scene.control.Button use = new javafx.scene.control.Button(i18n.tr("settings.database.use"));
        use.setId("useOtherDatabase");
        use.disableProperty().bind(others.valueProperty().isNull());
        use.setOnAction(e -> vm.useFromNextStart(others.getValue()));
        Label usedNext = new Label();
        usedNext.setId("databaseMessage");
        usedNext.setWrapText(true);
        usedNext.textProperty().bind(vm.databaseMessageProperty());
        usedNext.managedProperty().bind(usedNext.textProperty().isNotEmpty());
        javafx.scene.layout.HBox otherRow = new javafx.scene.layout.HBox(10, others, use);
        // shown once there is more than the one file in use: a choice only then
        otherRow.visibleProperty().bind(javafx.beans.binding.Bindings.size(vm.otherDatabases()).greaterThan(1));
        otherRow.managedProperty().bind(otherRow.visibleProperty());
        Label othersLabel = new Label(i18n.tr("settings.database.others"));
        othersLabel.visibleProperty().bind(otherRow.visibleProperty());
        othersLabel.managedProperty().bind(otherRow.visibleProperty());
        javafx.scene.control.Button update = new javafx.scene.control.Button(i18n.tr("settings.update.button"));
        update.setId("importDataUpdate");
        update.setTooltip(new javafx.scene.control.Tooltip(i18n.tr("settings.update.tip")));
        update.setOnAction(e -> vm.importDataUpdate());
        Label privacy = new Label(i18n.tr("settings.privacy"));
        privacy.setWrapText(true);
        privacy.getStyleClass().add("muted");

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(12);
        labelColumn(grid);
        int row = 0;
        grid.addRow(row++, new Label(i18n.tr("settings.language")), language);
        grid.addRow(row++, new Label(i18n.tr("settings.theme")), theme);
        grid.addRow(row++, new Label(i18n.tr("settings.passport")), passport);
        grid.add(passportNote, 1, row++);
        grid.addRow(row++, new Label(i18n.tr("settings.other_passports")), others2);
        grid.add(othersNote, 1, row++);
        grid.addRow(row++, new Label(i18n.tr("settings.country")), country);
        grid.addRow(row++, new Label(i18n.tr("settings.warnings")), warnings);
        grid.add(new VBox(6, warningsProblem, warningsNote), 1, row++);
        grid.addRow(row++, new Label(i18n.tr("settings.data_folder")), folderRow);
        grid.addRow(row++, new Label(i18n.tr("settings.database_file")), file);
        grid.addRow(row++, othersLabel, otherRow);
        grid.add(usedNext, 1, row++);
        grid.addRow(row++, new Label(i18n.tr("settings.update.label")), update);
        grid.add(privacy, 1, row);
        VBox content = new VBox(16, title, grid, new javafx.scene.control.Separator(), new SafetyPane(safety, i18n));
        content.setPadding(new Insets(20));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        javafx.scene.layout.VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().add(scroll);
    }
}
