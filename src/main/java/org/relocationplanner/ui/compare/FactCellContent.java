package org.relocationplanner.ui.compare;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.relocationplanner.ui.common.I18n;

/** How one value looks in a table: its text, small badges (your value, note, stale) and its source on hover. */
final class FactCellContent {

    private FactCellContent() {
    }

    /** The badges alone, for a cell that shows the value as its own (wrapping) text. */
    static HBox badges(I18n i18n, boolean stale, boolean overridden, boolean hasNote) {
        HBox box = new HBox(4);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (overridden) {
            box.getChildren().add(badge(i18n.tr("badge.yours"), "badge-yours"));
        }
        if (hasNote) {
            box.getChildren().add(badge(i18n.tr("badge.note"), "badge-note"));
        }
        if (stale) {
            box.getChildren().add(badge(i18n.tr("badge.stale"), "badge-stale"));
        }
        return box;
    }

    /**
     * Installs the tooltip when the pointer first enters the node: hundreds of cells each with a ready tooltip
     * cost about half a second when the screen first appears.
     */
    static void installOnHover(javafx.scene.Node node, java.util.function.Supplier<String> details) {
        node.getProperties().put(SUPPLIER, details);
        if (node.getProperties().containsKey(HANDLER)) {
            return;
        }
        node.getProperties().put(HANDLER, Boolean.TRUE);
        node.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
            @SuppressWarnings("unchecked")
            java.util.function.Supplier<String> current =
                    (java.util.function.Supplier<String>) node.getProperties().get(SUPPLIER);
            if (current == null) {
                return; // an empty cell: nothing to say
            }
            // a reused table cell gets a new supplier each time: the newest one writes the tooltip
            Object old = node.getProperties().get(INSTALLED);
            if (old instanceof Tooltip t) {
                Tooltip.uninstall(node, t);
            }
            Tooltip tip = tooltip(current.get());
            node.getProperties().put(INSTALLED, tip);
            Tooltip.install(node, tip);
        });
    }

    /** For a reused cell that became empty: no tooltip, and none built on the next hover. */
    static void clearHover(javafx.scene.Node node) {
        node.getProperties().remove(SUPPLIER);
        Object old = node.getProperties().remove(INSTALLED);
        if (old instanceof Tooltip t) {
            Tooltip.uninstall(node, t);
        }
    }

    private static final String INSTALLED = "planner.tooltip";
    private static final String SUPPLIER = "planner.tooltipText";
    private static final String HANDLER = "planner.tooltipHandler";

    static Tooltip tooltip(String details) {
        Tooltip tip = new Tooltip(details);
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        tip.setShowDelay(Duration.millis(250));
        tip.setShowDuration(Duration.minutes(2));
        return tip;
    }

    private static Label badge(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", styleClass);
        return l;
    }
}
