package org.relocationplanner.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.domain.UserAnnotation;
import org.relocationplanner.domain.Weights;
import org.relocationplanner.io.DatasetReader;
import org.relocationplanner.io.WorldMapReader;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.TaskExecutor;
import org.relocationplanner.ui.compare.CompareViewModel;
import org.relocationplanner.ui.compare.WorldMapView;

/**
 * The ranking's world map redrawn after a weight change, as the Compare screen does it: 250 destinations re-ranked
 * by the ViewModel, the map recoloured and drawn whole at 860×320 (the size it has in a 1360×840 window). Reports
 * the map's own drawing commands, the whole step from the weight change to the drawn map, and the same until the
 * canvas is rasterised to pixels (a snapshot, which also reads them back). Runs headless (Monocle), or on a display.
 */
public final class MapBench extends Application {

    private static final int RUNS = 300;

    @Override
    public void start(Stage stage) throws Exception {
        List<Destination> many = RankingBench.grow(DatasetReader.readShipped().destinations(), 250);
        CompareViewModel vm = new CompareViewModel(many, List.<UserAnnotation>of(), Weights.defaults(), List.of(),
                "RU", Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC), RankingBench.noStore(),
                TaskExecutor.direct(), RankingBench.noDialogs(), new I18n(Locale.ENGLISH));
        WorldMapView map = new WorldMapView();
        List<org.relocationplanner.domain.CountryShape> shapes = WorldMapReader.readShipped();
        map.setShapes(shapes);
        vm.mapScoresProperty().addListener((o, a, b) -> map.setScores(b));
        map.setScores(vm.mapScoresProperty().get());
        stage.setScene(new Scene(map, 860, 320));
        stage.show();
        map.layout();
        Platform.runLater(() -> {
            for (int i = 0; i < RUNS; i++) { // warm-up
                vm.setWeight(Criterion.RUSSIAN_USE, i % 11);
            }
            long[] step = new long[RUNS];
            long[] draw = new long[RUNS];
            long[] rendered = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                vm.setWeight(Criterion.RUSSIAN_USE, (i + 5) % 11);
                step[i] = System.nanoTime() - t0;
                draw[i] = map.lastDrawNanos();
                // the canvas's drawing commands rasterised into pixels, as the next frame does (and read back)
                map.picture();
                rendered[i] = System.nanoTime() - t0;
            }
            java.util.Arrays.sort(step);
            java.util.Arrays.sort(draw);
            java.util.Arrays.sort(rendered);
            System.out.printf(Locale.ROOT, "destinations: %d, shapes on the map: %d%n", many.size(), shapes.size());
            RankingBench.report("map: drawing alone", draw);
            RankingBench.report("weight change to drawn map (re-rank + draw)", step);
            RankingBench.report("the same, rasterised to pixels", rendered);
            Platform.exit();
        });
    }

    /** Started through a class that is not an Application. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(MapBench.class, args);
        }
    }
}
