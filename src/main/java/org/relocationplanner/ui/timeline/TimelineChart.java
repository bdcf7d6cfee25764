package org.relocationplanner.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.relocationplanner.domain.Deadline;
import org.relocationplanner.domain.Document;
import org.relocationplanner.domain.Documents;
import org.relocationplanner.domain.Passport;
import org.relocationplanner.domain.ResidencePermit;
import org.relocationplanner.domain.StayEvaluation;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.domain.TripCheck;
import org.relocationplanner.domain.Visa;
import org.relocationplanner.ui.common.I18n;

/**
 * The timeline, drawn in code on one canvas: a lane for documents and one per country or area, stays as bars
 * (planned ones dashed), visas and permits as bands, passport expiry and deadlines as markers, and a "today" line.
 * Only what is in view is drawn, so decades of trips cost no more than a screenful.
 *
 * <p>Mouse: click a bar or band to edit it, drag across a lane to add a trip there, wheel or the scroll bar to move
 * in time. Keyboard: Left and Right move in time, Up and Down select the previous or next trip, Enter edits it,
 * Delete removes it (Ctrl+Z brings it back), + and - zoom, T jumps to today.
 */
public final class TimelineChart extends Region {

    /** How much time the chart shows at once. */
    public enum Zoom {
        MONTH(31), QUARTER(92), YEAR(366), FIVE_YEARS(1827);

        final int days;

        Zoom(int days) {
            this.days = days;
        }
    }

    static final double HEADER = 30;
    static final double LANE = 34;
    static final double LABELS = 150;
    static final String DOCUMENTS = "#documents";

    private static final Color LEGAL = Color.web("#3b6ea5");
    private static final Color ENDING_SOON = Color.web("#c7811b");
    private static final Color OVERSTAY = Color.web("#c0392b");
    private static final Color VISA = Color.web("#7e57c2");
    private static final Color PERMIT = Color.web("#2e7d32");
    // the chart draws its own colours: these follow the light or dark theme (Primer's own greys)
    private Color background = Color.WHITE;
    private Color labelsBackground = Color.web("#f6f8fa");
    private Color grid = Color.web("#e4e7eb");
    private Color text = Color.web("#24292f");
    private Color muted = Color.web("#57606a");

    private void colours(boolean dark) {
        background = dark ? Color.web("#0d1117") : Color.WHITE;
        labelsBackground = dark ? Color.web("#161b22") : Color.web("#f6f8fa");
        grid = dark ? Color.web("#30363d") : Color.web("#e4e7eb");
        text = dark ? Color.web("#c9d1d9") : Color.web("#24292f");
        muted = dark ? Color.web("#8b949e") : Color.web("#57606a");
    }

    private final TimelineViewModel vm;
    private final I18n i18n;
    private final Canvas canvas = new Canvas();
    private final ScrollBar scroll = new ScrollBar();
    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(Zoom.YEAR);
    private final Tooltip tooltip = new Tooltip();
    private final Map<String, Integer> lanes = new LinkedHashMap<>();
    private final List<Hit> hits = new ArrayList<>();
    private final Supplier<String> defaultCountry;
    private double startDay;
    private int selected = -1;
    private Document selectedDocument;
    private double dragFrom = Double.NaN;
    private double dragTo = Double.NaN;
    private String dragLane;
    private boolean adjusting;
    private long lastDrawNanos;

    /** Something drawn that the mouse can act on: a trip by index, or a document. */
    private record Hit(double x1, double y1, double x2, double y2, int trip, Document document) {
        boolean contains(double x, double y) {
            return x >= x1 && x <= x2 && y >= y1 && y <= y2;
        }
    }

    private final javafx.beans.value.ChangeListener<Boolean> themeListener = (o, a, dark) -> {
        colours(dark);
        draw();
    };

