package org.relocationplanner.ui.common;

import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import org.relocationplanner.domain.Destination;

/** Countries of the data picked by name: one (where the user is now), or several (other passports). */
public final class CountryPickers {

    private CountryPickers() {
    }

    /**
     * A choice of one country by its name, sorted, the empty code first (shown as {@code none}); typing filters the
     * list by name or code (ControlsFX's searchable combo box).
     */
    public static javafx.scene.control.ComboBox<String> choice(String id, List<Destination> destinations, String none,
                                                               I18n i18n) {
        org.controlsfx.control.SearchableComboBox<String> box = new org.controlsfx.control.SearchableComboBox<>();
        box.setId(id);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : code.isEmpty() ? none : name(destinations, code, i18n) + " " + code;
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        box.getItems().add("");
        sorted(destinations, i18n).stream().map(Destination::code).forEach(box.getItems()::add);
        javafx.util.Callback<javafx.scene.control.ListView<String>, javafx.scene.control.ListCell<String>> cells =
                l -> new javafx.scene.control.ListCell<>() {
                    @Override
                    protected void updateItem(String code, boolean empty) {
                        super.updateItem(code, empty);
                        setText(empty || code == null ? null : code.isEmpty() ? none : name(destinations, code, i18n));
                    }
                };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.setVisibleRowCount(14);
        box.setPrefWidth(320); // the searchable box would otherwise take the whole row
        box.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    /**
     * Ties a {@link #choice} to the value it edits. The searchable box empties its value while a typed filter does
     * not match it; that empty value is never passed on (choosing no country is the item {@code ""}), and the box
     * shows the value again when its list closes.
     */
    public static void bind(javafx.scene.control.ComboBox<String> box, javafx.beans.property.Property<String> value) {
        box.setValue(value.getValue());
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(value.getValue())) {
                value.setValue(b);
            }
        });
        value.addListener((o, a, b) -> {
            if (b != null && !b.equals(box.getValue())) {
                box.setValue(b);
            }
        });
        box.showingProperty().addListener((o, a, showing) -> {
            if (!showing && box.getValue() == null) {
                box.setValue(value.getValue());
            }
        });
    }

    /** A button listing the chosen countries by name, with a check per country; {@code chosen} follows them. */
    public static MenuButton menu(String id, List<Destination> destinations, ObservableList<String> chosen,
                                  I18n i18n) {
        return menu(id, javafx.collections.FXCollections.observableArrayList(destinations.stream()
                .map(Destination::code).toList()), destinations, chosen, i18n);
    }

    /**
     * The same for any country codes ({@code codes}, kept in step as they change: the passports the data has rules
     * for), named as the destinations name them, else as the UI language names the country; sorted by name.
     */
    public static MenuButton menu(String id, ObservableList<String> codes, List<Destination> destinations,
                                  ObservableList<String> chosen, I18n i18n) {
        MenuButton button = new MenuButton();
        button.setId(id);
        java.util.function.Function<String, String> nameOf = c -> {
            String n = name(destinations, c, i18n);
            return n.equals(c) ? new java.util.Locale("", c).getDisplayCountry(i18n.locale()) : n;
        };
        Runnable label = () -> button.setText(chosen.isEmpty() ? i18n.tr("settings.other_passports.none")
                : chosen.stream().map(nameOf).collect(Collectors.joining(", ")));
        java.text.Collator order = collator(i18n);
        Runnable fill = () -> {
            button.getItems().clear();
            codes.stream().sorted((a, b) -> order.compare(nameOf.apply(a), nameOf.apply(b))).forEach(code -> {
                CheckMenuItem item = new CheckMenuItem(nameOf.apply(code));
                item.setId(id + "-" + code);
                item.setSelected(chosen.contains(code));
                item.selectedProperty().addListener((o, a, b) -> {
                    if (b && !chosen.contains(code)) {
                        chosen.add(code);
                    } else if (!b) {
                        chosen.remove(code);
                    }
                    label.run();
                });
                button.getItems().add(item);
            });
        };
        fill.run();
        codes.addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        label.run();
        return button;
    }

    private static List<Destination> sorted(List<Destination> destinations, I18n i18n) {
        java.text.Collator order = collator(i18n);
        return destinations.stream()
                .sorted((a, b) -> order.compare(a.name().in(i18n.locale()), b.name().in(i18n.locale()))).toList();
    }

    /** {@code codes} sorted by their names in the UI language, kept in step as they change. */
    public static javafx.collections.transformation.SortedList<String> byName(
            javafx.collections.ObservableList<String> codes, I18n i18n) {
        java.text.Collator order = collator(i18n);
        return codes.sorted((a, b) -> order.compare(named(a, i18n), named(b, i18n)));
    }

    /** The order of names in the user's language (Армения before Бразилия; Ё with Е), case and accents aside. */
    public static java.text.Collator collator(I18n i18n) {
        java.text.Collator c = java.text.Collator.getInstance(i18n.locale());
        c.setStrength(java.text.Collator.SECONDARY);
        return c;
    }

    /** The name of a country code in the user's language, then the code: "Россия (RU)". */
    public static String named(String code, I18n i18n) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String name = new java.util.Locale("", code).getDisplayCountry(i18n.locale());
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }

    /** A choice of country codes that shows each as its name in the user's language, with the code. */
    public static void showNames(javafx.scene.control.ComboBox<String> box, I18n i18n) {
        javafx.util.Callback<javafx.scene.control.ListView<String>, javafx.scene.control.ListCell<String>> cells =
                l -> new javafx.scene.control.ListCell<>() {
                    @Override
                    protected void updateItem(String code, boolean empty) {
                        super.updateItem(code, empty);
                        setText(empty || code == null ? null : named(code, i18n));
                    }
                };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
    }

    /** The country's name in the user's language; the code itself when the data has no such country. */
    private static String name(List<Destination> destinations, String code, I18n i18n) {
        return destinations.stream().filter(d -> d.code().equals(code)).findFirst()
                .map(d -> d.name().in(i18n.locale())).orElse(code);
    }
}
