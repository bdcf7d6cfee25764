package org.relocationplanner.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.relocationplanner.ui.common.I18n;

/** One window: a sidebar per job, a slim top bar with what matters now, a status bar with the data's age. */
public final class MainView extends BorderPane {

    private final Map<Screen, Supplier<Node>> screens;
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);

    public MainView(MainViewModel vm, I18n i18n, Map<Screen, Supplier<Node>> screens) {
        this(vm, i18n, screens, null);
    }

    /** {@code menu}: the window's menu bar above everything, or null. */
    public MainView(MainViewModel vm, I18n i18n, Map<Screen, Supplier<Node>> screens, Node menu) {
        this.screens = screens;
        setId("mainView");
        getStyleClass().add("main-view");
        setLeft(sidebar(vm, i18n));
        VBox top = new VBox(topBar(vm, i18n), notice(vm, i18n), hint(vm, i18n), passwordOffer(vm, i18n));
        if (menu != null) {
            top.getChildren().add(0, menu);
        }
        setTop(top);
        setBottom(statusBar(vm));
        show(vm.screenProperty().get());
        vm.screenProperty().addListener((o, a, b) -> show(b));
    }

    private void show(Screen screen) {
        setCenter(built.computeIfAbsent(screen, s -> screens.get(s).get()));
    }

    private VBox sidebar(MainViewModel vm, I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(4);
        box.getStyleClass().add("sidebar");
        box.setPadding(new Insets(12, 8, 12, 8));
        Label app = new Label(i18n.tr("app.name"));
        app.getStyleClass().add("app-name");
        app.setWrapText(true);
        box.getChildren().add(app);
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        for (Screen s : Screen.values()) {
            if (s == Screen.SETTINGS) {
                box.getChildren().add(grow);
            }
            ToggleButton b = new ToggleButton(i18n.tr(s.messageKey()));
            b.setId("nav-" + s.name().toLowerCase());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("nav-button");
            b.setTooltip(new Tooltip(i18n.tr(s.messageKey() + ".tip")));
            b.setSelected(s == vm.screenProperty().get());
            b.setOnAction(e -> {
                vm.screenProperty().set(s);
                b.setSelected(true);
            });
            vm.screenProperty().addListener((o, x, now) -> b.setSelected(now == s));
            box.getChildren().add(b);
        }
        box.setPrefWidth(170);
        return box;
    }

    private HBox topBar(MainViewModel vm, I18n i18n) {
        Label passport = bound("topPassport", vm.passportProperty());
        Label country = bound("topCountry", vm.countryProperty());
        Label deadline = bound("topDeadline", vm.deadlineProperty());
        deadline.getStyleClass().add("deadline");
        Runnable style = () -> {
            deadline.getStyleClass().removeIf(c -> c.startsWith("urgency-"));
            if (!vm.deadlineStyleProperty().get().isEmpty()) {
                deadline.getStyleClass().add(vm.deadlineStyleProperty().get());
            }
        };
        style.run();
        vm.deadlineStyleProperty().addListener((o, a, b) -> style.run());
        deadline.setOnMouseClicked(e -> vm.screenProperty().set(Screen.TIMELINE));
        // the passport and the country whole; the deadline, the longest, takes two lines rather than an ellipsis
        passport.setMinWidth(Region.USE_PREF_SIZE);
        country.setMinWidth(Region.USE_PREF_SIZE);
        deadline.setMinWidth(0);
        deadline.setWrapText(true);
        deadline.setMaxWidth(720);
        deadline.setMinHeight(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(18, passport, new Separator(javafx.geometry.Orientation.VERTICAL), country, grow, deadline);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 14, 8, 14));
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    /** What to do next, after the first-start assistant; dismissed with a button. */
    private HBox hint(MainViewModel vm, I18n i18n) {
        Label text = new Label();
        text.setId("hintText");
        text.textProperty().bind(vm.hintProperty());
        javafx.scene.control.Button ok = new javafx.scene.control.Button(i18n.tr("hint.dismiss"));
        ok.setId("hintDismiss");
        HBox bar = noticeBar("hintBar", text, ok);
        bar.visibleProperty().bind(vm.hintProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        ok.setOnAction(e -> vm.hintProperty().set(""));
        return bar;
    }

    /** The offer to protect the data with a password, made once. */
    private HBox passwordOffer(MainViewModel vm, I18n i18n) {
        Label text = new Label(i18n.tr("notice.password"));
        javafx.scene.control.Button open = new javafx.scene.control.Button(i18n.tr("notice.password.open"));
        open.setId("passwordOfferOpen");
        javafx.scene.control.Button later = new javafx.scene.control.Button(i18n.tr("notice.password.later"));
        later.setId("passwordOfferLater");
        HBox bar = noticeBar("passwordOffer", text, open, later);
        bar.visibleProperty().bind(vm.offerPasswordProperty());
        bar.managedProperty().bind(vm.offerPasswordProperty());
        open.setOnAction(e -> {
            vm.offerPasswordProperty().set(false);
            vm.screenProperty().set(Screen.SETTINGS);
        });
        later.setOnAction(e -> vm.offerPasswordProperty().set(false));
        return bar;
    }

    /** A bar of text with buttons under the top bar; the text wraps, the buttons keep their size. */
    private static HBox noticeBar(String id, Label text, javafx.scene.control.Button... buttons) {
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox bar = new HBox(12, text);
        for (javafx.scene.control.Button b : buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            bar.getChildren().add(b);
        }
        bar.setId(id);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 14, 8, 14));
        bar.getStyleClass().add("notice-bar");
        return bar;
    }

    /** The deadlines that need attention, told once as the app starts; dismissed with a button. */
    private HBox notice(MainViewModel vm, I18n i18n) {
        Label text = new Label();
        text.setId("startupNotice");
        javafx.scene.control.Button open = new javafx.scene.control.Button(i18n.tr("notice.open"));
        open.setId("noticeOpen");
        javafx.scene.control.Button dismiss = new javafx.scene.control.Button(i18n.tr("notice.dismiss"));
        dismiss.setId("noticeDismiss");
        HBox bar = noticeBar("noticeBar", text, open, dismiss);
        Runnable update = () -> {
            java.util.List<String> lines = vm.notice();
            boolean show = !lines.isEmpty();
            bar.setVisible(show);
            bar.setManaged(show);
            if (show) {
                String first = lines.get(0);
                text.setText(i18n.tr("notice.deadlines", lines.size() == 1 ? first
                        : first + "; " + i18n.tr("notice.more", lines.size() - 1)));
            }
        };
        update.run();
        vm.notice().addListener((javafx.collections.ListChangeListener<String>) c -> update.run());
        open.setOnAction(e -> {
            vm.screenProperty().set(Screen.TIMELINE);
            vm.notice(java.util.List.of());
        });
        dismiss.setOnAction(e -> vm.notice(java.util.List.of()));
        return bar;
    }

    private HBox statusBar(MainViewModel vm) {
        Label dataset = bound("statusDataset", vm.datasetStatusProperty());
        Label rates = bound("statusRates", vm.ratesStatusProperty());
        Label lock = bound("statusLock", vm.lockStatusProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(18, dataset, rates, grow, lock);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 14, 4, 14));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static Label bound(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        return l;
    }
}
