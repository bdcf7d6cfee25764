package org.relocationplanner.ui.timeline;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.relocationplanner.ui.common.I18n;

/**
 * The Timeline's panel for trips from the user's records: the progress of reading with Cancel, then the proposals
 * to tick, edit or drop and save at once. Hidden when no review is under way.
 */
final class HistoryReviewPane extends VBox {

    HistoryReviewPane(HistoryReviewModel vm, TimelineViewModel timeline, I18n i18n) {
        setId("historyReview");
        getStyleClass().add("history-review");
        setSpacing(8);
        setPadding(new Insets(10, 14, 10, 14));

        Label reading = new Label();
        reading.setId("historyProgressText");
        reading.textProperty().bind(vm.progressTextProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("historyProgress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(i18n.tr("history.cancel"));
        cancel.setId("historyCancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox progressRow = new HBox(10, bar, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        VBox readingBox = new VBox(6, reading, progressRow);

        Label title = new Label(i18n.tr("history.review.title"));
        title.getStyleClass().add("section-title");
        Label summary = new Label();
        summary.setId("historySummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add("muted");
        Label hint = new Label(i18n.tr("history.review.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        TableView<HistoryReviewModel.Row> table = new TableView<>(vm.rows());
        table.setId("historyTable");
        table.setEditable(true);
        table.setPrefHeight(220);
        table.setMinHeight(130);
        table.setPlaceholder(new Label(i18n.tr("history.none")));
        TableColumn<HistoryReviewModel.Row, Boolean> take = new TableColumn<>(i18n.tr("history.col.save"));
        take.setCellValueFactory(c -> c.getValue().acceptedProperty());
        take.setCellFactory(CheckBoxTableCell.forTableColumn(take));
        take.setEditable(true);
        take.setMinWidth(headerWidth(take.getText()));
        TableColumn<HistoryReviewModel.Row, String> country = text(i18n.tr("history.col.country"),
                r -> timeline.areaName(r.tripProperty().get().country()) + " (" + r.tripProperty().get().country() + ")");
        TableColumn<HistoryReviewModel.Row, String> entry = text(i18n.tr("history.col.entry"),
                r -> i18n.date(r.tripProperty().get().entry()));
        TableColumn<HistoryReviewModel.Row, String> exit = text(i18n.tr("history.col.exit"),
                r -> r.tripProperty().get().exit() == null ? "" : i18n.date(r.tripProperty().get().exit()));
        TableColumn<HistoryReviewModel.Row, String> sure = text(i18n.tr("history.col.sure"),
                r -> vm.sureness(r.proposal()));
        TableColumn<HistoryReviewModel.Row, String> status = text(i18n.tr("history.col.status"),
                r -> vm.status(r.check()));
        TableColumn<HistoryReviewModel.Row, String> note = text(i18n.tr("history.col.note"),
                r -> r.tripProperty().get().note());
        country.setPrefWidth(170);
        entry.setPrefWidth(150);
        exit.setPrefWidth(150);
        sure.setPrefWidth(190);
        status.setPrefWidth(300);
        note.setPrefWidth(640);
        table.getColumns().addAll(java.util.List.of(take, country, entry, exit, sure, status, note));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(HistoryReviewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("history-clash", "history-unsure");
                if (!empty && row != null) {
                    if (row.check().status() != org.relocationplanner.domain.history.ProposalCheck.Status.NEW) {
                        getStyleClass().add("history-clash");
                    } else if (row.proposal().sureness()
                            == org.relocationplanner.domain.history.ProposedTrip.Sureness.UNSURE) {
                        getStyleClass().add("history-unsure");
                    }
                }
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                vm.edit(table.getSelectionModel().getSelectedItem());
            }
        });

        Button edit = new Button(i18n.tr("history.edit"));
        edit.setId("historyEdit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> vm.edit(table.getSelectionModel().getSelectedItem()));
        Button drop = new Button(i18n.tr("history.drop"));
        drop.setId("historyDrop");
        drop.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        drop.setOnAction(e -> vm.drop(table.getSelectionModel().getSelectedItem()));
        Button save = new Button();
        save.setId("historySave");
        save.getStyleClass().add("accent");
        save.textProperty().bind(Bindings.createStringBinding(() -> i18n.count("history.save",
                vm.accepted().size()), vm.rows()));
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.accepted().isEmpty(), vm.rows()));
        save.setOnAction(e -> vm.save());
        Button discard = new Button(i18n.tr("history.discard"));
        discard.setId("historyDiscard");
        discard.setOnAction(e -> vm.discard());
        for (Button b : new Button[] {edit, drop, save, discard}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, edit, drop, grow, save, discard);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox reviewBox = new VBox(6, title, summary, hint, table, buttons);

        Runnable showStep = () -> {
            HistoryReviewModel.Step s = vm.stepProperty().get();
            readingBox.setVisible(s == HistoryReviewModel.Step.READING);
            readingBox.setManaged(s == HistoryReviewModel.Step.READING);
            reviewBox.setVisible(s == HistoryReviewModel.Step.REVIEW);
            reviewBox.setManaged(s == HistoryReviewModel.Step.REVIEW);
            setVisible(s != HistoryReviewModel.Step.IDLE);
            setManaged(s != HistoryReviewModel.Step.IDLE);
        };
        vm.stepProperty().addListener((o, a, b) -> showStep.run());
        showStep.run();
        getChildren().addAll(readingBox, reviewBox);
    }

    /** A column's name in the header's bold type, with the header's padding and sort arrow. */
    private static double headerWidth(String name) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(name);
        t.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 14));
        return Math.ceil(t.getLayoutBounds().getWidth()) + 34;
    }

    private static TableColumn<HistoryReviewModel.Row, String> text(String name,
            java.util.function.Function<HistoryReviewModel.Row, String> value) {
        TableColumn<HistoryReviewModel.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setEditable(false);
        // never narrower than its name; a cut value is whole in the cell's tooltip
        c.setMinWidth(headerWidth(name));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

            {
                tip.setWrapText(true);
                tip.setMaxWidth(520);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                tip.setText(empty || item == null ? "" : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : tip);
            }
        });
        return c;
    }
}
