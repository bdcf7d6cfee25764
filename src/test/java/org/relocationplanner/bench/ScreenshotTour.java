package org.relocationplanner.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Application;
import java.util.List;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.RecordRepository;
import org.relocationplanner.domain.Documents;
import org.relocationplanner.domain.Passport;
import org.relocationplanner.domain.ResidencePermit;
import org.relocationplanner.domain.Trip;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.relocationplanner.app.AppConfig;
import org.relocationplanner.service.DataFolder;
import org.relocationplanner.app.Planner;
import org.relocationplanner.app.StartupDialogs;
import org.relocationplanner.data.DatabaseProblem;
import org.relocationplanner.domain.Ranking;
import org.relocationplanner.ui.common.FxTaskExecutor;
import org.relocationplanner.ui.common.Pulses;
import org.relocationplanner.ui.common.UiPreferences;

/**
 * Takes the README's screenshots from the running app on a real display (run under Xvfb): the Compare ranking
 * with a score explained, five destinations side by side, and Settings. Argument: the output folder.
 * Language: system property {@code tour.lang} (ru or en).
 */
public final class ScreenshotTour extends Application {

    private final Deque<Runnable> steps = new ArrayDeque<>();
    private Planner planner;
    private Scene scene;
    private Path out;
    private String lang;

