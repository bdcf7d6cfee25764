package org.relocationplanner.ui.rates;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.relocationplanner.domain.Rate;
import org.relocationplanner.ui.common.I18n;

/** The Rates screen: a line chart of rubles per unit for chosen currencies, with changes and the newest rate. */
public final class RatesView extends BorderPane {

    private final RatesViewModel vm;
    private final I18n i18n;
    private final FlowPane currencyBox = new FlowPane(6, 6);
    private final LineChart<Number, Number> chart;
    private final VBox summary = new VBox(6);
    private final Label status = new Label();
    private final FlowPane legend = new FlowPane(12, 4);
    private final javafx.scene.control.TableView<org.relocationplanner.domain.RateCoverage.Of> coverage =
            new javafx.scene.control.TableView<>();

    /** The colours of the chart's lines, one per chosen currency in turn (AtlantaFX's chart palette order). */
    private static final String[] LINE_COLOURS = {"#0969da", "#cf222e", "#1a7f37", "#9a6700", "#8250df", "#bc4c00",
        "#0550ae", "#bf3989"};

    public RatesView(RatesViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        setId("ratesView");
        NumberAxis x = new NumberAxis();
        org.relocationplanner.ui.common.DateText axisDates = new org.relocationplanner.ui.common.DateText(i18n.locale());
        x.setForceZeroInRange(false);
        x.setAutoRanging(true);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return axisDates.toString(LocalDate.ofEpochDay(n.longValue()));
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setTickLabelFormatter(org.relocationplanner.ui.common.ChartAxes.numbers(i18n));
        y.setForceZeroInRange(false);
        y.setLabel(i18n.tr("rates.axis"));
        chart = new LineChart<>(x, y);
        chart.setId("ratesChart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        // a line breaks where the rates do: each run of fresh quotes is its own series, in its currency's colour, so a
        // gap shows as a gap; the legend names each currency once
        chart.setLegendVisible(false);
        legend.setId("ratesLegend");
        setTop(toolbar());
        DatePicker from = new DatePicker();
        from.setId("ratesFrom");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("ratesTo");
        to.valueProperty().bindBidirectional(vm.toProperty());
        from.setConverter(dates());
        to.setConverter(dates());
        FlowPane range = new FlowPane(8, 6, new Label(i18n.tr("rates.from")), from, new Label(i18n.tr("rates.to")),
                to, quick("1y", 1), quick("5y", 5), quick("20y", 20));
        range.setAlignment(Pos.CENTER_LEFT);
        currencyBox.setId("ratesCurrencies");
        status.setId("ratesStatus");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        VBox chartBox = new VBox(6, legend, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab(i18n.tr("rates.tab.chart"), chartBox),
                new javafx.scene.control.Tab(i18n.tr("rates.tab.coverage"), coverageTable()));
        tabs.setId("ratesTabs");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox center = new VBox(10, currencyBox, range, tabs, status, setAsideRow());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        center.setPadding(new Insets(10, 10, 10, 14));
        setCenter(center);
        // files dropped anywhere on the screen are imported, each all or nothing, as through "Import rates"
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                filesDropped(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
        summary.setId("ratesSummary");
        summary.setPadding(new Insets(10, 14, 10, 10));
        summary.setPrefWidth(330);
        summary.getStyleClass().add("deadlines-panel");
        // the notices of missing rates can be taller than a small window: they scroll rather than run off it
        javafx.scene.control.ScrollPane side = new javafx.scene.control.ScrollPane(summary);
        side.setFitToWidth(true);
        side.setFitToHeight(true);
        side.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().add("edge-to-edge");
        side.setPrefViewportWidth(330);
        setRight(side);
        vm.state().historyProperty().addListener((o, a, b) -> refresh());
        vm.state().loadingProperty().addListener((o, a, b) -> refresh());
        vm.chosen().addListener((javafx.collections.ListChangeListener<String>) c -> refresh());
        vm.fromProperty().addListener((o, a, b) -> refresh());
        vm.toProperty().addListener((o, a, b) -> refresh());
        vm.state().load(e -> status.setText(i18n.tr("rates.load_failed", String.valueOf(e.getMessage()))));
        refresh();
    }

    /** Shown while stored rates are set aside: how many, and a button to write them out. */
    private javafx.scene.Node setAsideRow() {
        Label text = new Label();
        text.setId("ratesSetAside");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("error-text");
        Button export = new Button(i18n.tr("rates.set_aside.export"));
        export.setId("exportSetAside");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setOnAction(e -> vm.exportSetAside());
        HBox row = new HBox(10, text, export);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        Runnable update = () -> {
            int n = vm.state().setAsideProperty().get();
            text.setText(n > 0 ? i18n.count("rates.set_aside", n) : "");
            row.setVisible(n > 0);
            row.setManaged(n > 0);
        };
        vm.state().setAsideProperty().addListener((o, a, b) -> update.run());
        update.run();
        return row;
    }

    /** Dates as every date field of the app writes them (31.12.2026 in Russian, 31/12/2026 in English). */
    private StringConverter<LocalDate> dates() {
        return org.relocationplanner.ui.common.DateText.strict(i18n.locale());
    }

    private Button quick(String id, int years) {
        Button b = new Button(i18n.tr("rates.last_years", years));
        b.setId("ratesLast" + id);
        b.setOnAction(e -> {
            vm.toProperty().set(vm.today());
            vm.fromProperty().set(vm.today().minusYears(years));
        });
        return b;
    }

    private ToolBar toolbar() {
        Button importRates = new Button(i18n.tr("rates.import"));
        importRates.setId("importRates");
        importRates.setTooltip(new Tooltip(i18n.tr("rates.import.tip")));
        importRates.setOnAction(e -> vm.importRates());
        Button own = new Button(i18n.tr("rates.own"));
        own.setId("addOwnRate");
        own.setTooltip(new Tooltip(i18n.tr("rates.own.tip")));
        own.setOnAction(e -> vm.addOwnRate());
        CheckBox prefer = new CheckBox(i18n.tr("rates.prefer_own"));
        prefer.setId("preferOwnRates");
        prefer.setSelected(vm.state().preferManualProperty().get());
        prefer.setOnAction(e -> vm.setPreferOwn(prefer.isSelected()));
        return new ToolBar(importRates, own, new Separator(), prefer);
    }

    private void refresh() {
        if (vm.state().historyProperty().get() == null) {
            status.setText(i18n.tr(vm.state().loadingProperty().get() ? "rates.loading" : "rates.none"));
            chart.getData().clear();
            return;
        }
        int leftOut = vm.state().historyProperty().get().leftOut();
        status.setText(i18n.tr("rates.sources") + (leftOut > 0 ? "\n" + i18n.tr("rates.left_out", leftOut) : ""));
        List<String> all = vm.currencies();
        currencyBox.getChildren().clear();
        for (String c : all) {
            ToggleButton t = new ToggleButton(c);
            t.setId("rate-" + c);
            t.setSelected(vm.chosen().contains(c));
            t.setOnAction(e -> {
                if (t.isSelected() && !vm.chosen().contains(c)) {
                    vm.chosen().add(c);
                } else if (!t.isSelected()) {
                    vm.chosen().remove(c);
                }
            });
            currencyBox.getChildren().add(t);
        }
        chart.getData().clear();
        legend.getChildren().clear();
        int colour = 0;
        for (String c : vm.chosen()) {
            String paint = LINE_COLOURS[colour++ % LINE_COLOURS.length];
            List<Rate> quotes = vm.series(c);
            int step = Math.max(1, quotes.size() / 1500); // at most about 1,500 points a line
            // the runs are cut on every quote first, so thinning the points can never bridge a gap
            for (List<Rate> run : org.relocationplanner.domain.RateCoverage.freshRuns(quotes)) {
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                s.setName(c);
                chart.getData().add(s);
                String style = "-fx-stroke: " + paint + ";";
                s.nodeProperty().addListener((o, a, node) -> {
                    if (node != null) {
                        node.setStyle(style);
                    }
                });
                if (s.getNode() != null) {
                    s.getNode().setStyle(style);
                }
                for (int i = 0; i < run.size(); i++) {
                    if (i % step == 0 || i == run.size() - 1) {
                        Rate r = run.get(i);
                        s.getData().add(new XYChart.Data<>(r.date().toEpochDay(), r.rubPerUnit()));
                    }
                }
            }
            Label key = new Label(c);
            key.setId("legend-" + c);
            javafx.scene.shape.Rectangle swatch = new javafx.scene.shape.Rectangle(14, 3,
                    javafx.scene.paint.Color.web(paint));
            key.setGraphic(swatch);
            legend.getChildren().add(key);
        }
        coverage.getItems().setAll(vm.coverage());
        summary.getChildren().clear();
        Label title = new Label(i18n.tr("rates.summary"));
        title.getStyleClass().add("panel-title");
        summary.getChildren().add(title);
        if (vm.summaries().isEmpty()) {
            summary.getChildren().add(new Label(i18n.tr("rates.choose")));
        }
        for (RatesViewModel.Summary s : vm.summaries()) {
            Label head = new Label(i18n.tr("rates.newest", s.currency(), i18n.number(s.newest().rubPerUnit()),
                    i18n.date(s.newest().quotedOn()), source(s.newest().source())));
            head.setId("summary-" + s.currency());
            head.setWrapText(true);
            head.setMinHeight(Region.USE_PREF_SIZE);
            Label changes = new Label(i18n.tr("rates.changes", percent(s.changeMonth()), percent(s.changeYear()),
                    percent(s.changeSince()), vm.fromProperty().get() == null ? "—"
                            : i18n.date(vm.fromProperty().get())));
            changes.setWrapText(true);
            changes.setMinHeight(Region.USE_PREF_SIZE);
            summary.getChildren().addAll(head, changes);
            if (s.stale()) {
                Label stale = new Label(i18n.tr("rates.stale", i18n.count("value.days", s.newest().ageDays()),
                        org.relocationplanner.domain.RatePolicy.maxAgeDays(s.newest().source())));
                stale.setId("stale-" + s.currency());
                stale.getStyleClass().add("form-error");
                stale.setWrapText(true);
                stale.setMinHeight(Region.USE_PREF_SIZE);
                summary.getChildren().add(stale);
            }
            summary.getChildren().add(new Separator());
        }
        for (RatesViewModel.Missing m : vm.missing()) {
            summary.getChildren().add(missingBox(m));
        }
    }

    /** Where to get the official rates a chosen currency misses: the address to open, save and drop here. */
    private VBox missingBox(RatesViewModel.Missing m) {
        Label what = new Label(i18n.tr(m.byDay() ? "rates.missing.by_day" : "rates.missing", m.currency(),
                i18n.date(m.from()), i18n.date(m.to())));
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        javafx.scene.control.TextField address = new javafx.scene.control.TextField(m.address());
        address.setId("cbrAddress-" + m.currency());
        address.setEditable(false);
        Button copy = new Button(i18n.tr("rates.missing.copy"));
        copy.setId("copyAddress-" + m.currency());
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(e -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(m.address());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        Label how = new Label(i18n.tr("rates.missing.how"));
        how.getStyleClass().add("muted");
        how.setWrapText(true);
        how.setMinHeight(Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, address, copy);
        javafx.scene.layout.HBox.setHgrow(address, Priority.ALWAYS);
        VBox box = new VBox(4, what, row, how);
        box.setId("missing-" + m.currency());
        return box;
    }

    /** Per currency: which source covers which days, and the days without a fresh rate. */
    private javafx.scene.control.TableView<org.relocationplanner.domain.RateCoverage.Of> coverageTable() {
        coverage.setId("ratesCoverage");
        coverage.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        javafx.scene.control.TableColumn<org.relocationplanner.domain.RateCoverage.Of, String> currency =
                new javafx.scene.control.TableColumn<>(i18n.tr("rates.coverage.currency"));
        currency.setCellValueFactory(v -> new javafx.beans.property.ReadOnlyStringWrapper(v.getValue().currency()));
        currency.setPrefWidth(90);
        javafx.scene.control.TableColumn<org.relocationplanner.domain.RateCoverage.Of, String> sources =
                new javafx.scene.control.TableColumn<>(i18n.tr("rates.coverage.sources"));
        sources.setCellValueFactory(v -> new javafx.beans.property.ReadOnlyStringWrapper(String.join("\n",
                v.getValue().spans().stream().map(sp -> i18n.tr("rates.coverage.span", source(sp.source()),
                        i18n.date(sp.from()), i18n.date(sp.to()), sp.quotes())).toList())));
        sources.setPrefWidth(420);
        javafx.scene.control.TableColumn<org.relocationplanner.domain.RateCoverage.Of, String> gaps =
                new javafx.scene.control.TableColumn<>(i18n.tr("rates.coverage.gaps"));
        gaps.setCellValueFactory(v -> new javafx.beans.property.ReadOnlyStringWrapper(v.getValue().gaps().isEmpty()
                ? i18n.tr("rates.coverage.no_gaps") : String.join("\n", v.getValue().gaps().stream().map(g ->
                i18n.tr("rates.coverage.gap", i18n.date(g.from()), i18n.date(g.to()), i18n.count("value.days",
                        g.days()))).toList())));
        for (var c : List.of(currency, sources, gaps)) {
            c.setSortable(false);
            org.relocationplanner.ui.common.Tables.wrapText(c);
        }
        coverage.getColumns().addAll(List.of(currency, sources, gaps));
        coverage.setPlaceholder(new Label(i18n.tr("rates.none")));
        return coverage;
    }

    /** Files dropped on the screen: imported as if chosen with "Import rates". */
    public void filesDropped(List<java.nio.file.Path> files) {
        vm.importRates(files);
    }

    private String source(String key) {
        return sourceName(i18n, key);
    }

    /** A rate source's name in the user's language; a source named in an imported file as it is. */
    public static String sourceName(I18n i18n, String key) {
        return i18n.rateSource(key);
    }

    private String percent(Double p) {
        return p == null ? "—" : (p >= 0 ? "+" : "") + i18n.decimal(p, 1) + " %";
    }
}
