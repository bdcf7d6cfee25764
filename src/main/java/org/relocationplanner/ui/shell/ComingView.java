package org.relocationplanner.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.relocationplanner.ui.common.I18n;

/** A screen whose issue has not landed yet: says what it will do, calmly. */
public final class ComingView extends VBox {

    public ComingView(Screen screen, I18n i18n) {
        super(10);
        setId("coming-" + screen.name().toLowerCase());
        setAlignment(Pos.CENTER);
        setPadding(new Insets(40));
        Label title = new Label(i18n.tr(screen.messageKey()));
        title.getStyleClass().add("title-2");
        Label text = new Label(i18n.tr("coming." + screen.name().toLowerCase()));
        text.setWrapText(true);
        text.setMaxWidth(520);
        Label soon = new Label(i18n.tr("coming.soon"));
        soon.getStyleClass().add("muted");
        getChildren().addAll(title, text, soon);
    }
}