    @Override
    public void start(Stage stage) throws Exception {
        lang = System.getProperty("tour.lang", "ru");
        out = Path.of(getParameters().getRaw().get(0));
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("planner-tour");
        seed(new DataFolder(data));
        Preferences prefs = Preferences.userRoot().node("relocation-planner-tour/" + System.nanoTime());
        StartupDialogs dialogs = new StartupDialogs() {
            @Override
            public LockedChoice databaseLocked(DatabaseProblem problem) {
                return LockedChoice.QUIT;
            }

            @Override
            public boolean offerFreshDatabase(DatabaseProblem problem) {
                return false;
            }

            @Override
            public void cannotStart(String message) {
                System.err.println(message);
            }
        };
        Locale locale = lang.equals("ru") ? new Locale("ru", "RU") : Locale.UK;
        javafx.scene.Parent[] lockedRoot = new javafx.scene.Parent[1];
        planner = new Planner(new AppConfig(new DataFolder(data), Clock.systemDefaultZone(),
                new UiPreferences(prefs), locale, new FxTaskExecutor(), dialogs, Platform::exit, null, false));
        planner.start(stage);
        scene = stage.getScene();

        steps.add(() -> ((ToggleButton) lookup("#nav-timeline")).fire());
        steps.add(() -> snapshot("timeline"));
        steps.add(() -> ((javafx.scene.control.Button) lookup("#noticeDismiss")).fire());
        steps.add(() -> ((javafx.scene.control.Button) lookup("#passwordOfferLater")).fire());
        // a trip that overlaps the stay under way: the form says so before saving
        steps.add(() -> Platform.runLater(() -> ((javafx.scene.control.Button) lookup("#addTrip")).fire()));
        steps.add(() -> {
            Scene form = openDialog().getScene();
            ((ComboBox<String>) form.lookup("#tripCountry")).getEditor().setText("AM");
            ((javafx.scene.control.DatePicker) form.lookup("#tripEntry")).getEditor().setText("2026-11-10");
            ((javafx.scene.control.DatePicker) form.lookup("#tripExit")).getEditor().setText("2026-11-12");
            ((javafx.scene.control.DialogPane) form.getRoot()).getButtonTypes().stream()
                    .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                    .findFirst().map(((javafx.scene.control.DialogPane) form.getRoot())::lookupButton)
                    .ifPresent(b -> ((javafx.scene.control.Button) b).fire());
        });
        steps.add(() -> snapshotDialog("trip-overlap"));
        steps.add(() -> ((ToggleButton) lookup("#nav-compare")).fire());
        steps.add(() -> {
            TableView<Ranking.Entry> table = lookup("#rankingTable");
            table.getSelectionModel().select(table.getItems().stream()
                    .filter(e -> e.country().code().equals("GE")).findFirst().orElseThrow());
        });
        steps.add(() -> snapshot("compare-ranking"));
        for (String code : new String[] {"GE", "AM", "KZ", "RS", "TR"}) {
            // the table draws only the rows in sight: the row is brought into sight first
            steps.add(() -> {
                TableView<Ranking.Entry> table = lookup("#rankingTable");
                table.scrollTo(table.getItems().stream().filter(e -> e.country().code().equals(code)).findFirst()
                        .orElseThrow());
                table.applyCss();
                table.layout(); // the rows in sight are made now, the row's check box with them
                ((CheckBox) lookup("#pick-" + code)).fire();
            });
        }
        steps.add(() -> ((TabPane) lookup("#compareTabs")).getSelectionModel().select(1));
        steps.add(() -> snapshot("compare-side-by-side"));
        steps.add(() -> ((ToggleButton) lookup("#nav-settings")).fire());
        steps.add(() -> {
            ComboBox<String> country = lookup("#currentCountryChoice");
            country.setValue("GE");
        });
        steps.add(() -> snapshot("settings"));
        steps.add(() -> ((javafx.scene.control.ScrollPane) lookup("#settingsView .scroll-pane")).setVvalue(1));
        steps.add(() -> snapshot("settings-safety"));
        steps.add(() -> ((ToggleButton) lookup("#nav-budget")).fire());
        steps.add(WAIT_FOR_RATES);
        steps.add(() -> ((javafx.scene.control.TabPane) lookup("#budgetTabs")).getSelectionModel().select(1));
        steps.add(() -> snapshot("budget"));
        steps.add(() -> ((ToggleButton) lookup("#nav-rates")).fire());
        steps.add(() -> snapshot("rates"));
        steps.add(() -> lockedRoot[0] = scene.getRoot());
        steps.add(() -> {
            org.relocationplanner.ui.shell.LockView lock = new org.relocationplanner.ui.shell.LockView(
                    new org.relocationplanner.ui.common.I18n(locale), true, pw -> { }, () -> { });
            lock.quitWith(() -> { }); // as the app's lock screens offer it
            scene.setRoot(lock);
        });
        steps.add(() -> snapshot("lock"));
        // the dark look, on the busiest screens
        steps.add(() -> scene.setRoot(lockedRoot[0]));
        steps.add(() -> ((ToggleButton) lookup("#nav-settings")).fire());
        steps.add(() -> ((ComboBox<org.relocationplanner.ui.common.Theme>) lookup("#themeChoice"))
                .setValue(org.relocationplanner.ui.common.Theme.DARK));
        steps.add(() -> ((ToggleButton) lookup("#nav-timeline")).fire());
        steps.add(() -> snapshot("timeline-dark"));
        steps.add(() -> ((ToggleButton) lookup("#nav-compare")).fire());
        steps.add(() -> ((TabPane) lookup("#compareTabs")).getSelectionModel().select(0));
        steps.add(() -> snapshot("compare-dark"));
        steps.add(() -> ((ToggleButton) lookup("#nav-budget")).fire());
        steps.add(() -> snapshot("budget-dark"));
        steps.add(() -> ((ToggleButton) lookup("#nav-settings")).fire());
        steps.add(() -> snapshot("settings-dark"));
        steps.add(() -> ((ComboBox<org.relocationplanner.ui.common.Theme>) lookup("#themeChoice"))
                .setValue(org.relocationplanner.ui.common.Theme.LIGHT));
        // issue 18: trips from a location history, under review: the table and the striped preview on the chart
        steps.add(() -> ((ToggleButton) lookup("#nav-timeline")).fire());
        steps.add(() -> {
            try {
                ((org.relocationplanner.ui.timeline.TimelineView) lookup("#timelineView")).readRecords(
                        List.of(history(Files.createTempDirectory("planner-tour-history"))));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        steps.add(WAIT_FOR_REVIEW);
        // tick the trip to Kyrgyzstan, as a user keeping it would: the chart shows it striped
        steps.add(() -> ((javafx.scene.control.TableView<org.relocationplanner.ui.timeline.HistoryReviewModel.Row>)
                lookup("#historyTable")).getItems().stream().filter(r -> r.tripProperty().get().country().equals("KG"))
                .forEach(r -> r.acceptedProperty().set(true)));
        steps.add(() -> snapshot("timeline-records"));
        steps.add(() -> ((javafx.scene.control.Button) lookup("#historyDiscard")).fire());
        // the guide of a screen (F1) and About, from the menu
        steps.add(() -> ((ToggleButton) lookup("#nav-timeline")).fire());
        steps.add(() -> menuItem("menu-guide").fire());
        steps.add(() -> snapshotDialog("help-guide"));
        steps.add(() -> menuItem("menu-about").fire());
        steps.add(() -> snapshotDialog("help-about"));
        // a new user's first start, in a new data folder
        steps.add(() -> {
            planner.stop();
            try {
                Path fresh = Files.createTempDirectory("planner-tour-first");
                Preferences firstPrefs = Preferences.userRoot().node("relocation-planner-tour/" + System.nanoTime());
                firstPrefs.put("language", locale.toLanguageTag());
                planner = new Planner(new AppConfig(new DataFolder(fresh), Clock.systemDefaultZone(),
                        new UiPreferences(firstPrefs), locale, new FxTaskExecutor(), dialogs, Platform::exit, null,
                        true));
                planner.start(stage);
                scene = stage.getScene();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        steps.add(WAIT_FOR_FIRST_RUN);
        steps.add(() -> ((javafx.scene.control.Button) lookup("#firstRunNext")).fire());
        steps.add(() -> ((ComboBox<String>) lookup("#firstRunPassport")).requestFocus());
        steps.add(() -> snapshot("first-run"));
        steps.add(() -> ((javafx.scene.control.Button) lookup("#firstRunNext")).fire());
        steps.add(() -> ((javafx.scene.control.Button) lookup("#firstRunNext")).fire());
        steps.add(() -> ((javafx.scene.control.Button) lookup("#firstRunNext")).fire());
        steps.add(() -> snapshot("first-run-password"));
        steps.add(() -> {
            planner.stop();
            try {
                prefs.removeNode();
            } catch (Exception e) {
                // a test node; nothing to keep
            }
            Platform.exit();
        });
        waitForMainView();
    }

    /** A story like many users': Georgia, Armenia, Kazakhstan, Serbia with a visa run, Turkey, and a plan. */
    public static void seed(DataFolder folder) throws Exception {
        try (Database db = Database.open(folder.databaseBase())) {
            RecordRepository records = new RecordRepository(db);
            records.saveTrips(List.of(
                    trip("GE", "2022-09-22", "2023-03-01", "Тбилиси", false),
                    trip("AM", "2023-03-01", "2023-08-31", "Ереван", false),
                    trip("KZ", "2023-09-01", "2023-11-20", "Алматы", false),
                    trip("RS", "2024-01-10", "2024-02-08", "Белград", false),
                    trip("RS", "2024-02-08", "2024-03-08", "", false),
                    trip("GE", "2024-03-10", "2025-02-28", "Батуми", false),
                    trip("TR", "2025-03-01", "2025-04-15", "Анталья", false),
                    trip("GE", "2025-04-16", "2026-04-14", "Тбилиси", false),
                    trip("AM", "2026-04-15", "2026-09-30", "Гюмри", false),
                    trip("KZ", "2026-10-01", null, "Алматы", false),
                    trip("RS", "2027-01-05", "2027-02-20", "Нови-Сад", true)));
            records.saveDocuments(new Documents(
                    List.of(new Passport("RU", "", java.time.LocalDate.parse("2027-03-15"))),
                    List.of(),
                    List.of(new ResidencePermit("AM", java.time.LocalDate.parse("2023-05-01"),
                            java.time.LocalDate.parse("2024-04-30"), ""))));
            new org.relocationplanner.data.SettingsRepository(db).put("budget.plan", """
                    {"host": "GEL", "start": "2026-11", "months": 60,
                     "scenario": {"kind": "frozen", "on": "2026-11-22"},
                     "incomes": [{"name": "Зарплата", "amount": "150000", "currency": "RUB", "every": "month",
                                  "taxPercent": "6", "channel": "Перевод"},
                                 {"name": "Аренда квартиры", "amount": "40000", "currency": "RUB", "every": "month",
                                  "taxPercent": "4", "channel": "Перевод"}],
                     "expenses": [{"category": "Аренда", "amount": "2600", "currency": "GEL"},
                                  {"category": "Еда и транспорт", "amount": "1800", "currency": "GEL"},
                                  {"category": "Визаран", "amount": "400", "currency": "USD", "every": "year"}],
                     "savings": [{"name": "Карта", "amount": "6000", "currency": "GEL"},
                                 {"name": "Наличные", "amount": "3000", "currency": "USD"}],
                     "channels": [{"name": "Перевод", "percentFee": "2.5", "fixedFee": "300",
                                   "spreadPercent": "3"}]}
                    """);
        }
    }

    private static Trip trip(String country, String entry, String exit, String note, boolean planned) {
        return new Trip(country, java.time.LocalDate.parse(entry), exit == null ? null
                : java.time.LocalDate.parse(exit), note, planned);
    }

    private void waitForMainView() {
        Pulses.after(5, () -> {
            if (scene.lookup("#mainView") == null) {
                waitForMainView();
            } else {
                next();
            }
        });
    }

    /** A step that holds the tour until the rate history is read (the first time it is installed). */
    private static final Runnable WAIT_FOR_RATES = () -> { };
    /** A step that holds the tour until the first-start assistant shows. */
    private static final Runnable WAIT_FOR_FIRST_RUN = () -> { };

    private javafx.scene.control.MenuItem menuItem(String id) {
        javafx.scene.control.MenuBar bar = lookup("#menuBar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    /** The dialog open over the window. */
    private static javafx.stage.Window openDialog() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage st && st.getOwner() != null && w.isShowing()).findFirst().orElseThrow();
    }

    /** The open dialog, shot and closed. */
    private void snapshotDialog(String name) {
        javafx.stage.Window dialog = openDialog();
        Scene main = scene;
        scene = dialog.getScene();
        snapshot(name);
        scene = main;
        dialog.hide();
    }

    /** A Records.json of hourly positions: Georgia, a week in Armenia, back, Turkey; some days without any. */
    static Path history(Path dir) throws java.io.IOException {
        StringBuilder b = new StringBuilder("{\"locations\": [\n");
        java.time.Instant t = java.time.Instant.parse("2026-10-20T00:00:00Z");
        String sep = "";
        for (int hour = 0; hour < 24 * 44; hour++, t = t.plusSeconds(3600)) {
            int day = hour / 24;
            double[] at = day < 8 ? new double[] {43.2567, 76.9286} : day < 15 ? new double[] {42.87, 74.59}
                    : day < 30 ? new double[] {43.2567, 76.9286} : new double[] {41.0138, 28.9497};
            if (day >= 22 && day < 26 || day == 18 && hour % 24 > 3) {
                continue; // the phone was off
            }
            b.append(sep).append("{\"latitudeE7\": ").append(Math.round((at[0] + (hour % 7) * 0.001) * 1e7))
                    .append(", \"longitudeE7\": ").append(Math.round(at[1] * 1e7)).append(", \"timestamp\": \"")
                    .append(t).append("\"}");
            sep = ",\n";
        }
        Path f = dir.resolve("Records.json");
        Files.writeString(f, b.append("\n]}").toString());
        return f;
    }

    private static final Runnable WAIT_FOR_REVIEW = () -> { };

    private void next() {
        Runnable step = steps.peek();
        if (step == WAIT_FOR_REVIEW) {
            Node table = scene.lookup("#historyTable");
            if (table == null || !table.getParent().isVisible()) {
                Pulses.after(20, this::next);
                return;
            }
        }
        if (step == WAIT_FOR_FIRST_RUN) {
            if (scene.lookup("#firstRun") == null) {
                Pulses.after(20, this::next);
                return;
            }
        }
        if (step == WAIT_FOR_RATES) {
            javafx.scene.control.Label runway = lookup("#budgetRunway");
            if (runway.getText().contains("\u2026") || runway.getText().isEmpty()) {
                Pulses.after(20, this::next);
                return;
            }
        }
        step = steps.poll();
        if (step != null) {
            step.run();
            Pulses.after(20, this::next);
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T lookup(String id) {
        Node n = scene.lookup(id);
        if (n == null) {
            throw new IllegalStateException("not on screen: " + id);
        }
        return (T) n;
    }

    private void snapshot(String name) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(png, "png", out.resolve(name + "-" + lang + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Started through a class that is not an Application, as the app itself is. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ScreenshotTour.class, args);
        }
    }
}
