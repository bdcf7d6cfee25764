package org.relocationplanner.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * Tables whose text is never cut (issue 16): each column as wide as its header and its widest value, and a
 * horizontal scroll bar, rather than an ellipsis, when the table is narrower than its columns. The whole value of a
 * cell is its tooltip as well.
 */
public final class Tables {

    /** Room around a cell's text: its padding and the column's resize border. */
    private static final double PADDING = 26;

    private Tables() {
    }

    /** Sizes {@code table}'s columns to their content now and whenever its rows change. */
    public static <T> void fitToContent(TableView<T> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Widths widths = new Widths();
        Runnable fit = () -> {
            for (TableColumn<T, ?> c : table.getColumns()) {
                fit(table, c, 0, Object::toString, widths);
            }
        };
        onRows(table, fit);
        table.skinProperty().addListener((o, a, b) -> fit.run());
    }

    /**
     * Cells that wrap their text to the column's width, the row growing to fit (a wrapping Label in a table cell
     * does not make its row taller; a Text with a wrapping width does), and a column never narrower than its
     * header's name.
     */
    public static <T> void wrapText(TableColumn<T, String> column) {
        column.setMinWidth(new Widths().of(column.getText()) + PADDING);
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("wrap-text");
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(18));
                getStyleClass().add("wrap-cell");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    text.setText(item);
                    setGraphic(text);
                }
            }
        });
    }

    /** Keeps one column as wide as its header and its widest value, as the rows change. */
    public static <T> void fitColumn(TableView<T> table, TableColumn<T, ?> column, double extra) {
        fitColumn(table, column, extra, Object::toString);
    }

    /** The same for a column whose cells write their value as {@code text} gives it. */
    public static <T> void fitColumn(TableView<T> table, TableColumn<T, ?> column, double extra,
                                     java.util.function.Function<Object, String> text) {
        Widths widths = new Widths();
        onRows(table, () -> fit(table, column, extra, text, widths));
    }

    /**
     * The measured width of each text seen, so that a re-ranked list (every weight change re-ranks 250
     * destinations) measures only texts it has not seen before.
     */
    private static final class Widths extends java.util.HashMap<String, Double> {
        private final Text probe = new Text();

        Widths() {
            javafx.scene.text.Font plain = javafx.scene.text.Font.getDefault();
            probe.setFont(javafx.scene.text.Font.font(plain.getFamily(), Math.max(14, plain.getSize())));
        }

        double of(String s) {
            if (size() > 10_000) {
                clear();
            }
            return computeIfAbsent(s == null ? "" : s, t -> widthOf(probe, t));
        }
    }

    /** Runs {@code action} now and whenever the table's rows change, also when it is given another list. */
    private static <T> void onRows(TableView<T> table, Runnable action) {
        javafx.collections.ListChangeListener<T> rows = ch -> {
            boolean content = false;
            while (ch.next()) {
                content |= !ch.wasPermutated(); // a sort moves rows; the widths stay what they were
            }
            if (content) {
                action.run();
            }
        };
        if (table.getItems() != null) {
            table.getItems().addListener(rows);
        }
        table.itemsProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.removeListener(rows);
            }
            if (b != null) {
                b.addListener(rows);
            }
            action.run();
        });
        action.run();
    }

    private static <T> void fit(TableView<T> table, TableColumn<T, ?> column, double extra,
                                java.util.function.Function<Object, String> text, Widths widths) {
        Text probe = new Text();
        javafx.scene.text.Font plain = javafx.scene.text.Font.getDefault();
        probe.setFont(javafx.scene.text.Font.font(plain.getFamily(), javafx.scene.text.FontWeight.BOLD,
                Math.max(14, plain.getSize())));
        double width = widthOf(probe, column.getText()) + PADDING + extra;
        int rows = table.getItems() == null ? 0 : table.getItems().size();
        for (int i = 0; i < rows; i = i == 299 && rows > 600 ? rows - 300 : i + 1) { // the first and last 300
            Object value = column.getCellData(i);
            if (value != null) {
                width = Math.max(width, widths.of(text.apply(value)) + PADDING + extra);
            }
        }
        column.setPrefWidth(Math.ceil(width));
        column.setMinWidth(Math.ceil(width));
    }

    private static double widthOf(Text probe, String s) {
        probe.setText(s == null ? "" : s);
        // a bold header or a heavier theme font is up to a tenth wider than the plain default measured here
        return probe.getLayoutBounds().getWidth() * 1.12;
    }
}
