package org.relocationplanner.ui.compare;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.EffectiveFact;
import org.relocationplanner.domain.Ranking;
import org.relocationplanner.domain.Scorer;
import org.relocationplanner.domain.Weights;
import org.relocationplanner.ui.common.I18n;

/** The Compare screen: ranking with filters and weights, and the picked destinations side by side. */
public final class CompareView extends BorderPane {

    /** The columns of facts the ranking shows, in order. */
    static final List<Criterion> RANKING_COLUMNS = CompareViewModel.RANKING_COLUMNS;

    static final javafx.scene.input.KeyCombination UNDO = javafx.scene.input.KeyCombination.keyCombination("Shortcut+Z");

    private final CompareViewModel vm;
    private final I18n i18n;
    private final Map<Criterion, Slider> sliders = new EnumMap<>(Criterion.class);
    private final TableView<SideBySideRow> sideTable = new TableView<>();
    private final Tab sideTab;

    private final Runnable openBudgetElsewhere;

    public CompareView(CompareViewModel vm, I18n i18n) {
        this(vm, i18n, null);
    }

    /** {@code openBudgetElsewhere}: shows the budget in every destination (null: no such button). */
    public CompareView(CompareViewModel vm, I18n i18n, Runnable openBudgetElsewhere) {
        this.vm = vm;
        this.i18n = i18n;
        this.openBudgetElsewhere = openBudgetElsewhere;
        setId("compareView");
        getStyleClass().add("compare-view");

        setTop(filterBar());
        // Ctrl+Z (Cmd+Z on a Mac) takes back the last change of a value or note
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            // undo covers values and notes; on a weight slider Ctrl+Z would undo something out of sight
            boolean onSlider = getScene() != null && getScene().getFocusOwner() instanceof Slider;
            if (UNDO.match(e) && vm.canUndoProperty().get() && !onSlider) {
                vm.undo();
                e.consume();
            }
        });
        TabPane tabs = new TabPane();
        tabs.setId("compareTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab rankingTab = new Tab(i18n.tr("compare.tab.ranking"), rankingPane());
        rankingTab.setId("rankingTab");
        sideTab = new Tab("");
        sideTab.setId("sideBySideTab");
        // built when first shown: a hidden table still costs its CSS pass when the screen first appears
        sideTab.selectedProperty().addListener((o, was, now) -> {
            if (now && sideTab.getContent() == null) {
                sideTab.setContent(sideBySidePane());
            }
        });
        tabs.getTabs().addAll(rankingTab, sideTab);
        setCenter(tabs);
        updateSideTabTitle();
        vm.picked().addListener((ListChangeListener<String>) c -> updateSideTabTitle());
    }

    private javafx.scene.layout.FlowPane filterBar() {
        TextField filter = new TextField();
        filter.setId("filterField");
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        filter.setPromptText(i18n.tr("compare.filter.prompt"));
        filter.setPrefColumnCount(16);
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        CheckBox visaFree = check("visaFreeFilter", "compare.filter.visa_free");
        visaFree.selectedProperty().bindBidirectional(vm.visaFreeOnlyProperty());
        CheckBox russian = check("russianFilter", "compare.filter.russian");
        russian.selectedProperty().bindBidirectional(vm.russianWidelyUsedOnlyProperty());
        CheckBox bank = check("bankFilter", "compare.filter.bank");
        bank.selectedProperty().bindBidirectional(vm.bankAccountOnlyProperty());
        Label shown = new Label();
        shown.setId("shownCount");
        shown.getStyleClass().add("muted");
        shown.textProperty().bind(vm.shownCountProperty().map(n -> i18n.tr("compare.shown", n, vm.totalCount())));
        Label message = new Label();
        message.setId("compareMessage");
        message.getStyleClass().add("message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        // a bar that wraps onto a second line at narrow widths rather than cutting its filters' names (issue 16)
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(14, 8, filter, visaFree, russian, bank,
                message, shown);
        if (openBudgetElsewhere != null) {
            javafx.scene.control.Button budget = new javafx.scene.control.Button(i18n.tr("compare.budget_elsewhere"));
            budget.setId("budgetElsewhereButton");
            budget.setTooltip(new javafx.scene.control.Tooltip(i18n.tr("compare.budget_elsewhere.tip")));
            budget.setOnAction(e -> openBudgetElsewhere.run());
            bar.getChildren().add(budget);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));
        bar.getStyleClass().add("filter-bar");
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n instanceof javafx.scene.control.Control c && !(n instanceof TextField) && n != message) {
                c.setMinWidth(Region.USE_PREF_SIZE); // whole, on the next line if need be
            }
        }
        message.setMaxWidth(520);
        return bar;
    }

    private CheckBox check(String id, String key) {
        CheckBox c = new CheckBox(i18n.tr(key));
        c.setId(id);
        return c;
    }

    private SplitPane rankingPane() {
        TableView<Ranking.Entry> table = new TableView<>();
        table.setId("rankingTable");
        // one height for every row: the table need not create and measure rows to estimate it
        table.setFixedCellSize(36);
        table.setPlaceholder(new Label(i18n.tr("compare.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

        TableColumn<Ranking.Entry, String> pick = new TableColumn<>(i18n.tr("compare.col.pick"));
        pick.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().country().code()));
        pick.setCellFactory(col -> new PickCell());
        pick.setSortable(false);
        pick.setPrefWidth(headerWidth(pick.getText(), 60));

        TableColumn<Ranking.Entry, Integer> place = new TableColumn<>("#");
        place.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().place()));
        place.setPrefWidth(40);
        place.setStyle("-fx-alignment: CENTER-RIGHT;");

        TableColumn<Ranking.Entry, String> country = new TableColumn<>(i18n.tr("compare.col.country"));
        country.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().country().destination().name()
                .in(i18n.locale())));
        country.setPrefWidth(160);

        TableColumn<Ranking.Entry, Double> score = numberColumn("scoreColumn", i18n.tr("compare.col.score"),
                e -> e.score().points(), v -> i18n.decimal(v, 1));
        TableColumn<Ranking.Entry, Double> known = numberColumn("knownColumn", i18n.tr("compare.col.known"),
                e -> e.score().knownShare(), v -> Math.round(v * 100) + "%");
        table.getColumns().addAll(List.of(pick, place, country, score, known));
        org.relocationplanner.ui.common.Tables.fitColumn(table, country, 30); // no country name cut (30: its mark)
        for (Criterion c : RANKING_COLUMNS) {
            TableColumn<Ranking.Entry, EffectiveFact> fc = factColumn(c);
            table.getColumns().add(fc);
            // as wide as the longest value with its marks (" * †"), so that no value is cut
            org.relocationplanner.ui.common.Tables.fitColumn(table, fc, 24, f -> vm.formatter().shown(
                    (EffectiveFact) f));
        }
        var sorted = new javafx.collections.transformation.SortedList<>(vm.ranking());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedCodeProperty().set(b.country().code());
            }
        });
        table.setRowFactory(t -> {
            TableRow<Ranking.Entry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.togglePick(row.getItem().country().code());
                    t.refresh();
                }
            });
            return row;
        });
        vm.picked().addListener((ListChangeListener<String>) ch -> table.refresh());
        // keyboard: Space puts the selected destination into (or out of) the side-by-side view
        table.setOnKeyPressed(e -> {
            Ranking.Entry selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && selected != null) {
                vm.togglePick(selected.country().code());
                table.refresh();
                e.consume();
            }
        });

        // the selection follows a click on the map, and the map outlines the selected row
        vm.selectedCodeProperty().addListener((o, a, code) -> {
            Ranking.Entry row = table.getSelectionModel().getSelectedItem();
            if (code != null && (row == null || !row.country().code().equals(code))) {
                table.getItems().stream().filter(e -> e.country().code().equals(code)).findFirst().ifPresent(e -> {
                    table.getSelectionModel().select(e);
                    table.scrollTo(e);
                });
            }
        });

        Label legend = new Label(i18n.tr("compare.legend"));
        legend.getStyleClass().add("muted");
        legend.setPadding(new Insets(4, 8, 4, 8));
        legend.setWrapText(true);
        BorderPane tablePane = new BorderPane(table);
        tablePane.setBottom(legend);
        WorldMapView map = worldMap();
        Button exportTable = new Button(i18n.tr("compare.export.button"));
        exportTable.setId("exportRanking");
        exportTable.setOnAction(e -> vm.exportRanking());
        Button exportMap = new Button(i18n.tr("compare.map.export.button"));
        exportMap.setId("exportMap");
        exportMap.setOnAction(e -> vm.exportMap(map::picture));
        Label mapTitle = new Label(i18n.tr("compare.map.title"));
        mapTitle.getStyleClass().add("section-title");
        HBox mapBar = toolbar(8, new Insets(6, 8, 2, 8), List.of(mapTitle), List.of(exportTable, exportMap));
        BorderPane mapPane = new BorderPane(map);
        mapPane.setTop(mapBar);
        SplitPane left = new SplitPane(tablePane, mapPane);
        left.setOrientation(javafx.geometry.Orientation.VERTICAL);
        left.setDividerPositions(0.62);

        VBox side = new VBox(14, weightsPane(), explanationPane());
        side.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(280);
        scroll.setPrefWidth(330);
        SplitPane split = new SplitPane(left, scroll);
        SplitPane.setResizableWithParent(scroll, false);
        split.setDividerPositions(0.73);
        return split;
    }

    /** The ranking as a world map, read on a worker thread as the screen is built, recoloured with every change. */
    private WorldMapView worldMap() {
        WorldMapView map = new WorldMapView();
        map.setDescribe(vm::describeOnMap);
        map.setLegend(i18n.tr("compare.map.low"), i18n.tr("compare.map.high"));
        map.setOnPick(code -> vm.selectedCodeProperty().set(code));
        map.setShapes(vm.shapesProperty().get());
        map.setScores(vm.mapScoresProperty().get());
        map.selectedProperty().set(vm.selectedCodeProperty().get());
        vm.shapesProperty().addListener((o, a, b) -> map.setShapes(b));
        vm.mapScoresProperty().addListener((o, a, b) -> map.setScores(b));
        vm.selectedCodeProperty().addListener((o, a, b) -> map.selectedProperty().set(b));
        vm.loadMap();
        return map;
    }

    private TableColumn<Ranking.Entry, EffectiveFact> factColumn(Criterion c) {
        TableColumn<Ranking.Entry, EffectiveFact> col = new TableColumn<>(i18n.tr(c.messageKey()));
        col.setId("col-" + c.name());
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().country().get(c)));
        col.setComparator(Comparator.comparingDouble(f -> Scorer.sortKey(f.counted())));
        col.setCellFactory(x -> new TableCell<>() {
            // the value is the cell's own text and the marks are style classes: a node or two per cell instead
            // of five keeps the first CSS pass over the ranking short
            @Override
            protected void updateItem(EffectiveFact f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().removeAll("stale", "yours");
                if (empty || f == null || getTableRow() == null || getTableRow().getItem() == null) {
                    setText(null);
                    setGraphic(null);
                    FactCellContent.clearHover(this);
                    return;
                }
                var dest = getTableRow().getItem().country().destination();
                boolean stale = vm.formatter().isStale(f.shipped(), vm.today()) && !f.isOverridden();
                String mark = (f.isOverridden() ? " " + i18n.tr("badge.yours.short") : "")
                        + (f.userNote().isEmpty() ? "" : " " + i18n.tr("badge.note.short"))
                        + (stale ? " " + i18n.tr("badge.stale.short") : "");
                setText(vm.formatter().shown(f) + mark);
                if (stale) {
                    getStyleClass().add("stale");
                }
                if (f.isOverridden()) {
                    getStyleClass().add("yours");
                }
                FactCellContent.installOnHover(this, () -> vm.formatter().details(f, vm.today(), dest));
            }
        });
        col.setPrefWidth(headerWidth(col.getText(), switch (c) {
            case STAY_ALLOWED -> 310;
            case RUSSIAN_USE, BANK_ACCOUNT, HANDOVER_RISK -> 160;
            default -> 110;
        }));
        return col;
    }

    /** A bar with {@code left} at its start and {@code right} at its end, centred vertically. */
    private static HBox toolbar(double spacing, Insets padding, List<? extends javafx.scene.Node> left,
                                List<? extends javafx.scene.Node> right) {
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(spacing);
        // the buttons keep their whole names; a text on the left wraps into more lines instead
        for (javafx.scene.Node n : left) {
            if (n instanceof Label l) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                HBox.setHgrow(l, Priority.SOMETIMES);
            }
        }
        for (javafx.scene.Node n : right) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        bar.getChildren().addAll(left);
        bar.getChildren().add(grow);
        bar.getChildren().addAll(right);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(padding);
        return bar;
    }

    /** A right-aligned column of numbers, sorted by the number and shown by {@code format}. */
    private static TableColumn<Ranking.Entry, Double> numberColumn(String id, String header,
            java.util.function.ToDoubleFunction<Ranking.Entry> number,
            java.util.function.Function<Double, String> format) {
        TableColumn<Ranking.Entry, Double> col = new TableColumn<>(header);
        col.setId(id);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(number.applyAsDouble(c.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
        col.setPrefWidth(headerWidth(header, 64));
        col.setStyle("-fx-alignment: CENTER-RIGHT;");
        return col;
    }

    /**
     * A column wide enough for its whole header in either language, at least {@code atLeast}: the header's bold text at
     * the theme's 14 px, its padding, and the sort arrow a sorted column shows beside it.
     */
    static double headerWidth(String header, double atLeast) {
        javafx.scene.text.Text text = new javafx.scene.text.Text(header);
        text.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, Math.max(14, javafx.scene.text.Font.getDefault().getSize())));
        return Math.max(atLeast, Math.ceil(text.getLayoutBounds().getWidth()) + 48);
    }

    /** A check box per row that puts the destination into the side-by-side view. */
    private final class PickCell extends TableCell<Ranking.Entry, String> {
        private final CheckBox box = new CheckBox();

        PickCell() {
            box.setOnAction(e -> {
                String code = getItem();
                if (code != null && !vm.togglePick(code)) {
                    box.setSelected(false);
                }
            });
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            if (empty || code == null) {
                setGraphic(null);
                return;
            }
            box.setId("pick-" + code);
            box.setSelected(vm.isPicked(code));
            setGraphic(box);
        }
    }

    private VBox weightsPane() {
        Label title = new Label(i18n.tr("compare.weights.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(i18n.tr("compare.weights.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        for (Criterion c : Criterion.values()) {
            if (!c.isWeighted()) {
                continue;
            }
            Label name = new Label(i18n.tr(c.messageKey()));
            name.setWrapText(true);
            name.setMinWidth(110);
            name.setPrefWidth(130);
            Slider s = new Slider(Weights.MIN, Weights.MAX, vm.weightsProperty().get().of(c));
            s.setId("weight-" + c.name());
            s.setMajorTickUnit(5);
            s.setMinorTickCount(4);
            s.setSnapToTicks(true);
            s.setBlockIncrement(1);
            s.setPrefWidth(120);
            Label value = new Label();
            value.setId("weightValue-" + c.name());
            value.setMinWidth(22);
            value.textProperty().bind(s.valueProperty().map(v -> String.valueOf(Math.round(v.doubleValue()))));
            s.valueProperty().addListener((o, a, b) -> vm.setWeight(c, (int) Math.round(b.doubleValue())));
            sliders.put(c, s);
            grid.addRow(row++, name, s, value);
        }
        vm.weightsProperty().addListener((o, a, w) -> sliders.forEach((c, s) -> {
            if (Math.round(s.getValue()) != w.of(c)) {
                s.setValue(w.of(c));
            }
        }));
        Button reset = new Button(i18n.tr("compare.weights.reset"));
        reset.setId("resetWeights");
        reset.setOnAction(e -> vm.resetWeights());
        return new VBox(8, title, hint, grid, reset);
    }

    private VBox explanationPane() {
        Label title = new Label(i18n.tr("compare.why.title"));
        title.getStyleClass().add("section-title");
        VBox lines = new VBox(6);
        lines.setId("scoreExplanation");
        lines.getStyleClass().add("score-explanation");
        Runnable fill = () -> {
            lines.getChildren().clear();
            for (int i = 0; i < vm.explanation().size(); i++) {
                Label line = new Label(vm.explanation().get(i));
                line.setWrapText(true);
                if (i == 0 && vm.explanation().size() > 1) {
                    line.getStyleClass().add("section-title"); // the total, above its parts
                }
                lines.getChildren().add(line);
            }
        };
        fill.run();
        vm.explanation().addListener((ListChangeListener<String>) c -> fill.run());
        return new VBox(8, title, lines);
    }

    private BorderPane sideBySidePane() {
        sideTable.setId("sideBySideTable");
        sideTable.setPlaceholder(new Label(i18n.tr("compare.pick.hint", CompareViewModel.MIN_PICKED,
                CompareViewModel.MAX_PICKED)));
        sideTable.setItems(vm.sideBySide());
        // keyboard: arrows move between values, Enter or F2 sets your own value or a note
        sideTable.getSelectionModel().setCellSelectionEnabled(true);
        sideTable.setOnKeyPressed(e -> {
            if (e.getCode() != javafx.scene.input.KeyCode.ENTER && e.getCode() != javafx.scene.input.KeyCode.F2) {
                return;
            }
            var pos = sideTable.getFocusModel().getFocusedCell();
            if (pos == null || pos.getRow() < 0 || pos.getTableColumn() == null
                    || pos.getTableColumn().getId() == null) {
                return;
            }
            SideBySideRow row = sideTable.getItems().get(pos.getRow());
            if (!row.isHeading()) {
                vm.editValue(pos.getTableColumn().getId().substring("side-".length()), row.criterion());
                e.consume();
            }
        });
        sideTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        rebuildSideColumns();
        vm.picked().addListener((ListChangeListener<String>) c -> rebuildSideColumns());
        vm.sideBySide().addListener((ListChangeListener<SideBySideRow>) c -> sideTable.refresh());

        Label hint = new Label(i18n.tr("compare.side.hint"));
        hint.getStyleClass().add("muted");
        Button undoButton = new Button(i18n.tr("compare.undo"));
        undoButton.setId("undoEdit");
        undoButton.disableProperty().bind(vm.canUndoProperty().not());
        undoButton.setOnAction(e -> vm.undo());
        undoButton.setTooltip(new javafx.scene.control.Tooltip(UNDO.getDisplayText()));
        Button clear = new Button(i18n.tr("compare.side.clear"));
        clear.setId("clearPicked");
        clear.setOnAction(e -> vm.clearPicked());
        HBox bar = toolbar(12, new Insets(8, 10, 8, 10), List.of(hint), List.of(undoButton, clear));
        BorderPane pane = new BorderPane(sideTable);
        pane.setTop(bar);
        return pane;
    }

    private void rebuildSideColumns() {
        sideTable.getColumns().clear();
        TableColumn<SideBySideRow, String> label = new TableColumn<>(i18n.tr("compare.side.criterion"));
        label.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().label()));
        label.setSortable(false);
        label.setPrefWidth(220);
        label.setMinWidth(200);
        label.setMaxWidth(240);
        label.setCellFactory(col -> new TableCell<>() {
            {
                setWrapText(true); // long criterion names take a second line rather than being cut
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("group-heading");
                setText(empty ? null : item);
                if (!empty && getTableRow() != null && getTableRow().getItem() != null
                        && getTableRow().getItem().isHeading()) {
                    getStyleClass().add("group-heading");
                }
            }
        });
        sideTable.getColumns().add(label);
        for (int i = 0; i < vm.picked().size(); i++) {
            String code = vm.picked().get(i);
            int index = i;
            String name = vm.find(code).map(c -> c.destination().name().in(i18n.locale())).orElse(code);
            TableColumn<SideBySideRow, SideBySideRow.Cell> col = new TableColumn<>(name);
            col.setId("side-" + code);
            col.setSortable(false);
            // equal shares of the width, so that up to six countries fit side by side
            col.prefWidthProperty().bind(sideTable.widthProperty().subtract(label.widthProperty()).subtract(20)
                    .divide(vm.picked().size()));
            col.setMinWidth(150);
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().isHeading()
                    || index >= c.getValue().cells().size() ? null : c.getValue().cells().get(index)));
            col.setCellFactory(x -> {
                SideCell cell = new SideCell();
                cell.getStyleClass().add("side-cell");
                return cell;
            });
            sideTable.getColumns().add(col);
        }
    }

    /** A value in the side-by-side view; right-click, the menu key or double-click to give your own value or a note. */
    private final class SideCell extends TableCell<SideBySideRow, SideBySideRow.Cell> {
        private final MenuItem edit = new MenuItem(i18n.tr("compare.side.edit"));
        private final MenuItem reset = new MenuItem(i18n.tr("compare.side.reset"));
        private final ContextMenu menu = new ContextMenu(edit, reset);

        SideCell() {
            edit.setId("editValue");
            reset.setId("resetValue");
            edit.setOnAction(e -> withValue((code, c) -> vm.editValue(code, c)));
            reset.setOnAction(e -> withValue((code, c) -> vm.resetValue(code, c)));
            // shown by hand as well as on the platform's request: not every platform turns a right click into one
            setOnContextMenuRequested(e -> {
                showMenu(e.getScreenX(), e.getScreenY());
                e.consume();
            });
            setOnMouseClicked(e -> {
                if (getItem() == null) {
                    return;
                }
                if (e.getButton() == MouseButton.SECONDARY) {
                    showMenu(e.getScreenX(), e.getScreenY());
                } else if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    withValue((code, c) -> vm.editValue(code, c));
                }
            });
        }

        private void showMenu(double x, double y) {
            if (getItem() != null && !menu.isShowing()) {
                reset.setDisable(!getItem().overridden());
                menu.show(this, x, y);
            }
        }

        private void withValue(java.util.function.BiConsumer<String, Criterion> action) {
            SideBySideRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (getItem() != null && row != null && !row.isHeading()) {
                action.accept(getItem().code(), row.criterion());
            }
        }

        @Override
        protected void updateItem(SideBySideRow.Cell cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().remove("best-cell");
            SideBySideRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || cell == null || row == null || row.isHeading()) {
                setText(null);
                setGraphic(null);
                setId(null);
                return; // the graphic that carried the tooltip is gone with it
            }
            setId("cell-" + cell.code() + "-" + row.criterion().name());
            if (cell.best()) {
                getStyleClass().add("best-cell");
            }
            // a Text with a wrapping width: long values (notes on transfers, safety) wrap and the row grows to fit,
            // which a wrapping Label in a table cell does not do
            javafx.scene.text.Text text = new javafx.scene.text.Text(cell.text());
            text.getStyleClass().add("side-text");
            text.wrappingWidthProperty().bind(getTableColumn().widthProperty().subtract(18));
            javafx.scene.layout.HBox badges = FactCellContent.badges(i18n, cell.stale(), cell.overridden(),
                    cell.hasNote());
            VBox content = badges.getChildren().isEmpty() ? new VBox(text) : new VBox(3, text, badges);
            setText(null);
            setGraphic(content);
            FactCellContent.installOnHover(content, cell::details);
        }
    }

    private void updateSideTabTitle() {
        sideTab.setText(i18n.tr("compare.tab.side", vm.picked().size()));
    }
}