    public TimelineChart(TimelineViewModel vm, Supplier<String> defaultCountry) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.defaultCountry = defaultCountry;
        setId("timelineChart");
        getStyleClass().add("timeline-chart");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleHelp(i18n.tr("timeline.chart.help"));
        scroll.setId("timelineScroll");
        getChildren().addAll(canvas, scroll);
        canvas.setManaged(false);
        setMinSize(400, 160);
        colours(org.relocationplanner.ui.common.Theme.darkInUse().get());
        org.relocationplanner.ui.common.Theme.darkInUse().addListener(new javafx.beans.value.WeakChangeListener<>(
                themeListener));
        goToToday();
        vm.evaluationProperty().addListener((o, a, b) -> requestLayout());
        vm.trips().addListener((javafx.collections.ListChangeListener<Trip>) c -> selected = -1);
        vm.documentsProperty().addListener((o, a, b) -> selectedDocument = null);
        vm.preview().addListener((javafx.collections.ListChangeListener<Trip>) c -> requestLayout());
        zoom.addListener((o, a, b) -> {
            double center = startDay + a.days / 2.0;
            startDay = center - b.days / 2.0;
            requestLayout();
        });
        scroll.valueProperty().addListener((o, a, b) -> {
            if (!adjusting) {
                startDay = b.doubleValue();
                draw();
            }
        });
        setOnScroll(this::onScroll);
        setOnMousePressed(this::onPressed);
        setOnMouseDragged(this::onDragged);
        setOnMouseReleased(this::onReleased);
        setOnMouseMoved(this::onMoved);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        Tooltip.install(this, tooltip);
    }

    public ObjectProperty<Zoom> zoomProperty() {
        return zoom;
    }

    /** Moves the view so that today is a fifth from the left edge. */
    public void goToToday() {
        startDay = vm.today().toEpochDay() - zoom.get().days / 5.0;
        requestLayout();
    }

    /** Brings {@code day} into view, a fifth from the left edge. */
    public void reveal(LocalDate day) {
        startDay = day.toEpochDay() - zoom.get().days / 5.0;
        draw();
    }

    /** The local point at the middle of {@code area}'s lane on {@code day} (for tests and accessibility). */
    public Point2D pointFor(String area, LocalDate day) {
        Integer lane = lanes.get(area);
        if (lane == null) {
            throw new IllegalArgumentException("No lane for " + area);
        }
        return new Point2D(xOf(day.toEpochDay() + 0.5), HEADER + lane * LANE + LANE / 2);
    }

    /** The lanes from top to bottom, by area code (the documents lane first). */
    public List<String> lanes() {
        return List.copyOf(lanes.keySet());
    }

    /** How long the last layout and drawing took, in nanoseconds. */
    public long lastDrawNanos() {
        return lastDrawNanos;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double sh = scroll.prefHeight(-1);
        scroll.resizeRelocate(LABELS, h - sh, Math.max(0, w - LABELS), sh);
        canvas.setWidth(Math.max(0, w));
        canvas.setHeight(Math.max(0, h - sh));
        draw();
    }

    @Override
    protected double computePrefHeight(double width) {
        computeLanes();
        return HEADER + Math.max(3, lanes.size()) * LANE + scroll.prefHeight(-1) + 8;
    }

    private double pxPerDay() {
        return Math.max(1e-6, (canvas.getWidth() - LABELS) / zoom.get().days);
    }

    private double xOf(double epochDay) {
        return LABELS + (epochDay - startDay) * pxPerDay();
    }

    private double dayAt(double x) {
        return startDay + (x - LABELS) / pxPerDay();
    }

    private void computeLanes() {
        lanes.clear();
        lanes.put(DOCUMENTS, 0);
        List<Trip> trips = vm.trips();
        // the most recent area first: where the user is now is at the top
        Map<String, Long> last = new HashMap<>();
        for (Trip t : trips) {
            String area = vm.areaOf(t.country(), t.entry());
            last.merge(area, t.entry().toEpochDay(), Math::max);
        }
        for (Trip t : vm.preview()) {
            last.merge(vm.areaOf(t.country(), t.entry()), t.entry().toEpochDay(), Math::max);
        }
        if (last.isEmpty()) {
            last.put(vm.areaOf(defaultCountry.get(), vm.today()), 0L);
        }
        last.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> lanes.put(e.getKey(), lanes.size()));
    }

    private static final Font LABEL_FONT = Font.font(11);

    /**
     * {@code text} cut to about {@code width} pixels with an ellipsis. Measured by an average glyph width rather
     * than laid out, and never clipped: both would cost more than drawing the whole chart.
     */
    static String fit(String text, double width, double fontSize) {
        int max = (int) (width / (fontSize * 0.6));
        if (text.length() <= max) {
            return text;
        }
        return max <= 1 ? "" : text.substring(0, max - 1) + "…";
    }

    /** Lays out and draws everything in view. */
    public void draw() {
        long t0 = System.nanoTime();
        computeLanes();
        hits.clear();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(background);
        g.fillRect(0, 0, w, h);
        if (w <= LABELS) {
            return;
        }
        double first = startDay;
        double last = startDay + zoom.get().days;
        drawGrid(g, first, last, h);
        StayEvaluation e = vm.evaluationProperty().get();
        List<Trip> trips = vm.trips();
        List<TripCheck> checks = e.tripChecks();
        g.setFont(LABEL_FONT);
        for (int i = 0; i < trips.size(); i++) {
            Trip t = trips.get(i);
            long entry = t.entry().toEpochDay();
            TripCheck check = checks.get(i);
            long end = endOf(t, check);
            if (end + 1 < first || entry > last) {
                continue;
            }
            drawTrip(g, i, t, check, entry, end);
        }
        drawPreview(g, first, last);
        drawDocuments(g, vm.documentsProperty().get(), first, last);
        drawDeadlines(g, first, last);
        drawComeBack(g, e, first, last);
        drawDrag(g);
        double today = xOf(vm.today().toEpochDay() + 0.5);
        if (today >= LABELS && today <= w) {
            g.setStroke(OVERSTAY);
            g.setLineWidth(1.5);
            g.setLineDashes();
            g.strokeLine(today, HEADER - 6, today, h);
            g.setFill(OVERSTAY);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFont(Font.font(null, FontWeight.BOLD, 11));
            g.fillText(i18n.tr("timeline.today"), today + 4, h - 6);
        }
        drawLabels(g, h);
        updateScroll();
        lastDrawNanos = System.nanoTime() - t0;
    }

    /** The last day a trip's bar reaches: its exit; for a stay going on, today; for an open plan, its entry. */
    private long endOf(Trip t, TripCheck check) {
        if (t.exit() != null) {
            return t.exit().toEpochDay();
        }
        long today = vm.today().toEpochDay();
        return Math.max(t.entry().toEpochDay(), t.entry().toEpochDay() > today ? t.entry().toEpochDay() : today);
    }

    private void drawGrid(GraphicsContext g, double first, double last, double h) {
        g.setStroke(grid);
        g.setLineWidth(1);
        g.setLineDashes();
        for (int lane = 0; lane <= lanes.size(); lane++) {
            double y = HEADER + lane * LANE;
            g.strokeLine(0, y, canvas.getWidth(), y);
        }
        LocalDate d = LocalDate.ofEpochDay((long) Math.floor(first)).withDayOfMonth(1);
        boolean years = zoom.get() == Zoom.FIVE_YEARS;
        DateTimeFormatter month = DateTimeFormatter.ofPattern(zoom.get() == Zoom.MONTH ? "LLLL yyyy" : "LLL",
                i18n.locale());
        DateTimeFormatter monthYear = DateTimeFormatter.ofPattern("LLL yyyy", i18n.locale());
        boolean firstLabel = true;
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        while (d.toEpochDay() <= last) {
            double x = xOf(d.toEpochDay());
            if (!years || d.getMonthValue() == 1) {
                if (x >= LABELS) {
                    g.setStroke(grid);
                    g.strokeLine(x, HEADER - 4, x, h);
                    g.setFill(muted);
                    String label = years ? String.valueOf(d.getYear())
                            : zoom.get() != Zoom.MONTH && (firstLabel || d.getMonthValue() == 1) ? monthYear.format(d)
                            : month.format(d);
                    g.fillText(label, x + 3, HEADER - 16);
                    firstLabel = false;
                }
            }
            d = d.plusMonths(1);
        }
        if (zoom.get() == Zoom.MONTH) {
            g.setFill(muted);
            for (long day = (long) Math.floor(first); day <= last; day++) {
                double x = xOf(day);
                if (x >= LABELS) {
                    g.fillText(String.valueOf(LocalDate.ofEpochDay(day).getDayOfMonth()), x + 2, HEADER - 3);
                }
            }
        }
    }

    private static Color colour(TripCheck.State state) {
        return switch (state) {
            case LEGAL -> LEGAL;
            case ENDING_SOON -> ENDING_SOON;
            case OVERSTAY -> OVERSTAY;
        };
    }

    /** Days {@code from} to {@code to} (epoch days, inclusive) of a stay, drawn in the colour of {@code state}. */
    record Part(long from, long to, TripCheck.State state) {
    }

    /**
     * A stay's days by colour: an overstay's legal days in the legal colour and only the days from its first day
     * over the limit in red (issue 16: the whole bar was red).
     */
    static List<Part> parts(TripCheck check, long entry, long end) {
        if (check.state() == TripCheck.State.OVERSTAY && check.firstIllegalDay() != null) {
            long illegal = Math.max(entry, check.firstIllegalDay().toEpochDay());
            if (illegal > entry && illegal <= end) {
                return List.of(new Part(entry, illegal - 1, TripCheck.State.LEGAL),
                        new Part(illegal, end, TripCheck.State.OVERSTAY));
            }
        }
        return List.of(new Part(entry, end, check.state()));
    }

    private static final Color PROPOSED = Color.web("#7c4da8");

    /**
     * The trips proposed from the user's records while they are reviewed (issue 18): not saved, so drawn apart from
     * every saved trip, as a thin bar in the lower part of the lane, striped, in a colour no state uses.
     */
    private void drawPreview(GraphicsContext g, double first, double last) {
        for (Trip t : vm.preview()) {
            long entry = t.entry().toEpochDay();
            long end = t.exit() == null ? entry : t.exit().toEpochDay();
            Integer lane = lanes.get(vm.areaOf(t.country(), t.entry()));
            if (lane == null || end + 1 < first || entry > last) {
                continue;
            }
            double x1 = Math.max(LABELS - 2, xOf(entry));
            double x2 = Math.min(canvas.getWidth() + 2, xOf(end + 1));
            double y = HEADER + lane * LANE + LANE - 12;
            g.setFill(PROPOSED.deriveColor(0, 1, 1, 0.25));
            g.fillRect(x1, y, Math.max(2, x2 - x1), 8);
            g.setFill(PROPOSED);
            for (double sx = x1; sx < x2; sx += 5) {
                g.fillRect(sx, y, 2, 8);
            }
            g.setStroke(PROPOSED);
            g.setLineWidth(1.2);
            g.setLineDashes();
            g.strokeRect(x1, y, Math.max(2, x2 - x1), 8);
        }
    }

    private void drawTrip(GraphicsContext g, int index, Trip t, TripCheck check, long entry, long end) {
        Integer lane = lanes.get(check.area());
        if (lane == null) {
            return;
        }
        double x1 = Math.max(LABELS - 2, xOf(entry));
        double x2 = Math.min(canvas.getWidth() + 2, xOf(end + 1));
        double y = HEADER + lane * LANE + 7;
        double hgt = LANE - 14;
        Color c = colour(check.state());
        boolean planned = t.planned() || t.entry().isAfter(vm.today());
        for (Part p : parts(check, entry, end)) {
            double px1 = Math.max(LABELS - 2, xOf(p.from()));
            double px2 = Math.min(canvas.getWidth() + 2, xOf(p.to() + 1));
            Color pc = colour(p.state());
            if (planned) {
                g.setFill(pc.deriveColor(0, 1, 1, 0.18));
                g.fillRoundRect(px1, y, Math.max(2, px2 - px1), hgt, 6, 6);
                g.setStroke(pc);
                g.setLineWidth(1.6);
                g.setLineDashes(5, 4);
                g.strokeRoundRect(px1, y, Math.max(2, px2 - px1), hgt, 6, 6);
                g.setLineDashes();
            } else {
                g.setFill(pc);
                g.fillRoundRect(px1, y, Math.max(2, px2 - px1), hgt, 6, 6);
            }
        }
        if (check.state() == TripCheck.State.OVERSTAY && check.firstIllegalDay() != null) {
            double xi = xOf(check.firstIllegalDay().toEpochDay());
            if (xi > x1 && xi < x2) {
                g.setFill(Color.web("#ffffff", 0.35));
                for (double sx = xi; sx < x2; sx += 6) {
                    g.fillRect(sx, y, 2, hgt);
                }
            }
        }
        if (t.isOpen() && !t.entry().isAfter(vm.today()) && check.latestLegalExit() != null) {
            double xl = xOf(check.latestLegalExit().toEpochDay() + 1);
            g.setStroke(c);
            g.setLineWidth(1.2);
            g.setLineDashes(2, 3);
            g.strokeLine(x2, y + hgt / 2, xl, y + hgt / 2);
            g.setLineDashes();
            g.strokeLine(xl, y + 2, xl, y + hgt - 2);
        }
        if (index == selected) {
            g.setStroke(text);
            g.setLineWidth(2);
            g.strokeRoundRect(x1 - 2, y - 2, Math.max(2, x2 - x1) + 4, hgt + 4, 8, 8);
        }
        if (x2 - x1 > 28) {
            boolean filled = !(t.planned() || t.entry().isAfter(vm.today()));
            g.setFill(filled ? Color.WHITE : text);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            String label = t.note().isBlank() ? t.country() : t.country() + " · " + t.note().lines().findFirst()
                    .orElse("");
            g.fillText(fit(label, x2 - x1 - 8, 11), x1 + 5, y + hgt / 2);
            g.setTextBaseline(VPos.BASELINE);
        }
        hits.add(new Hit(x1, y, x2, y + hgt, index, null));
    }

    private void drawDocuments(GraphicsContext g, Documents docs, double first, double last) {
        double top = HEADER + 3;
        double half = (LANE - 6) / 2;
        g.setFont(Font.font(10));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (Visa v : docs.visas()) {
            band(g, v, v.validFrom(), v.validTo(), top, half, VISA,
                    i18n.tr("timeline.visa.short", vm.areaName(v.area())), first, last);
        }
        for (ResidencePermit p : docs.permits()) {
            band(g, p, p.validFrom(), p.validTo(), top + half, half, PERMIT,
                    i18n.tr("timeline.permit.short", vm.areaName(p.country())), first, last);
        }
        for (Passport p : docs.passports()) {
            long day = p.expiry().toEpochDay();
            if (day < first || day > last) {
                continue;
            }
            double x = xOf(day + 1);
            g.setStroke(text);
            g.setLineWidth(2);
            g.strokeLine(x, top, x, top + LANE - 6);
            g.setFill(text);
            g.fillText(i18n.tr("timeline.passport.short"), x + 3, top + half / 2);
            if (p.equals(selectedDocument)) {
                g.strokeRect(x - 4, top, 8, LANE - 6);
            }
            hits.add(new Hit(x - 4, top, x + 4, top + LANE - 6, -1, p));
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    private void band(GraphicsContext g, Document d, LocalDate from, LocalDate to, double y, double hgt, Color c,
                      String label, double first, double last) {
        if (to.toEpochDay() + 1 < first || from.toEpochDay() > last) {
            return;
        }
        double x1 = Math.max(LABELS - 2, xOf(from.toEpochDay()));
        double x2 = Math.min(canvas.getWidth() + 2, xOf(to.toEpochDay() + 1));
        g.setFill(c.deriveColor(0, 1, 1, 0.25));
        g.fillRect(x1, y + 1, x2 - x1, hgt - 2);
        g.setFill(c);
        g.fillRect(x1, y + 1, 3, hgt - 2);
        if (x2 - x1 > 30) {
            g.fillText(fit(label, x2 - x1 - 8, 10), x1 + 6, y + hgt / 2);
        }
        if (d.equals(selectedDocument)) {
            g.setStroke(text);
            g.setLineWidth(2);
            g.strokeRect(x1, y, x2 - x1, hgt);
        }
        hits.add(new Hit(x1, y, x2, y + hgt, -1, d));
    }

    private void drawDeadlines(GraphicsContext g, double first, double last) {
        LocalDate today = vm.today();
        for (Deadline d : vm.deadlines()) {
            long day = d.date().toEpochDay();
            if (day < first || day > last) {
                continue;
            }
            Integer lane = switch (d.kind()) {
                case PASSPORT_EXPIRES, PASSPORT_BEFORE_TRIP_END, VISA_ENDS, PERMIT_ENDS, TAX_STATUS_CHANGES ->
                        lanes.get(DOCUMENTS);
                default -> lanes.get(d.area());
            };
            if (lane == null) {
                continue;
            }
            double x = xOf(day + 0.5);
            double y = HEADER + lane * LANE + LANE - 5;
            Color c = switch (vm.urgency(d)) {
                case OVERDUE, WITHIN_7 -> OVERSTAY;
                case WITHIN_14, WITHIN_30 -> ENDING_SOON;
                case LATER -> text;
            };
            g.setFill(c);
            g.fillPolygon(new double[] {x - 5, x, x + 5, x}, new double[] {y, y - 5, y, y + 5}, 4);
        }
    }

    /** A green triangle where a new entry becomes legal again after the limit was reached. */
    private void drawComeBack(GraphicsContext g, StayEvaluation e, double first, double last) {
        for (org.relocationplanner.domain.AreaStatus a : e.statuses()) {
            LocalDate again = a.legalAgainFrom();
            Integer lane = lanes.get(a.area());
            if (again == null || lane == null || again.toEpochDay() < first || again.toEpochDay() > last) {
                continue;
            }
            double x = xOf(again.toEpochDay());
            double y = HEADER + lane * LANE + LANE - 4;
            g.setFill(PERMIT);
            g.fillPolygon(new double[] {x, x + 9, x}, new double[] {y - 9, y - 4.5, y}, 3);
        }
    }

    private void drawDrag(GraphicsContext g) {
        if (Double.isNaN(dragFrom) || dragLane == null) {
            return;
        }
        Integer lane = lanes.get(dragLane);
        if (lane == null) {
            return;
        }
        double a = Math.floor(Math.min(dragFrom, dragTo));
        double b = Math.floor(Math.max(dragFrom, dragTo));
        double x1 = xOf(a);
        double x2 = xOf(b + 1);
        double y = HEADER + lane * LANE + 5;
        g.setFill(LEGAL.deriveColor(0, 1, 1, 0.2));
        g.fillRect(x1, y, x2 - x1, LANE - 10);
        g.setStroke(LEGAL);
        g.setLineWidth(1);
        g.setLineDashes(4, 3);
        g.strokeRect(x1, y, x2 - x1, LANE - 10);
        g.setLineDashes();
    }

    private void drawLabels(GraphicsContext g, double h) {
        g.setFill(labelsBackground);
        g.fillRect(0, 0, LABELS - 4, h);
        g.setStroke(grid);
        g.strokeLine(LABELS - 4, 0, LABELS - 4, h);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineCap(StrokeLineCap.BUTT);
        for (Map.Entry<String, Integer> lane : lanes.entrySet()) {
            double y = HEADER + lane.getValue() * LANE + LANE / 2;
            boolean docs = lane.getKey().equals(DOCUMENTS);
            g.setFont(Font.font(null, docs ? FontWeight.NORMAL : FontWeight.BOLD, 12));
            g.setFill(docs ? muted : text);
            String name = docs ? i18n.tr("timeline.lane.documents") : vm.areaName(lane.getKey());
            g.fillText(fit(name, LABELS - 18, 12), 10, y);
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    private void updateScroll() {
        adjusting = true;
        try {
            long min = vm.today().toEpochDay() - 365;
            long max = vm.today().toEpochDay() + 365;
            for (Trip t : vm.trips()) {
                min = Math.min(min, t.entry().toEpochDay() - 30);
                max = Math.max(max, (t.exit() == null ? t.entry() : t.exit()).toEpochDay() + 30);
            }
            double visible = zoom.get().days;
            scroll.setMin(Math.min(min, startDay));
            scroll.setMax(Math.max(max - visible, startDay));
            scroll.setVisibleAmount(visible);
            scroll.setUnitIncrement(Math.max(1, visible / 20));
            scroll.setBlockIncrement(visible * 0.8);
            scroll.setValue(startDay);
        } finally {
            adjusting = false;
        }
    }

    // ---- input --------------------------------------------------------------------------------------------------

    private void onScroll(ScrollEvent e) {
        double delta = Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY()) ? e.getDeltaX() : e.getDeltaY();
        startDay -= delta / pxPerDay();
        draw();
        e.consume();
    }

    private Hit hitAt(double x, double y) {
        for (int i = hits.size() - 1; i >= 0; i--) {
            if (hits.get(i).contains(x, y)) {
                return hits.get(i);
            }
        }
        return null;
    }

    private String laneAt(double y) {
        int lane = (int) Math.floor((y - HEADER) / LANE);
        for (Map.Entry<String, Integer> e : lanes.entrySet()) {
            if (e.getValue() == lane) {
                return e.getKey();
            }
        }
        return null;
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() != MouseButton.PRIMARY || e.getX() < LABELS) {
            return;
        }
        if (hitAt(e.getX(), e.getY()) == null) {
            String lane = laneAt(e.getY());
            if (lane != null && !lane.equals(DOCUMENTS)) {
                dragLane = lane;
                dragFrom = dayAt(e.getX());
                dragTo = dragFrom;
            }
        }
    }

    private void onDragged(MouseEvent e) {
        if (!Double.isNaN(dragFrom)) {
            dragTo = dayAt(e.getX());
            draw();
        }
    }

    private void onReleased(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (!Double.isNaN(dragFrom)) {
            double a = Math.min(dragFrom, dragTo);
            double b = Math.max(dragFrom, dragTo);
            String lane = dragLane;
            dragFrom = Double.NaN;
            dragTo = Double.NaN;
            dragLane = null;
            draw();
            if (e.isStillSincePress() || Math.floor(b) - Math.floor(a) < 0) {
                return;
            }
            LocalDate entry = LocalDate.ofEpochDay((long) Math.floor(a));
            LocalDate exit = LocalDate.ofEpochDay((long) Math.floor(b));
            vm.addTrip(new Trip(countryOfLane(lane), entry, exit, "", entry.isAfter(vm.today())));
            return;
        }
        Hit hit = hitAt(e.getX(), e.getY());
        if (hit == null) {
            return;
        }
        if (hit.trip() >= 0) {
            selected = hit.trip();
            draw();
            vm.editTrip(hit.trip());
        } else if (hit.document() != null) {
            vm.editDocument(hit.document());
        }
    }

    /** The country a trip drawn in a lane is in: the lane's own, or for an area the last member visited. */
    private String countryOfLane(String lane) {
        if (lane.matches("[A-Z]{2}")) {
            return lane;
        }
        List<Trip> trips = vm.trips();
        for (int i = trips.size() - 1; i >= 0; i--) {
            Trip t = trips.get(i);
            if (vm.areaOf(t.country(), t.entry()).equals(lane)) {
                return t.country();
            }
        }
        return defaultCountry.get();
    }

    private void onMoved(MouseEvent e) {
        Hit hit = hitAt(e.getX(), e.getY());
        String text = hit == null ? i18n.tr("timeline.chart.help") : hit.trip() >= 0 ? describeTrip(hit.trip())
                : describeDocument(hit.document());
        if (!text.equals(tooltip.getText())) {
            tooltip.setText(text);
        }
    }

    /** A trip in words, for the tooltip and screen readers. */
    String describeTrip(int index) {
        Trip t = vm.trips().get(index);
        TripCheck c = vm.check(index);
        StringBuilder s = new StringBuilder(vm.areaName(t.country())).append(": ").append(i18n.date(t.entry()))
                .append(" — ").append(t.exit() == null ? i18n.tr("timeline.trip.open") : i18n.date(t.exit()));
        if (t.planned()) {
            s.append(" (").append(i18n.tr("timeline.trip.planned")).append(')');
        }
        s.append(". ").append(i18n.tr("timeline.state." + c.state().name().toLowerCase()));
        if (c.firstIllegalDay() != null) {
            s.append(": ").append(i18n.tr("timeline.state.from", i18n.date(c.firstIllegalDay()),
                    i18n.count("value.days", c.overstayDays())));
        } else if (c.latestLegalExit() != null) {
            s.append(". ").append(i18n.tr("timeline.state.latest", i18n.date(c.latestLegalExit())));
        }
        for (String caveat : vm.caveats(index)) {
            s.append(System.lineSeparator()).append(caveat);
        }
        if (!t.note().isBlank()) {
            s.append(System.lineSeparator()).append(t.note());
        }
        return s.toString();
    }

    private String describeDocument(Document d) {
        if (d instanceof Passport p) {
            return i18n.tr("timeline.passport.tip", p.country(), i18n.date(p.expiry()));
        }
        if (d instanceof Visa v) {
            return i18n.tr("timeline.visa.tip", vm.areaName(v.area()), i18n.date(v.validFrom()),
                    i18n.date(v.validTo()));
        }
        ResidencePermit p = (ResidencePermit) d;
        return i18n.tr("timeline.permit.tip", vm.areaName(p.country()), i18n.date(p.validFrom()),
                i18n.date(p.validTo()));
    }

    private void onKey(KeyEvent e) {
        KeyCode k = e.getCode();
        double step = zoom.get().days / 10.0;
        switch (k) {
            case LEFT -> {
                startDay -= step;
                draw();
            }
            case RIGHT -> {
                startDay += step;
                draw();
            }
            case UP, DOWN -> select(k == KeyCode.DOWN ? 1 : -1);
            case D -> selectDocument();
            case ENTER -> {
                if (selectedDocument != null) {
                    vm.editDocument(selectedDocument);
                } else if (selected >= 0 && selected < vm.trips().size()) {
                    vm.editTrip(selected);
                }
            }
            case DELETE, BACK_SPACE -> {
                if (selectedDocument != null) {
                    vm.deleteDocument(selectedDocument);
                    selectedDocument = null;
                } else if (selected >= 0 && selected < vm.trips().size()) {
                    vm.deleteTrip(selected);
                    selected = -1;
                }
            }
            case PLUS, EQUALS, ADD -> zoom.set(Zoom.values()[Math.max(0, zoom.get().ordinal() - 1)]);
            case MINUS, SUBTRACT -> zoom.set(Zoom.values()[Math.min(Zoom.values().length - 1,
                    zoom.get().ordinal() + 1)]);
            case T, HOME -> goToToday();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Selects the trip before or after the selected one by entry date, and brings it into view. */
    private void select(int direction) {
        List<Trip> trips = vm.trips();
        if (trips.isEmpty()) {
            return;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < trips.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> trips.get(a).entry().compareTo(trips.get(b).entry()));
        int at = order.indexOf(selected);
        int next = at < 0 ? (direction > 0 ? 0 : order.size() - 1)
                : Math.max(0, Math.min(order.size() - 1, at + direction));
        selected = order.get(next);
        selectedDocument = null;
        Trip t = trips.get(selected);
        double entry = t.entry().toEpochDay();
        if (entry < startDay || entry > startDay + zoom.get().days) {
            startDay = entry - zoom.get().days / 5.0;
        }
        setAccessibleText(describeTrip(selected));
        draw();
    }

    /** Selects the next document (passports, then visas, then permits), and brings it into view. */
    private void selectDocument() {
        List<Document> all = vm.documentsProperty().get().all();
        if (all.isEmpty()) {
            return;
        }
        int at = selectedDocument == null ? -1 : all.indexOf(selectedDocument);
        selectedDocument = all.get((at + 1) % all.size());
        selected = -1;
        LocalDate day = selectedDocument instanceof Visa v ? v.validFrom()
                : selectedDocument instanceof ResidencePermit p ? p.validFrom() : selectedDocument.endsOn();
        if (day.toEpochDay() < startDay || day.toEpochDay() > startDay + zoom.get().days) {
            startDay = day.toEpochDay() - zoom.get().days / 5.0;
        }
        setAccessibleText(describeDocument(selectedDocument));
        draw();
    }
}
