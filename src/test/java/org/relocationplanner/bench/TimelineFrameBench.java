package org.relocationplanner.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.relocationplanner.domain.Document;
import org.relocationplanner.domain.Documents;
import org.relocationplanner.domain.Situation;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.TaskExecutor;
import org.relocationplanner.ui.timeline.TimelineChart;
import org.relocationplanner.ui.timeline.TimelineDialogs;
import org.relocationplanner.service.TimelineStore;
import org.relocationplanner.ui.timeline.TimelineView;
import org.relocationplanner.ui.timeline.TimelineViewModel;

/**
 * The Timeline screen with 30 years of trips (3,000 trips in 40 areas) in a 1360×840 window. At each zoom the chart
 * scrolls through all 30 years, one step per frame, with JavaFX pulses unthrottled
 * ({@code -Djavafx.animation.fullspeed=true}), so a frame's time is the work it takes. Reports the chart's own layout
 * and drawing, and the time from one frame to the next (CSS, layout, drawing and rendering of the whole window).
 */
public final class TimelineFrameBench extends Application {

    private static final int FRAMES = 300;

    @Override
    public void start(Stage stage) {
        Situation s = DeadlinesBench.situation(3000);
        TimelineViewModel vm = new TimelineViewModel(s.trips(), s.documents(), "RU", DeadlinesBench.book(),
                Clock.fixed(DeadlinesBench.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                (trips, documents) -> { }, TaskExecutor.direct(), new NoDialogs(), new I18n(I18n.ENGLISH));
        TimelineView view = new TimelineView(vm, () -> "BA");
        Scene scene = new Scene(view, 1360, 840);
        scene.getStylesheets().add(TimelineFrameBench.class.getResource("/org/relocationplanner/ui/app.css")
                .toExternalForm());
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
        TimelineChart chart = view.chart();
        List<TimelineChart.Zoom> zooms = new ArrayList<>(List.of(TimelineChart.Zoom.values()));
        new AnimationTimer() {
            private int frame = -30; // warm-up frames first
            private long last;
            private long[] frameNs = new long[FRAMES];
            private long[] drawNs = new long[FRAMES];
            private double from;
            private double step;

            @Override
            public void handle(long now) {
                if (frame == -30) {
                    TimelineChart.Zoom z = zooms.get(0);
                    chart.zoomProperty().set(z);
                    from = DeadlinesBench.TODAY.minusYears(30).toEpochDay();
                    step = (DeadlinesBench.TODAY.toEpochDay() - from) / (double) (FRAMES + 30);
                    chart.reveal(java.time.LocalDate.ofEpochDay((long) from));
                }
                if (frame >= 0) {
                    frameNs[frame] = now - last;
                    drawNs[frame] = chart.lastDrawNanos();
                }
                last = now;
                frame++;
                chart.reveal(java.time.LocalDate.ofEpochDay((long) (from + step * (frame + 30))));
                if (frame == FRAMES) {
                    report(zooms.get(0), frameNs, drawNs);
                    zooms.remove(0);
                    if (zooms.isEmpty()) {
                        stop();
                        Platform.exit();
                        return;
                    }
                    frame = -30;
                    frameNs = new long[FRAMES];
                    drawNs = new long[FRAMES];
                }
            }
        }.start();
    }

    private static void report(TimelineChart.Zoom zoom, long[] frame, long[] draw) {
        Arrays.sort(frame);
        Arrays.sort(draw);
        System.out.printf(Locale.ROOT, "zoom %-10s chart layout+draw median %.2f ms, p95 %.2f ms | "
                        + "frame to frame median %.2f ms, p95 %.2f ms, max %.2f ms%n", zoom,
                draw[FRAMES / 2] / 1e6, draw[(int) (FRAMES * 0.95)] / 1e6,
                frame[FRAMES / 2] / 1e6, frame[(int) (FRAMES * 0.95)] / 1e6, frame[FRAMES - 1] / 1e6);
    }

    /** The benchmark asks nothing. */
    private static final class NoDialogs implements TimelineDialogs {
        @Override
        public Optional<TripEdit> editTrip(Trip trip, boolean isNew, java.util.List<String> passports,
                                           java.util.function.Function<Trip, String> caution) {
            return Optional.empty();
        }

        @Override
        public Optional<DocumentEdit> editDocument(Document document, boolean isNew) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseOpen(String title, String extension) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSave(String title, String name, String extension) {
            return Optional.empty();
        }

        @Override
        public void showError(String title, String message) {
        }

        @Override
        public void showInfo(String title, String message) {
        }
    }

    /** Started through a class that is not an Application, as the app itself is. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(TimelineFrameBench.class, args);
        }
    }
}
