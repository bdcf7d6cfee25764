package org.relocationplanner.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * What a user cannot read: every label, button, tab, table header and visible cell in the open windows whose text
 * is cut with an ellipsis because it does not fit, and every label or button that reaches past its window's edge
 * where nothing scrolls to it.
 */
final class LayoutCheck {

    private LayoutCheck() {
    }

    /** "where: shown text (whole text)" for each cut text in sight. */
    static List<String> cutTexts() {
        List<String> cut = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null) {
                scan(w.getScene().getRoot(), cut);
            }
        }
        return cut;
    }

    private static void scan(Node n, List<String> cut) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && !scrolls(l)) {
            javafx.geometry.Bounds b = l.localToScene(l.getLayoutBounds());
            javafx.scene.Scene scene = l.getScene();
            if (b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1) {
                cut.add(where(l) + ": \"" + l.getText() + "\" reaches past the window's edge (" + Math.round(
                        b.getMaxX()) + "x" + Math.round(b.getMaxY()) + " in " + Math.round(scene.getWidth()) + "x"
                        + Math.round(scene.getHeight()) + ")");
            }
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            String ellipsis = l.getEllipsisString();
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && t.isVisible() && t.getText() != null && !ellipsis.isEmpty()
                        && t.getText().endsWith(ellipsis) && !l.getText().strip().endsWith(ellipsis)) {
                    cut.add(where(l) + ": \"" + t.getText() + "\" (\"" + l.getText() + "\")");
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                scan(child, cut);
            }
        }
    }

    /** Whether the node is inside something that scrolls or clips it on purpose (a scroll pane, a list, a table). */
    private static boolean scrolls(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane || p instanceof javafx.scene.control.skin.VirtualFlow
                    || p.getClip() != null) {
                return true;
            }
        }
        return false;
    }

    private static String where(Node n) {
        StringBuilder b = new StringBuilder();
        for (Node p = n; p != null && b.length() < 120; p = p.getParent()) {
            if (p.getId() != null) {
                b.append(b.length() == 0 ? "" : " in ").append('#').append(p.getId());
                break;
            }
        }
        return n.getClass().getSimpleName() + (b.length() == 0 ? "" : " " + b);
    }
}
