package org.relocationplanner.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.EffectiveFact;
import org.relocationplanner.domain.FactValue;
import org.relocationplanner.domain.Level;
import org.relocationplanner.domain.LocalizedText;
import org.relocationplanner.domain.Money;

/**
 * Lets the user put their own value over a shipped one and keep a note. The shipped value and its source
 * stay on screen; "Reset" brings the shipped value back.
 */
final class FactEditDialog {


    private FactEditDialog() {
    }

    static Optional<DialogService.FactEdit> show(Window owner, I18n i18n, String countryName, String currency,
                                                 EffectiveFact fact) {
        Criterion c = fact.criterion();
        FactFormatter format = new FactFormatter(i18n);
        Dialog<DialogService.FactEdit> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.tr("edit.title", countryName, i18n.tr(c.messageKey())));
        dialog.setHeaderText(i18n.tr("edit.header", countryName, i18n.tr(c.messageKey())));
        ButtonType ok = new ButtonType(i18n.tr("edit.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType reset = new ButtonType(i18n.tr("edit.reset"), ButtonBar.ButtonData.LEFT);
        ButtonType cancel = new ButtonType(i18n.tr("edit.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, reset, cancel);
        dialog.getDialogPane().setId("factEditDialog");

        Label shipped = new Label(format.value(c, fact.shipped().value()));
        shipped.setId("shippedValue");
        shipped.setWrapText(true);
        Label source = new Label(format.source(fact.shipped().source()));
        source.setWrapText(true);
        source.getStyleClass().add("muted");

        boolean editable = c.kind() != Criterion.ValueKind.SPEAKERS && c != Criterion.VISA_FREE
                && c != Criterion.RESIDENCE_ROUTES;
        CheckBox useOwn = new CheckBox(i18n.tr("edit.use_own"));
        useOwn.setId("useOwnValue");
        useOwn.setSelected(fact.isOverridden());
        useOwn.setDisable(!editable);

        ComboBox<Level> levels = new ComboBox<>();
        levels.setId("ownLevel");
        TextField number = new TextField();
        number.setId("ownNumber");
        TextArea text = new TextArea();
        text.setId("ownText");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        Node input = inputFor(c, i18n, levels, number, text, fact, currency);
        if (input != null) {
            input.disableProperty().bind(useOwn.selectedProperty().not());
        }

        TextArea note = new TextArea(fact.userNote());
        note.setId("ownNote");
        note.setPromptText(i18n.tr("edit.note.prompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);

        Label error = new Label();
        error.setId("editError");
        error.getStyleClass().add("error-text");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int row = 0;
        grid.addRow(row++, new Label(i18n.tr("edit.shipped")), shipped);
        grid.add(source, 1, row++);
        grid.add(useOwn, 1, row++);
        if (input != null) {
            grid.addRow(row++, new Label(i18n.tr("edit.own")), input);
        }
        grid.addRow(row++, new Label(i18n.tr("edit.note")), note);
        grid.add(error, 1, row);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(560);

        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("saveEdit");
        dialog.getDialogPane().lookupButton(reset).setId("resetEdit");
        dialog.getDialogPane().lookupButton(cancel).setId("cancelEdit");
        okButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            if (!useOwn.isSelected()) {
                error.setText("");
                return false;
            }
            FactValue v = read(c, levels, number, text, i18n, fact, currency);
            error.setText(v == null ? i18n.tr("edit.invalid", i18n.tr(c.messageKey())) : "");
            return v == null;
        }, useOwn.selectedProperty(), levels.valueProperty(), number.textProperty(), text.textProperty()));

        dialog.setResultConverter(button -> {
            if (button == ok) {
                FactValue v = useOwn.isSelected() ? read(c, levels, number, text, i18n, fact, currency) : null;
                return new DialogService.FactEdit(v, note.getText(), false);
            }
            if (button == reset) {
                return new DialogService.FactEdit(null, note.getText(), true);
            }
            return null;
        });
        return dialog.showAndWait();
    }

    private static Node inputFor(Criterion c, I18n i18n, ComboBox<Level> levels, TextField number, TextArea text,
                                 EffectiveFact fact, String destinationCurrency) {
        FactValue current = fact.value();
        switch (c.kind()) {
            case LEVEL:
                levels.getItems().setAll(c.levels());
                levels.setCellFactory(l -> levelCell(i18n));
                levels.setButtonCell(levelCell(i18n));
                if (current instanceof FactValue.OfLevel l) {
                    levels.setValue(l.level());
                }
                return levels;
            case DAYS:
            case NUMBER:
            case MONEY:
                if (current instanceof FactValue.Amount a) {
                    number.setText(i18n.number(a.number()));
                } else if (current instanceof FactValue.OfMoney m) {
                    number.setText(i18n.number(m.money().amount()));
                } else if (current instanceof FactValue.Stay s) {
                    s.rule().longestStayDays().ifPresent(d -> number.setText(String.valueOf(d)));
                }
                number.setPromptText(c.kind() == Criterion.ValueKind.DAYS ? i18n.tr("edit.days.prompt")
                        : i18n.tr("edit.number.prompt"));
                String money = c.kind() == Criterion.ValueKind.MONEY ? moneyCurrency(c, fact, destinationCurrency) : null;
                if (money != null) {
                    // the currency the amount is kept in, in sight: a fee is compared in rubles, not in the local currency
                    Label unit = new Label(money);
                    unit.setId("ownCurrency");
                    javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, number, unit);
                    box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                    return box;
                }
                return number;
            case TEXT:
                if (current instanceof FactValue.Text t) {
                    text.setText(t.text().in(i18n.locale()));
                }
                return text;
            default:
                return null;
        }
    }

    private static ListCell<Level> levelCell(I18n i18n) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Level item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.tr(item.messageKey()));
            }
        };
    }

    /** The value the inputs hold, or null when it is not a valid value of the criterion. */
    /** The currency an own amount is kept in: the criterion's scoring currency, else the shipped value's or the country's. */
    static String moneyCurrency(Criterion c, EffectiveFact fact, String destinationCurrency) {
        if (c.scoreCurrency() != null) {
            return c.scoreCurrency();
        }
        return fact.shipped().value() instanceof FactValue.OfMoney m ? m.money().currency() : destinationCurrency;
    }

    static FactValue read(Criterion c, ComboBox<Level> levels, TextField number, TextArea text, I18n i18n,
                          EffectiveFact fact, String destinationCurrency) {
        switch (c.kind()) {
            case LEVEL:
                return levels.getValue() == null ? null : new FactValue.OfLevel(levels.getValue());
            case DAYS:
            case NUMBER: {
                BigDecimal n = parse(number.getText(), i18n);
                if (n == null || n.signum() < 0 || (c.kind() == Criterion.ValueKind.DAYS && n.scale() > 0
                        && n.stripTrailingZeros().scale() > 0)) {
                    return null;
                }
                return new FactValue.Amount(n);
            }
            case MONEY: {
                BigDecimal n = parse(number.getText(), i18n);
                String currency = moneyCurrency(c, fact, destinationCurrency);
                return n == null || n.signum() < 0 || currency == null ? null
                        : new FactValue.OfMoney(new Money(n, currency));
            }
            case TEXT:
                return text.getText().isBlank() ? null
                        : new FactValue.Text(LocalizedText.of(text.getText().strip(), text.getText().strip()));
            default:
                return null;
        }
    }

    /**
     * Reads a number as the user's language writes it ("1 234,5" in Russian, "1,234.5" in English), the whole text
     * or nothing; then a plain "1234.5". A comma is never taken for a decimal point where the language uses it
     * to group thousands.
     */
    static BigDecimal parse(String s, I18n i18n) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip().replace('\u00a0', ' ').replace('\u202f', ' ');
        java.text.DecimalFormat f = (java.text.DecimalFormat) NumberFormat.getNumberInstance(i18n.locale());
        f.setParseBigDecimal(true);
        char grouping = f.getDecimalFormatSymbols().getGroupingSeparator();
        String localized = grouping == '\u00a0' || grouping == '\u202f' || grouping == ' '
                ? t.replace(" ", "") : t;
        ParsePosition pos = new ParsePosition(0);
        Number n = f.parse(localized, pos);
        if (n != null && pos.getIndex() == localized.length() && pos.getErrorIndex() < 0) {
            return (BigDecimal) n;
        }
        try {
            return new BigDecimal(t.replace(" ", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
