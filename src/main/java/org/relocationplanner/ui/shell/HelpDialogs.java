package org.relocationplanner.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.relocationplanner.ui.common.I18n;

/** Help: the short guide of each screen, the keyboard shortcuts, and About (version, data, sources, licences). */
public final class HelpDialogs {

    /**
     * What About tells: the version (null: a development build), the dataset, the newest rate, the data's place, and
     * how the window is drawn: with the graphics card, or in software (since {@code softwareSince} when a start
     * before found no graphics acceleration and this start did not look again, for {@code softwareKeptDays} from
     * then; else null).
     */
    public record AboutInfo(String version, int datasetVersion, java.time.LocalDate datasetDate, String newestRate,
                            java.nio.file.Path dataFolder, boolean graphicsCard, java.time.LocalDate softwareSince,
                            int softwareKeptDays) {
    }

    private HelpDialogs() {
    }

    /** The text of a help file in the language of {@code i18n}: {@code guide-timeline}, {@code credits}. */
    static String text(String name, I18n i18n) {
        String file = "/org/relocationplanner/help/" + name + "_" + i18n.locale().getLanguage() + ".txt";
        try (InputStream in = HelpDialogs.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("No help file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    /** Paragraphs as wrapping labels; a line starting with "- " is a bullet. */
    static VBox paragraphs(String text) {
        VBox box = new VBox(8);
        box.getStyleClass().add("guide-text");
        for (String line : text.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            boolean bullet = line.startsWith("- ");
            Label l = new Label(bullet ? "•  " + line.substring(2) : line);
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (bullet) {
                l.setPadding(new Insets(0, 0, 0, 12));
            }
            box.getChildren().add(l);
        }
        return box;
    }

    public static Dialog<ButtonType> guide(Window owner, I18n i18n, Screen screen) {
        return dialog(owner, i18n, "guideDialog", i18n.tr("help.guide.title", i18n.tr(screen.messageKey())),
                List.of(paragraphs(text("guide-" + screen.name().toLowerCase(java.util.Locale.ROOT), i18n))));
    }

    public static Dialog<ButtonType> shortcuts(Window owner, I18n i18n) {
        return dialog(owner, i18n, "shortcutsDialog", i18n.tr("help.shortcuts.title"),
                List.of(paragraphs(i18n.tr("help.shortcuts.text"))));
    }

    public static Dialog<ButtonType> about(Window owner, I18n i18n, AboutInfo info) {
        Label name = new Label(i18n.tr("app.name"));
        name.getStyleClass().add("title-2");
        Label version = new Label(info.version() == null ? i18n.tr("help.about.dev_build")
                : i18n.tr("help.about.version", info.version()));
        version.setId("aboutVersion");
        Label dataset = new Label(i18n.tr("help.about.dataset", info.datasetVersion(), i18n.date(info.datasetDate())));
        dataset.setId("aboutDataset");
        dataset.setWrapText(true);
        Label rates = new Label(info.newestRate() == null ? "" : i18n.tr("help.about.rates", info.newestRate()));
        rates.setWrapText(true);
        Label offline = new Label(i18n.tr("help.about.offline", info.dataFolder()));
        offline.setWrapText(true);
        Label drawing = new Label(info.graphicsCard() ? i18n.tr("help.about.drawing.card")
                : info.softwareSince() == null ? i18n.tr("help.about.drawing.software")
                : i18n.tr("help.about.drawing.remembered", i18n.date(info.softwareSince()),
                        i18n.date(info.softwareSince().plusDays(info.softwareKeptDays()))));
        drawing.setId("aboutDrawing");
        drawing.setWrapText(true);
        Label credits = new Label(i18n.tr("help.about.credits"));
        credits.getStyleClass().add("section-title");
        VBox sources = paragraphs(text("credits", i18n));
        sources.setId("aboutCredits");
        return dialog(owner, i18n, "aboutDialog", i18n.tr("help.about.title"),
                List.of(name, version, dataset, rates, offline, drawing, credits, sources));
    }

    private static Dialog<ButtonType> dialog(Window owner, I18n i18n, String id, String title, List<Node> content) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(null);
        VBox box = new VBox(10);
        box.getChildren().addAll(content);
        box.setPadding(new Insets(4, 8, 4, 4));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(620);
        scroll.setPrefViewportHeight(440);
        scroll.getStyleClass().add("edge-to-edge");
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().setId(id);
        d.getDialogPane().getButtonTypes().add(new ButtonType(i18n.tr("help.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResizable(true);
        if (owner != null && owner.getScene() != null) {
            d.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        return d;
    }
}
