package org.relocationplanner.ui.timeline;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.relocationplanner.domain.Deadline;
import org.relocationplanner.domain.Passport;
import org.relocationplanner.domain.ResidencePermit;
import org.relocationplanner.domain.Visa;
import org.relocationplanner.ui.common.I18n;

/** The Timeline screen: the chart with its tools, and the deadlines beside it. */
public final class TimelineView extends BorderPane {

    private final TimelineViewModel vm;
    private final I18n i18n;
    private final TimelineChart chart;

    public TimelineView(TimelineViewModel vm, Supplier<String> currentCountry) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.chart = new TimelineChart(vm, () -> {
            String c = currentCountry.get();
            return c == null || c.isBlank() ? "GE" : c;
        });
        setId("timelineView");
        getStyleClass().add("timeline-view");
        setTop(toolbar());
        Label help = new Label(i18n.tr("timeline.chart.help"));
        help.getStyleClass().add("muted");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        VBox center = new VBox(8, zoomRow, chart, legend(), help);
        // the review of trips from the user's records is built when a first reading starts, not at start-up
        vm.history().stepProperty().addListener((o, a, b) -> {
            if (b != HistoryReviewModel.Step.IDLE && center.lookup("#historyReview") == null) {
                center.getChildren().add(new HistoryReviewPane(vm.history(), vm, i18n));
            }
        });
        // while trips from the user's records are reviewed, the chart's key help gives its room to the table
        help.visibleProperty().bind(vm.history().stepProperty().isEqualTo(HistoryReviewModel.Step.IDLE));
        help.managedProperty().bind(help.visibleProperty());
        center.setMinWidth(0);
        VBox.setVgrow(chart, Priority.ALWAYS);
        center.setPadding(new Insets(10, 10, 10, 14));
        // the chart gives its room to the review of trips from the user's records in a small window, down to a lane
        chart.setMinHeight(60);
        setCenter(center);
        javafx.scene.control.ScrollPane side = new javafx.scene.control.ScrollPane(deadlinesPanel());
        side.setFitToWidth(true);
        side.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().add("edge-to-edge");
        side.setPrefViewportWidth(340);
        setRight(side);
        KeyCombination undo = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (undo.match(e)) {
                vm.undo();
                e.consume();
            }
        });
        // Ctrl+N (a new trip) is the window menu's: it works from every screen and does nothing behind the lock
        // issue 18: a Takeout folder, a Timeline.json, a GPX track or photos dropped on the screen are read in place
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.ANY); // read in place whatever the source offers
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                readRecords(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    /** Reads location histories, tracks or photos (files or folders) and shows the trips they suggest for review. */
    public void readRecords(java.util.List<java.nio.file.Path> paths) {
        if (!paths.isEmpty()) {
            vm.history().read(paths);
        }
    }

    public TimelineChart chart() {
        return chart;
    }

    private ToolBar toolbar() {
        Button add = button("addTrip", "timeline.add_trip", vm::addTrip);
        add.setDefaultButton(false);
        MenuButton docs = new MenuButton(i18n.tr("timeline.add_document"));
        docs.setId("addDocument");
        MenuItem passport = new MenuItem(i18n.tr("document.passport"));
        passport.setId("addPassport");
        passport.setOnAction(e -> vm.addDocument(Passport.class));
        MenuItem visa = new MenuItem(i18n.tr("document.visa"));
        visa.setId("addVisa");
        visa.setOnAction(e -> vm.addDocument(Visa.class));
        MenuItem permit = new MenuItem(i18n.tr("document.permit"));
        permit.setId("addPermit");
        permit.setOnAction(e -> vm.addDocument(ResidencePermit.class));
        docs.getItems().addAll(passport, visa, permit);
        Button importCsv = button("importTrips", "timeline.import", vm::importTrips);
        MenuButton records = new MenuButton(i18n.tr("history.menu"));
        records.setId("fromRecords");
        MenuItem recordFile = new MenuItem(i18n.tr("history.menu.file"));
        recordFile.setId("fromRecordsFile");
        recordFile.setOnAction(e -> vm.history().choose(false));
        MenuItem recordFolder = new MenuItem(i18n.tr("history.menu.folder"));
        recordFolder.setId("fromRecordsFolder");
        recordFolder.setOnAction(e -> vm.history().choose(true));
        records.getItems().addAll(recordFile, recordFolder);
        Button exportCsv = button("exportTrips", "timeline.export", vm::exportTrips);
        Button ics = button("exportCalendar", "timeline.ics", vm::exportCalendar);
        Button undo = button("undoTimeline", "timeline.undo", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        if (vm.zoomProperty().get() != null) {
            try {
                chart.zoomProperty().set(TimelineChart.Zoom.valueOf(vm.zoomProperty().get()));
            } catch (IllegalArgumentException e) {
                // a zoom this version does not have: the chart's own
            }
        }
        chart.zoomProperty().addListener((o, a, b) -> vm.zoomProperty().set(b == null ? null : b.name()));
        ToggleGroup zooms = new ToggleGroup();
        HBox zoomBox = new HBox();
        zoomBox.getStyleClass().add("segmented");
        for (TimelineChart.Zoom z : TimelineChart.Zoom.values()) {
            ToggleButton b = new ToggleButton(i18n.tr("timeline.zoom." + z.name().toLowerCase(Locale.ROOT)));
            b.setId("zoom-" + z.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(zooms);
            b.setSelected(chart.zoomProperty().get() == z);
            b.setOnAction(e -> {
                chart.zoomProperty().set(z);
                b.setSelected(true);
            });
            chart.zoomProperty().addListener((o, a, now) -> b.setSelected(now == z));
            zoomBox.getChildren().add(b);
        }
        Button today = button("goToToday", "timeline.go_today", chart::goToToday);
        zoomRow = new HBox(8, zoomBox, today);
        zoomRow.setAlignment(Pos.CENTER_LEFT);
        return new ToolBar(add, docs, new Separator(), importCsv, records, exportCsv, ics, new Separator(), undo);
    }

    private HBox zoomRow;

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.tr(key));
        b.setId(id);
        b.setTooltip(new Tooltip(i18n.tr(key + ".tip")));
        b.setOnAction(e -> action.run());
        return b;
    }

    private javafx.scene.layout.FlowPane legend() {
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(16, 4, swatch("legend-legal", "timeline.state.legal"),
                swatch("legend-ending", "timeline.state.ending_soon"),
                swatch("legend-overstay", "timeline.state.overstay"),
                swatch("legend-planned", "timeline.legend.planned"),
                swatch("legend-visa", "document.visa"), swatch("legend-permit", "document.permit"),
                swatch("legend-again", "timeline.legend.again"));
        HBox proposed = swatch("legend-proposed", "history.legend");
        proposed.setId("legendProposed");
        Runnable shown = () -> {
            proposed.setVisible(!vm.preview().isEmpty());
            proposed.setManaged(!vm.preview().isEmpty());
        };
        vm.preview().addListener((javafx.collections.ListChangeListener<org.relocationplanner.domain.Trip>) c -> shown.run());
        shown.run();
        box.getChildren().add(proposed);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox swatch(String style, String key) {
        Rectangle r = new Rectangle(14, 10);
        r.getStyleClass().addAll("swatch", style);
        Label l = new Label(i18n.tr(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        HBox h = new HBox(5, r, l);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private VBox deadlinesPanel() {
        // the most urgent deadline is in the top bar; the list names the others
        Label title = new Label();
        title.getStyleClass().add("panel-title");
        ListView<Deadline> list = new ListView<>(vm.otherDeadlines());
        list.setId("deadlineList");
        Label placeholder = new Label();
        placeholder.setId("deadlinesPlaceholder");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        Runnable titles = () -> {
            boolean any = !vm.deadlines().isEmpty();
            title.setText(i18n.tr(any ? "timeline.deadlines.others" : "timeline.deadlines"));
            placeholder.setText(i18n.tr(any ? "timeline.deadlines.no_others" : "timeline.deadlines.none"));
        };
        titles.run();
        vm.deadlines().addListener((javafx.collections.ListChangeListener<Deadline>) c -> titles.run());
        list.setCellFactory(v -> new DeadlineCell(list));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null) {
                chart.reveal(d.date());
            }
        });
        list.setPrefHeight(220);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label taxTitle = new Label(i18n.tr("timeline.tax.title"));
        taxTitle.getStyleClass().add("panel-title");
        Label tax = new Label();
        tax.setId("taxSummary");
        tax.setWrapText(true);
        tax.textProperty().bind(vm.taxSummaryProperty());
        tax.setMinHeight(Region.USE_PREF_SIZE);
        Label taxSource = new Label(i18n.tr("timeline.tax.source"));
        taxSource.getStyleClass().add("muted");
        taxSource.setWrapText(true);
        taxSource.setMinHeight(Region.USE_PREF_SIZE);
        Label standingTitle = new Label(i18n.tr("standing.title"));
        standingTitle.getStyleClass().add("panel-title");
        VBox standing = new VBox(6);
        standing.setId("areaStatuses");
        Runnable fillStanding = () -> {
            standing.getChildren().clear();
            List<String> lines = vm.standing().isEmpty() ? List.of(i18n.tr("standing.none")) : vm.standing();
            for (String line : lines) {
                Label l = new Label(line);
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                standing.getChildren().add(l);
            }
        };
        fillStanding.run();
        vm.standing().addListener((javafx.collections.ListChangeListener<String>) c -> fillStanding.run());
        VBox problems = new VBox(6);
        problems.setId("tripProblems");
        Runnable fillProblems = () -> {
            problems.getChildren().setAll(vm.problems().stream().map(text -> {
                Label l = new Label(text);
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                l.getStyleClass().add("trip-problem");
                return l;
            }).toList());
            problems.setManaged(!vm.problems().isEmpty());
            problems.setVisible(!vm.problems().isEmpty());
        };
        fillProblems.run();
        vm.problems().addListener((javafx.collections.ListChangeListener<String>) c -> fillProblems.run());
        VBox box = new VBox(8, title, list, new Separator(), standingTitle, problems, standing, new Separator(),
                earliestStay(), new Separator(), taxTitle, tax, taxSource);
        box.setPadding(new Insets(10, 14, 10, 10));
        box.setPrefWidth(330);
        box.setMinWidth(280);
        box.getStyleClass().add("deadlines-panel");
        return box;
    }

    private VBox earliestStay() {
        Label title = new Label(i18n.tr("timeline.earliest.title"));
        title.getStyleClass().add("panel-title");
        ComboBox<String> area = new ComboBox<>();
        area.setId("earliestArea");
        Runnable fillAreas = () -> {
            String keep = area.getValue();
            List<String> areas = vm.trips().stream().map(t -> vm.areaOf(t.country(), vm.today())).distinct()
                    .sorted().toList();
            area.getItems().setAll(areas);
            String wanted = keep != null ? keep : vm.earliestAreaProperty().get();
            area.setValue(wanted != null && areas.contains(wanted) ? wanted : areas.isEmpty() ? null : areas.get(0));
        };
        area.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : vm.areaName(code);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        Spinner<Integer> days = new Spinner<>(1, 365, Math.max(1, Math.min(365, vm.earliestDaysProperty().get())));
        days.setId("earliestDays");
        days.setEditable(true);
        days.setPrefWidth(90);
        Label result = new Label();
        result.setId("earliestResult");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        Runnable answer = () -> {
            if (area.getValue() == null) {
                result.setText(i18n.tr("timeline.earliest.no_area"));
                return;
            }
            Integer value = days.getValue();
            if (value == null) {
                result.setText("");
                return;
            }
            result.setText(vm.earliestStayAnswer(area.getValue(), value));
        };
        fillAreas.run();
        answer.run();
        vm.evaluationProperty().addListener((o, a, b) -> {
            fillAreas.run();
            answer.run();
        });
        area.valueProperty().addListener((o, a, b) -> {
            answer.run();
            if (b != null) {
                vm.earliestAreaProperty().set(b);
            }
        });
        days.valueProperty().addListener((o, a, b) -> {
            answer.run();
            if (b != null) {
                vm.earliestDaysProperty().set(b);
            }
        });
        HBox row = new HBox(8, area, days, new Label(i18n.tr("timeline.earliest.days")));
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, title, row, result);
    }

    /** A deadline in words, coloured by how close it is. */
    private final class DeadlineCell extends ListCell<Deadline> {
        private final Text text = new Text();

        DeadlineCell(ListView<Deadline> list) {
            text.wrappingWidthProperty().bind(list.widthProperty().subtract(36));
            text.getStyleClass().add("deadline-text");
        }

        @Override
        protected void updateItem(Deadline d, boolean empty) {
            super.updateItem(d, empty);
            getStyleClass().removeIf(s -> s.startsWith("urgency-"));
            if (empty || d == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            String words = vm.describe(d, true);
            text.setText(words);
            setGraphic(text);
            setAccessibleText(words);
            getStyleClass().add("urgency-" + vm.urgency(d).name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }
}
