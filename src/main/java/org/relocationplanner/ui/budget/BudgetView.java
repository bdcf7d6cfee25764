package org.relocationplanner.ui.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.relocationplanner.domain.BudgetMonth;
import org.relocationplanner.domain.BudgetPlan;
import org.relocationplanner.domain.BudgetResult;
import org.relocationplanner.domain.Expense;
import org.relocationplanner.domain.IncomeStream;
import org.relocationplanner.domain.Saving;
import org.relocationplanner.domain.TransferChannel;
import org.relocationplanner.ui.common.I18n;

/** The Budget screen: the plan on the left, what it gives on the right. */
public final class BudgetView extends BorderPane {

    private final BudgetViewModel vm;
    private final I18n i18n;

    public BudgetView(BudgetViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        setId("budgetView");
        setTop(toolbar());
        VBox plan = new VBox(10,
                table("incomes", "budget.incomes", vm.planProperty().get().incomes(), BudgetPlan::incomes,
                        List.of(col("budget.col.name", (IncomeStream i) -> i.name()),
                                col("budget.col.amount", (IncomeStream i) -> money(i.amount().amount(),
                                        i.amount().currency())),
                                col("budget.col.every", (IncomeStream i) -> i18n.tr("budget.every."
                                        + i.frequency().name().toLowerCase())),
                                col("budget.col.tax", (IncomeStream i) -> i18n.number(i.taxPercent()) + " %"),
                                col("budget.col.channel", (IncomeStream i) -> i.channel())),
                        vm::addIncome, vm::editIncome),
                table("expenses", "budget.expenses", vm.planProperty().get().expenses(), BudgetPlan::expenses,
                        List.of(col("budget.col.category", (Expense e) -> e.category()),
                                col("budget.col.amount", (Expense e) -> money(e.amount().amount(),
                                        e.amount().currency())),
                                col("budget.col.every", (Expense e) -> i18n.tr("budget.every."
                                        + e.frequency().name().toLowerCase()))),
                        vm::addExpense, vm::editExpense),
                table("savings", "budget.savings", vm.planProperty().get().savings(), BudgetPlan::savings,
                        List.of(col("budget.col.name", (Saving s) -> s.name()),
                                col("budget.col.amount", (Saving s) -> money(s.amount().amount(),
                                        s.amount().currency()))),
                        vm::addSaving, vm::editSaving),
                table("channels", "budget.channels", vm.planProperty().get().channels(), BudgetPlan::channels,
                        List.of(col("budget.col.name", (TransferChannel c) -> c.name()),
                                col("budget.col.fees", (TransferChannel c) -> i18n.number(c.percentFee()) + " % + "
                                        + money(c.fixedFee().amount(), c.fixedFee().currency())),
                                col("budget.col.spread", (TransferChannel c) -> i18n.number(c.spreadPercent())
                                        + " %")),
                        vm::addChannel, vm::editChannel));
        plan.setPadding(new Insets(10));
        javafx.scene.control.ScrollPane left = new javafx.scene.control.ScrollPane(plan);
        left.setFitToWidth(true);
        SplitPane split = new SplitPane(left, results());
        split.setDividerPositions(0.42);
        setCenter(split);
        vm.loadRates();
    }

    private String money(BigDecimal amount, String currency) {
        return i18n.number(amount) + " " + currency;
    }

