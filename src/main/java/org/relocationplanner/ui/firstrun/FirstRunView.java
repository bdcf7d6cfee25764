package org.relocationplanner.ui.firstrun;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.firstrun.FirstRunViewModel.Step;

/** The first-start assistant: one question per step, Back and Next, all of it usable from the keyboard. */
public final class FirstRunView extends BorderPane {

    /** The width of the assistant's column, centred in the window. */
    static final double COLUMN = 820;


    private final FirstRunViewModel vm;
    private final I18n i18n;
    private final HBox steps = new HBox(18);
    private final VBox body = new VBox(14);
    private final Button back;
    private final Button next;
    private final Label problem = new Label();
    private PasswordField password;
    private PasswordField repeat;

    public FirstRunView(FirstRunViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setId("firstRun");
        Label title = new Label(i18n.tr("firstrun.title"));
        title.getStyleClass().add("title-2");
        Label intro = new Label(i18n.tr("firstrun.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");
        steps.getStyleClass().add("wizard-steps");
        VBox top = new VBox(10, title, intro, steps);
        top.setPadding(new Insets(28, 36, 10, 36));
        // title, questions and buttons in one column in the middle of the window, not in its top left corner
        top.setMaxWidth(COLUMN);
        BorderPane.setAlignment(top, Pos.TOP_CENTER);
        setTop(top);
        body.setPadding(new Insets(16, 36, 16, 36));
        body.setMaxWidth(COLUMN);
        BorderPane.setAlignment(body, Pos.TOP_CENTER);
        setCenter(body);
        back = new Button(i18n.tr("firstrun.back"));
        back.setId("firstRunBack");
        back.setOnAction(e -> vm.back());
        next = new Button();
        next.setId("firstRunNext");
        next.setDefaultButton(true);
        next.setOnAction(e -> {
            if (vm.isLast() && password != null) {
                vm.setPassword(password.getText().toCharArray(), repeat.getText().toCharArray());
            }
            vm.next();
        });
        problem.setId("firstRunProblem");
        problem.getStyleClass().add("form-error");
        problem.setWrapText(true);
        vm.problemProperty().addListener((o, a, b) -> problem.setText(b.isEmpty() ? "" : b.equals(
                "firstrun.password.short") ? i18n.tr(b, org.relocationplanner.ui.settings.SafetyViewModel.MIN_PASSWORD) : i18n.tr(b)));
        vm.busyProperty().addListener((o, a, working) -> {
            next.setDisable(working);
            back.setDisable(working);
            next.setText(i18n.tr(working ? "firstrun.working" : "firstrun.finish"));
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(10, problem, grow, back, next);
        HBox.setHgrow(problem, Priority.SOMETIMES);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(12, 36, 24, 36));
        buttons.setMaxWidth(COLUMN);
        BorderPane.setAlignment(buttons, Pos.BOTTOM_CENTER);
        setBottom(buttons);
        show(vm.stepProperty().get());
        vm.stepProperty().addListener((o, a, b) -> show(b));
    }

    private void show(Step step) {
        steps.getChildren().clear();
        for (Step s : Step.values()) {
            Label l = new Label((s.ordinal() + 1) + ". " + i18n.tr("firstrun.step." + key(s)));
            l.getStyleClass().add(s == step ? "current" : "muted");
            steps.getChildren().add(l);
        }
        Label heading = new Label(i18n.tr("firstrun." + key(step) + ".title"));
        heading.getStyleClass().add("wizard-step-title");
        Label text = new Label(i18n.tr("firstrun." + key(step) + ".text"));
        text.setWrapText(true);
        Node input = switch (step) {
            case LANGUAGE -> language();
            case PASSPORT -> passport();
            case COUNTRY -> country();
            case INCOME -> income();
            case PASSWORD -> password();
        };
        body.getChildren().setAll(heading, text, input);
        back.setVisible(!vm.isFirst());
        next.setText(i18n.tr(vm.isLast() ? "firstrun.finish" : "firstrun.next"));
        problem.setText("");
        javafx.application.Platform.runLater(input::requestFocus);
    }

    private static String key(Step s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private Node language() {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(8);
        box.setId("firstRunLanguage");
        RadioButton[] chosen = new RadioButton[1];
        for (Locale l : I18n.SUPPORTED) {
            RadioButton b = new RadioButton(new I18n(l).tr("language." + l.getLanguage()));
            b.setId("firstRunLanguage-" + l.getLanguage());
            b.setToggleGroup(group);
            b.setSelected(l.getLanguage().equals(vm.languageProperty().get().getLanguage()));
            b.setOnAction(e -> vm.languageProperty().set(l));
            box.getChildren().add(b);
            if (b.isSelected() || chosen[0] == null) {
                chosen[0] = b;
            }
        }
        return wrapFocus(box, chosen[0]);
    }

    private Node passport() {
        ComboBox<String> main = new ComboBox<>();
        main.setId("firstRunPassport");
        main.setItems(org.relocationplanner.ui.common.CountryPickers.byName(vm.passports(), i18n));
        main.setVisibleRowCount(14);
        org.relocationplanner.ui.common.CountryPickers.showNames(main, i18n);
        main.valueProperty().bindBidirectional(vm.passportProperty());
        javafx.scene.control.MenuButton others = org.relocationplanner.ui.common.CountryPickers.menu(
                "firstRunOtherPassports", vm.passports(), vm.destinations(), vm.otherPassports(), i18n);
        Label note = new Label(i18n.tr("settings.passport.note"));
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(14);
        grid.setVgap(10);
        grid.addRow(0, new Label(i18n.tr("settings.passport")), main);
        grid.addRow(1, new Label(i18n.tr("settings.other_passports")), others);
        VBox box = new VBox(10, grid, note);
        return wrapFocus(box, main);
    }

    private Node country() {
        ComboBox<String> country = org.relocationplanner.ui.common.CountryPickers.choice("firstRunCountry",
                vm.destinations(), i18n.tr("firstrun.country.none"), i18n);
        org.relocationplanner.ui.common.CountryPickers.bind(country, vm.countryProperty());
        return country;
    }

    private Node income() {
        ComboBox<String> currency = new ComboBox<>();
        currency.setId("firstRunIncomeCurrency");
        currency.getItems().setAll(vm.currencies());
        currency.setVisibleRowCount(14);
        currency.valueProperty().bindBidirectional(vm.incomeCurrencyProperty());
        return currency;
    }

    private Node password() {
        password = new PasswordField();
        password.setId("firstRunPassword");
        repeat = new PasswordField();
        repeat.setId("firstRunPasswordRepeat");
        password.setMaxWidth(320);
        repeat.setMaxWidth(320);
        Label warning = new Label(i18n.tr("firstrun.password.warning"));
        warning.setWrapText(true);
        warning.getStyleClass().add("muted");
        // the fields are named beside them too: a prompt text disappears while the field has the focus
        Label first = new Label(i18n.tr("firstrun.password.prompt"));
        first.setLabelFor(password);
        Label again = new Label(i18n.tr("firstrun.password.repeat"));
        again.setLabelFor(repeat);
        VBox box = new VBox(6, first, password, again, repeat, warning);
        VBox.setMargin(again, new Insets(6, 0, 0, 0));
        VBox.setMargin(warning, new Insets(6, 0, 0, 0));
        return wrapFocus(box, password);
    }

    /** A box whose focus request goes to its first field. */
    private static Node wrapFocus(VBox box, javafx.scene.control.Control first) {
        return new VBox(box) {
            @Override
            public void requestFocus() {
                first.requestFocus();
            }
        };
    }
}
