package org.relocationplanner.ui.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.relocationplanner.domain.CountryShape;
import org.relocationplanner.ui.common.Theme;

/**
 * The ranking as a world map: each compared destination filled by its score (five steps of a scale that reads in
 * both looks and for colour-blind eyes), the rest of the world as plain land. Hover a country for its score and
 * its top reasons; click it to select it in the ranking. Drawn on one canvas in an equirectangular projection
 * (Antarctica left out); a redraw after a weight change fills some 180 shapes.
 */
public final class WorldMapView extends Region {

    /** Viridis in five steps, lowest score first. */
    private static final Color[] SCALE = {Color.web("#440154"), Color.web("#3b528b"), Color.web("#21918c"),
        Color.web("#5ec962"), Color.web("#fde725")};
    private static final double NORTH = 84;
    private static final double SOUTH = -57;
    private static final double LEGEND = 26;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final Tooltip tooltip = new Tooltip();
    private List<CountryShape> shapes = List.of();
    private Map<String, Double> scores = Map.of();
    private Function<String, String> describe = code -> code;
    private Consumer<String> onPick = code -> { };
    private String legendLow = "0";
    private String legendHigh = "100";
    private String hovered;
    private long lastDrawNanos;
    private Color land;
    private Color border;
    private Color background;
    private Color text;
    private Color accent;

    public WorldMapView() {
        setId("worldMap");
        getStyleClass().add("world-map");
        getChildren().add(canvas);
        setMinSize(200, 120);
        setPrefSize(640, 320);
        colours(Theme.darkInUse().get());
        Theme.darkInUse().addListener(new javafx.beans.value.WeakChangeListener<>(themeListener));
        selected.addListener((o, a, b) -> draw());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        tooltip.setShowDelay(Duration.millis(150));
        Tooltip.install(canvas, tooltip);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(codeAt(e.getX(), e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            String code = codeAt(e.getX(), e.getY());
            if (e.getButton() == MouseButton.PRIMARY && code != null && scores.containsKey(code)) {
                selected.set(code);
                onPick.accept(code);
            }
        });
    }

    private final javafx.beans.value.ChangeListener<Boolean> themeListener = (o, a, dark) -> {
        colours(dark);
        draw();
    };

    private void colours(boolean dark) {
        land = dark ? Color.web("#30363d") : Color.web("#d0d7de");
        // in the dark, a light outline keeps the darkest step of the scale apart from the sea
        border = dark ? Color.web("#8b949e") : Color.WHITE;
        background = dark ? Color.web("#0d1117") : Color.WHITE;
        text = dark ? Color.web("#c9d1d9") : Color.web("#24292f");
        accent = dark ? Color.web("#f78166") : Color.web("#cf222e");
    }

    public void setShapes(List<CountryShape> shapes) {
        this.shapes = List.copyOf(shapes);
        draw();
    }

    /** The score (0 to 100) of each compared destination; a country without one is drawn as plain land. */
    public void setScores(Map<String, Double> scores) {
        this.scores = new HashMap<>(scores);
        draw();
    }

    /** What hovering a country says: its name, score and reasons. */
    public void setDescribe(Function<String, String> describe) {
        this.describe = describe;
    }

    /** Called with a destination's code when it is clicked. */
    public void setOnPick(Consumer<String> onPick) {
        this.onPick = onPick;
    }

    public void setLegend(String low, String high) {
        this.legendLow = low;
        this.legendHigh = high;
        draw();
    }

    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    /** How long the last full redraw took, for the benchmark. */
    public long lastDrawNanos() {
        return lastDrawNanos;
    }

    /** The colour a score is filled with. */
    static Color colour(double score) {
        int step = (int) Math.min(SCALE.length - 1, Math.max(0, Math.floor(score / (100.0 / SCALE.length))));
        return SCALE[step];
    }

    /**
     * Where the world is drawn on the canvas, keeping the projection's proportions (a degree as wide as high):
     * left, top, width, height.
     */
    private double[] box() {
        double cw = canvas.getWidth();
        double ch = canvas.getHeight() - LEGEND;
        double ratio = 360 / (NORTH - SOUTH);
        double w = Math.min(cw, ch * ratio);
        double h = w / ratio;
        return new double[] {(cw - w) / 2, (ch - h) / 2, w, h};
    }

    /** The point of the canvas a longitude and latitude are drawn at. */
    public javafx.geometry.Point2D pointFor(double lon, double lat) {
        double[] b = box();
        return new javafx.geometry.Point2D(b[0] + (lon + 180) / 360 * b[2], b[1] + (NORTH - lat) / (NORTH - SOUTH) * b[3]);
    }

    /** The code of the country at a point of the canvas, or null (sea, or a territory without a code). */
    public String codeAt(double x, double y) {
        double[] b = box();
        if (b[2] <= 0 || b[3] <= 0 || x < b[0] || x > b[0] + b[2] || y < b[1] || y > b[1] + b[3]) {
            return null;
        }
        double lon = (x - b[0]) / b[2] * 360 - 180;
        double lat = NORTH - (y - b[1]) / b[3] * (NORTH - SOUTH);
        for (CountryShape s : shapes) {
            if (s.code() != null && s.contains(lon, lat)) {
                return s.code();
            }
        }
        return null;
    }

    private void hover(String code) {
        if (java.util.Objects.equals(code, hovered)) {
            return;
        }
        hovered = code;
        tooltip.setText(code == null ? null : describe.apply(code));
        if (code == null) {
            tooltip.hide();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    /** Draws the whole map. */
    public void draw() {
        long start = System.nanoTime();
        double[] b = box();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(background);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (b[2] <= 0 || b[3] <= 0) {
            return;
        }
        g.setFillRule(FillRule.EVEN_ODD);
        g.setLineWidth(0.6);
        g.setStroke(border);
        CountryShape chosen = null;
        for (CountryShape s : shapes) {
            if ("AQ".equals(s.code())) {
                continue;
            }
            Double score = s.code() == null ? null : scores.get(s.code());
            g.setFill(score == null ? land : colour(score));
            path(g, s, b);
            g.fill();
            g.stroke();
            if (s.code() != null && s.code().equals(selected.get())) {
                chosen = s;
            }
        }
        if (chosen != null) {
            g.setStroke(accent);
            g.setLineWidth(2);
            path(g, chosen, b);
            g.stroke();
        }
        legend(g, canvas.getHeight() - LEGEND);
        lastDrawNanos = System.nanoTime() - start;
    }

    private static void path(GraphicsContext g, CountryShape s, double[] b) {
        g.beginPath();
        for (double[] ring : s.rings()) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                double x = b[0] + (ring[i] + 180) / 360 * b[2];
                double y = b[1] + (NORTH - ring[i + 1]) / (NORTH - SOUTH) * b[3];
                if (i == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
            g.closePath();
        }
    }

    private void legend(GraphicsContext g, double h) {
        double box = 18;
        double x = 8;
        double y = h + 4;
        Font font = Font.font(11);
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(text);
        g.fillText(legendLow, x, y + box / 2);
        javafx.scene.text.Text measure = new javafx.scene.text.Text(legendLow);
        measure.setFont(font);
        x += 6 + Math.ceil(measure.getLayoutBounds().getWidth());
        for (Color c : SCALE) {
            g.setFill(c);
            g.fillRect(x, y + 4, box, box - 8);
            x += box;
        }
        g.setFill(text);
        g.fillText(legendHigh, x + 6, y + box / 2);
    }

    /** The map as it is drawn, for saving as a picture. */
    public javafx.scene.image.WritableImage picture() {
        return canvas.snapshot(null, null);
    }
}