    private javafx.scene.layout.FlowPane toolbar() {
        // typing filters the countries by name or currency (ControlsFX's searchable combo box)
        ComboBox<org.relocationplanner.domain.Destination> host = new org.controlsfx.control.SearchableComboBox<>();
        host.setId("budgetHost");
        host.getItems().setAll(vm.destinations().stream().sorted(java.util.Comparator.comparing(
                d -> d.name().in(i18n.locale()))).toList());
        host.setConverter(new StringConverter<>() {
            @Override
            public String toString(org.relocationplanner.domain.Destination d) {
                return d == null ? "" : d.name().in(i18n.locale()) + " (" + d.currency() + ")";
            }

            @Override
            public org.relocationplanner.domain.Destination fromString(String s) {
                return null;
            }
        });
        host.setValue(vm.hostCountryProperty().get());
        // a typed filter empties the searchable box's value for a moment: only a country chosen counts
        host.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.hostCountryProperty().get()) {
                vm.setHostCountry(b);
            }
        });
        host.showingProperty().addListener((o, a, showing) -> {
            if (!showing && host.getValue() == null) {
                host.setValue(vm.hostCountryProperty().get());
            }
        });
        Spinner<Integer> months = new Spinner<>(1, BudgetPlan.MAX_MONTHS, vm.planProperty().get().months());
        months.setId("budgetMonths");
        months.setPrefWidth(90);
        months.setEditable(true);
        months.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.setMonths(b);
            }
        });
        ChoiceBox<BudgetViewModel.ScenarioKind> scenario = new ChoiceBox<>();
        scenario.setId("budgetScenario");
        scenario.getItems().setAll(BudgetViewModel.ScenarioKind.values());
        Runnable names = () -> scenario.setConverter(new StringConverter<>() {
            @Override
            public String toString(BudgetViewModel.ScenarioKind k) {
                return k == null ? "" : vm.scenarioLabel(k);
            }

            @Override
            public BudgetViewModel.ScenarioKind fromString(String s) {
                return null;
            }
        });
        names.run();
        // "as today" names the date and age of the rate it holds: new when the rates or the host currency change
        vm.rates().historyProperty().addListener((o, a, b) -> names.run());
        vm.planProperty().addListener((o, a, b) -> names.run());
        scenario.valueProperty().bindBidirectional(vm.scenarioProperty());
        TextField trend = percentField("budgetTrend", vm.trendLossProperty());
        trend.setPromptText(i18n.tr("budget.trend.prompt"));
        TextField shock = percentField("budgetShock", vm.shockDropProperty());
        DatePicker replay = new DatePicker();
        replay.setId("budgetReplayFrom");
        replay.setConverter(org.relocationplanner.ui.common.DateText.strict(i18n.locale()));
        replay.valueProperty().bindBidirectional(vm.replayFromProperty());
        HBox params = new HBox(6);
        params.setAlignment(Pos.CENTER_LEFT);
        Runnable showParams = () -> {
            params.getChildren().clear();
            switch (vm.scenarioProperty().get()) {
                case TREND -> params.getChildren().addAll(new Label(i18n.tr("budget.trend.label")), trend);
                case SHOCK -> params.getChildren().addAll(new Label(i18n.tr("budget.shock.label")), shock);
                case REPLAY -> params.getChildren().addAll(new Label(i18n.tr("budget.replay.label")), replay);
                default -> { }
            }
        };
        showParams.run();
        vm.scenarioProperty().addListener((o, a, b) -> showParams.run());
        Button export = new Button(i18n.tr("budget.export"));
        export.setId("exportBudget");
        export.setOnAction(e -> vm.exportMonths());
        // a bar that wraps onto a second line rather than hiding its last controls behind "»" (issue 16)
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, group(new Label(i18n.tr(
                "budget.host")), host), group(new Label(i18n.tr("budget.horizon")), months),
                group(new Label(i18n.tr("budget.scenario")), scenario, params), export);
        bar.setId("budgetToolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new javafx.geometry.Insets(6, 10, 6, 10));
        bar.getStyleClass().add("tool-bar");
        return bar;
    }

    /** Controls that belong together, kept on one line when the bar wraps. */
    private static HBox group(javafx.scene.Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private TextField percentField(String id, javafx.beans.property.ObjectProperty<BigDecimal> target) {
        TextField f = new TextField(target.get() == null ? "" : target.get().toPlainString());
        f.setId(id);
        f.setPrefWidth(70);
        f.setOnAction(e -> commit(f, target));
        f.focusedProperty().addListener((o, a, b) -> {
            if (!b) {
                commit(f, target);
            }
        });
        return f;
    }

    private static void commit(TextField f, javafx.beans.property.ObjectProperty<BigDecimal> target) {
        String t = f.getText().strip().replace(',', '.').replace("%", "").strip();
        if (t.isEmpty()) {
            target.set(null);
            return;
        }
        try {
            BigDecimal v = new BigDecimal(t);
            if (v.compareTo(BigDecimal.valueOf(100)) < 0) {
                target.set(v);
                f.getStyleClass().remove("invalid");
                return;
            }
        } catch (NumberFormatException e) {
            // marked below
        }
        if (!f.getStyleClass().contains("invalid")) {
            f.getStyleClass().add("invalid");
        }
    }

    private record Col<T>(String key, Function<T, String> text) {
    }

    private static <T> Col<T> col(String key, Function<T, String> text) {
        return new Col<>(key, text);
    }

    private <T> VBox table(String id, String title, List<T> first, Function<BudgetPlan, List<T>> rows,
                           List<Col<T>> cols, Runnable add, IntConsumer edit) {
        Label heading = new Label(i18n.tr(title));
        heading.getStyleClass().add("panel-title");
        TableView<T> table = new TableView<>();
        table.setId(id + "Table");
        table.setPrefHeight(130);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.tr("budget.empty")));
        for (Col<T> c : cols) {
            TableColumn<T, String> tc = new TableColumn<>(i18n.tr(c.key()));
            tc.setCellValueFactory(v -> new ReadOnlyStringWrapper(c.text().apply(v.getValue())));
            tc.setSortable(false);
            table.getColumns().add(tc);
        }
        table.getItems().setAll(first);
        vm.planProperty().addListener((o, a, b) -> table.getItems().setAll(rows.apply(b)));
        org.relocationplanner.ui.common.Tables.fitToContent(table);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedIndex() >= 0) {
                edit.accept(table.getSelectionModel().getSelectedIndex());
            }
        });
        Button addButton = new Button(i18n.tr("budget.add"));
        addButton.setId("add-" + id);
        addButton.setOnAction(e -> add.run());
        Button editButton = new Button(i18n.tr("budget.edit"));
        editButton.setId("edit-" + id);
        editButton.disableProperty().bind(table.getSelectionModel().selectedIndexProperty().lessThan(0));
        editButton.setOnAction(e -> edit.accept(table.getSelectionModel().getSelectedIndex()));
        Button remove = new Button(i18n.tr("form.delete"));
        remove.setId("remove-" + id);
        remove.disableProperty().bind(table.getSelectionModel().selectedIndexProperty().lessThan(0));
        remove.setOnAction(e -> vm.remove(id, table.getSelectionModel().getSelectedIndex()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        for (Button b : List.of(addButton, editButton, remove)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        heading.setWrapText(true);
        heading.setMinWidth(60);
        HBox head = new HBox(6, heading, grow, addButton, editButton, remove);
        head.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, head, table);
    }

    private VBox results() {
        Label runway = new Label();
        runway.setId("budgetRunway");
        runway.getStyleClass().add("title-2");
        runway.setWrapText(true);
        runway.setMinHeight(Region.USE_PREF_SIZE);
        runway.textProperty().bind(vm.runwayProperty());
        Label odds = new Label();
        odds.setId("budgetOdds");
        odds.setWrapText(true);
        odds.setMinHeight(Region.USE_PREF_SIZE);
        odds.textProperty().bind(vm.oddsProperty());
        Label fees = new Label();
        fees.setId("budgetFees");
        fees.setWrapText(true);
        fees.setMinHeight(Region.USE_PREF_SIZE);
        fees.textProperty().bind(vm.feesProperty());
        Label note = new Label();
        note.setId("budgetRateNote");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(vm.rateNoteProperty());
        TabPane tabs = new TabPane(new Tab(i18n.tr("budget.tab.months"), monthsTable()),
                new Tab(i18n.tr("budget.tab.chart"), chart()), new Tab(i18n.tr("budget.tab.elsewhere"), elsewhere()));
        tabs.setId("budgetTabs");
        tabs.getSelectionModel().select(vm.showTabProperty().get());
        vm.showTabProperty().addListener((o, a, b) -> tabs.getSelectionModel().select(b.intValue()));
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> vm.showTabProperty().set(
                b.intValue()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox box = new VBox(8, runway, odds, fees, note, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private TableView<BudgetMonth> monthsTable() {
        TableView<BudgetMonth> t = new TableView<>();
        t.setId("budgetMonthsTable");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        String host = vm.planProperty().get().hostCurrency();
        addCol(t, i18n.tr("budget.col.month"), m -> vm.monthName(m.month()));
        addCol(t, i18n.tr("budget.col.rate"), m -> i18n.number(m.rubPerHost()) + (m.stale() ? " *" : ""));
        addCol(t, i18n.tr("budget.col.rate_date"), m -> m.hostQuote() == null || m.hostQuote().currency().equals("RUB")
                ? "—" : i18n.date(m.hostQuote().quotedOn()) + (m.stale() ? " · " + i18n.tr("budget.stale",
                String.join(", ", m.staleQuotes().stream().map(q -> q.currency()).toList())) : ""));
        addCol(t, i18n.tr("budget.col.income_rub"), m -> i18n.number(m.incomeRub()));
        addCol(t, i18n.tr("budget.col.fees_rub"), m -> i18n.number(m.feesRub()));
        addCol(t, i18n.tr("budget.col.arrived"), m -> i18n.number(m.arrivedHost()));
        addCol(t, i18n.tr("budget.col.expenses"), m -> i18n.number(m.expensesHost()));
        addCol(t, i18n.tr("budget.col.net"), m -> i18n.number(m.netHost()));
        addCol(t, i18n.tr("budget.col.savings"), m -> i18n.number(m.savingsHost()));
        Runnable fill = () -> {
            BudgetResult r = vm.resultProperty().get();
            t.getItems().setAll(r == null ? List.of() : r.months());
        };
        fill.run();
        vm.resultProperty().addListener((o, a, b) -> fill.run());
        t.setPlaceholder(new Label(i18n.tr("budget.no_months", host)));
        org.relocationplanner.ui.common.Tables.fitToContent(t);
        return t;
    }

    private static void addCol(TableView<BudgetMonth> t, String title, Function<BudgetMonth, String> text) {
        TableColumn<BudgetMonth, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(text.apply(v.getValue())));
        c.setSortable(false);
        t.getColumns().add(c);
    }

    private LineChart<Number, Number> chart() {
        NumberAxis x = new NumberAxis();
        x.setLabel(i18n.tr("budget.chart.x"));
        // month 1 is the plan's first month: the axis names months (Dec 2026), not their numbers
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double i = n.doubleValue();
                return i < 1 || i != Math.rint(i) ? "" : i18n.shortMonth(vm.planProperty().get().start()
                        .plusMonths((long) i - 1));
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setTickLabelFormatter(org.relocationplanner.ui.common.ChartAxes.numbers(i18n));
        Runnable yLabel = () -> y.setLabel(i18n.tr("budget.chart.y_in", vm.planProperty().get().hostCurrency()));
        yLabel.run();
        vm.planProperty().addListener((o, a, b) -> yLabel.run());
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("budgetChart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        Runnable fill = () -> {
            chart.getData().clear();
            Map<BudgetViewModel.ScenarioKind, BudgetResult> all = vm.allResultsProperty().get();
            if (all == null) {
                return;
            }
            for (BudgetViewModel.ScenarioKind k : BudgetViewModel.ScenarioKind.values()) {
                BudgetResult r = all.get(k);
                if (r == null) {
                    continue;
                }
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                s.setName(i18n.tr("budget.scenario." + k.name().toLowerCase()));
                for (int i = 0; i < r.months().size(); i++) {
                    s.getData().add(new XYChart.Data<>(i + 1, r.months().get(i).savingsHost()));
                }
                chart.getData().add(s);
            }
        };
        fill.run();
        vm.allResultsProperty().addListener((o, a, b) -> fill.run());
        return chart;
    }

    private TableView<BudgetViewModel.Elsewhere> elsewhere() {
        TableView<BudgetViewModel.Elsewhere> t = new TableView<>(vm.elsewhere());
        t.setId("budgetElsewhere");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BudgetViewModel.Elsewhere, String> name = new TableColumn<>(i18n.tr("compare.col.country"));
        name.setCellValueFactory(v -> new ReadOnlyStringWrapper(v.getValue().destination().name().in(i18n.locale())));
        TableColumn<BudgetViewModel.Elsewhere, String> cost = new TableColumn<>(i18n.tr("budget.col.monthly_rub"));
        cost.setCellValueFactory(v -> new ReadOnlyStringWrapper(v.getValue().monthlyRub() == null ? "—"
                : i18n.number(v.getValue().monthlyRub())));
        TableColumn<BudgetViewModel.Elsewhere, String> runway = new TableColumn<>(i18n.tr("budget.col.runway"));
        runway.setCellValueFactory(v -> new ReadOnlyStringWrapper(v.getValue().runwayMonths() == null ? "—"
                : v.getValue().runwayMonths() >= vm.planProperty().get().months()
                ? i18n.tr("budget.odds.beyond", vm.planProperty().get().months())
                : i18n.count("budget.months", v.getValue().runwayMonths())));
        TableColumn<BudgetViewModel.Elsewhere, String> note = new TableColumn<>(i18n.tr("budget.col.note"));
        note.setCellValueFactory(v -> new ReadOnlyStringWrapper(v.getValue().note()));
        for (TableColumn<BudgetViewModel.Elsewhere, String> c : List.of(name, cost, runway, note)) {
            c.setSortable(false);
            t.getColumns().add(c);
        }
        org.relocationplanner.ui.common.Tables.fitToContent(t);
        return t;
    }
}
