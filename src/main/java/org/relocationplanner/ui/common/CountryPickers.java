package org.relocationplanner.ui.common;

import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import org.relocationplanner.domain.Destination;

/** A button listing the chosen countries by name, with a check per country of the data (other passports). */
public final class CountryChecks {

    private CountryChecks() {
    }

    /** {@code chosen} holds ISO codes and follows the checks. */
    public static MenuButton menu(String id, List<Destination> destinations, ObservableList<String> chosen,
                                  I18n i18n) {
        MenuButton button = new MenuButton();
        button.setId(id);
        Runnable label = () -> button.setText(chosen.isEmpty() ? i18n.tr("settings.other_passports.none")
                : chosen.stream().map(c -> destinations.stream().filter(d -> d.code().equals(c)).findFirst()
                .map(d -> d.name().in(i18n.locale())).orElse(c)).collect(Collectors.joining(", ")));
        destinations.stream()
                .sorted((a, b) -> a.name().in(i18n.locale()).compareTo(b.name().in(i18n.locale())))
                .forEach(d -> {
                    CheckMenuItem item = new CheckMenuItem(d.name().in(i18n.locale()));
                    item.setId(id + "-" + d.code());
                    item.setSelected(chosen.contains(d.code()));
                    item.selectedProperty().addListener((o, a, b) -> {
                        if (b && !chosen.contains(d.code())) {
                            chosen.add(d.code());
                        } else if (!b) {
                            chosen.remove(d.code());
                        }
                        label.run();
                    });
                    button.getItems().add(item);
                });
        label.run();
        return button;
    }
}
