package org.relocationplanner.ui.budget;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.relocationplanner.domain.Expense;
import org.relocationplanner.domain.Frequency;
import org.relocationplanner.domain.IncomeStream;
import org.relocationplanner.domain.Money;
import org.relocationplanner.domain.Rate;
import org.relocationplanner.domain.Saving;
import org.relocationplanner.domain.TransferChannel;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.rates.RatesViewModel;

/** The Budget and Rates screens' real dialogs: one small form per kind of row, file choosers, messages. */
public final class BudgetForms implements BudgetViewModel.Dialogs, RatesViewModel.Dialogs {

    private final Supplier<Window> owner;
    private final org.relocationplanner.ui.common.MessageDialogs messages;
    private final Supplier<I18n> i18n;
    private final org.relocationplanner.ui.common.FilePicker files;

    public BudgetForms(Supplier<Window> owner, Supplier<I18n> i18n, org.relocationplanner.ui.common.FilePicker files) {
        this.owner = owner;
        this.messages = new org.relocationplanner.ui.common.MessageDialogs(owner);
        this.i18n = i18n;
        this.files = files;
    }

    @Override
    public Optional<BudgetViewModel.IncomeEdit> income(IncomeStream d, List<String> channels) {
        Form f = new Form("budget.form.income", "incomeForm");
        TextField name = f.text("incomeName", "budget.col.name", d.name());
        TextField amount = f.text("incomeAmount", "budget.col.amount", plain(d.amount().amount()));
        TextField currency = f.text("incomeCurrency", "budget.col.currency", d.amount().currency());
        ChoiceBox<Frequency> every = f.every("incomeEvery", d.frequency());
        TextField start = f.month("incomeStart", "budget.col.start", d.start());
        TextField end = f.month("incomeEnd", "budget.col.end", d.end());
        end.setPromptText(i18n.get().tr("budget.form.no_end"));
        TextField tax = f.text("incomeTax", "budget.col.tax", plain(d.taxPercent()));
        ComboBox<String> channel = new ComboBox<>();
        channel.setId("incomeChannel");
        channel.getItems().add("");
        channel.getItems().addAll(channels);
        channel.setValue(d.channel());
        javafx.util.Callback<javafx.scene.control.ListView<String>, javafx.scene.control.ListCell<String>> named =
                l -> new javafx.scene.control.ListCell<>() {
                    @Override
                    protected void updateItem(String item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty || item == null ? null : item.isEmpty() ? i18n.get().tr("budget.channel.none")
                                : item);
                    }
                };
        channel.setCellFactory(named);
        channel.setButtonCell(named.call(null)); // "no channel" in words, not a blank line
        // a channel made here, for this income, without closing the form first (issue 16)
        java.util.Map<String, TransferChannel> made = new java.util.LinkedHashMap<>();
        Button newChannel = new Button(i18n.get().tr("budget.channel.new"));
        newChannel.setId("incomeNewChannel");
        newChannel.setOnAction(e -> channel(new TransferChannel("", BigDecimal.ZERO, null, BigDecimal.ZERO, null))
                .filter(c -> !c.name().isBlank()).ifPresent(c -> {
                    if (channel.getItems().contains(c.name()) && !made.containsKey(c.name())) {
                        messages.show(Alert.AlertType.ERROR, i18n.get().tr("budget.form.channel"), i18n.get().tr(
                                "budget.channel.exists", c.name()), "budgetError");
                        return;
                    }
                    made.put(c.name(), c);
                    if (!channel.getItems().contains(c.name())) {
                        channel.getItems().add(c.name());
                    }
                    channel.setValue(c.name());
                }));
        channel.setMinWidth(Region.USE_PREF_SIZE);
        newChannel.setMinWidth(Region.USE_PREF_SIZE);
        f.row("budget.col.channel", new javafx.scene.layout.HBox(8, channel, newChannel));
        return f.show(() -> {
            String chosen = channel.getValue() == null ? "" : channel.getValue();
            return new BudgetViewModel.IncomeEdit(new IncomeStream(name.getText().strip(), new Money(f.amount(amount,
                    "budget.col.amount"), f.currency(currency)), every.getValue(), f.month(start, "budget.col.start",
                    true), f.end(start, end), f.percent(tax, "budget.col.tax"), chosen),
                    made.get(chosen));
        });
    }

    @Override
    public Optional<Expense> expense(Expense d) {
        Form f = new Form("budget.form.expense", "expenseForm");
        TextField category = f.text("expenseCategory", "budget.col.category", d.category());
        TextField amount = f.text("expenseAmount", "budget.col.amount", plain(d.amount().amount()));
        TextField currency = f.text("expenseCurrency", "budget.col.currency", d.amount().currency());
        ChoiceBox<Frequency> every = f.every("expenseEvery", d.frequency());
        TextField start = f.month("expenseStart", "budget.col.start", d.start());
        TextField end = f.month("expenseEnd", "budget.col.end", d.end());
        end.setPromptText(i18n.get().tr("budget.form.no_end"));
        return f.show(() -> new Expense(category.getText().strip(), new Money(f.amount(amount, "budget.col.amount"),
                f.currency(currency)), every.getValue(), f.month(start, "budget.col.start", true),
                f.end(start, end)));
    }

    @Override
    public Optional<Saving> saving(Saving d) {
        Form f = new Form("budget.form.saving", "savingForm");
        TextField name = f.text("savingName", "budget.col.name", d.name());
        TextField amount = f.text("savingAmount", "budget.col.amount", plain(d.amount().amount()));
        TextField currency = f.text("savingCurrency", "budget.col.currency", d.amount().currency());
        return f.show(() -> new Saving(name.getText().strip(), new Money(f.amount(amount, "budget.col.amount"),
                f.currency(currency))));
    }

    @Override
    public Optional<TransferChannel> channel(TransferChannel d) {
        Form f = new Form("budget.form.channel", "channelForm");
        TextField name = f.text("channelName", "budget.col.name", d.name());
        TextField percent = f.text("channelPercent", "budget.col.percent_fee", plain(d.percentFee()));
        TextField fixed = f.text("channelFixed", "budget.col.fixed_fee", plain(d.fixedFee().amount()));
        TextField fixedCurrency = f.text("channelFixedCurrency", "budget.col.currency", d.fixedFee().currency());
        TextField spread = f.text("channelSpread", "budget.col.spread", plain(d.spreadPercent()));
        TextField limit = f.text("channelLimit", "budget.col.limit", d.monthlyLimit() == null ? ""
                : plain(d.monthlyLimit().amount()));
        limit.setPromptText(i18n.get().tr("budget.form.no_limit"));
        TextField limitCurrency = f.text("channelLimitCurrency", "budget.col.limit_currency",
                d.monthlyLimit() == null ? "RUB" : d.monthlyLimit().currency());
        return f.show(() -> {
            String n = name.getText().strip();
            if (n.isEmpty()) {
                throw new IllegalArgumentException(i18n.get().tr("budget.form.name_needed"));
            }
            String limitText = limit.getText().strip();
            return new TransferChannel(n, f.percent(percent, "budget.col.percent_fee"),
                    new Money(f.amount(fixed, "budget.col.fixed_fee"), f.currency(fixedCurrency)),
                    f.percent(spread, "budget.col.spread"), limitText.isEmpty() ? null
                    : new Money(f.amount(limit, "budget.col.limit"), f.currency(limitCurrency)));
        });
    }

    @Override
    public Optional<Rate> ownRate(List<String> currencies, LocalDate today) {
        Form f = new Form("rates.own.title", "ownRateForm");
        org.relocationplanner.ui.common.DateText dates = new org.relocationplanner.ui.common.DateText(
                i18n.get().locale());
        TextField day = f.text("ownRateDate", "rates.own.date", dates.toString(today));
        day.setPromptText(org.relocationplanner.ui.common.DateText.pattern(i18n.get().locale()));
        TextField currency = f.text("ownRateCurrency", "budget.col.currency", currencies.contains("GEL") ? "GEL"
                : currencies.isEmpty() ? "" : currencies.get(0));
        TextField rate = f.text("ownRateValue", "rates.own.rate", "");
        return f.show(() -> {
            // as every date field of the app writes dates (31.12.2026, 31/12/2026), ISO too
            LocalDate d = org.relocationplanner.ui.common.DateText.parse(day.getText().strip());
            if (d == null) {
                throw new IllegalArgumentException(i18n.get().tr("form.error.date", i18n.get().tr("rates.own.date"),
                        day.getText(), org.relocationplanner.ui.common.DateText.pattern(i18n.get().locale())));
            }
            BigDecimal value = f.amount(rate, "rates.own.rate");
            if (value.signum() <= 0) {
                throw new IllegalArgumentException(i18n.get().tr("rates.own.positive"));
            }
            return new Rate(d, f.currency(currency), value, "MANUAL");
        });
    }

    @Override
    public Optional<Path> chooseRatesFile() {
        return files.open(i18n.get().tr("rates.import.title"), List.of("csv", "xml"));
    }

    @Override
    public Optional<Path> chooseSetAsideFile() {
        return files.save(i18n.get().tr("rates.set_aside.title"), "set-aside-rates.csv", List.of("csv"));
    }

    @Override
    public Optional<Path> chooseSave(String name) {
        return files.save(i18n.get().tr("budget.export.title"), name, List.of("csv"));
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, "budgetError");
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, "budgetInfo");
    }

    private void alert(Alert.AlertType type, String title, String message, String id) {
        messages.showOnce(type, title, message, id);
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    private interface Reading<T> {
        T read();
    }

    /**
     * A number as typed, made plain: spaces (also no-break) as thousands separators; "40,000" and "1,250.50"
     * with commas as thousands separators (as English writes them); otherwise a comma is the decimal
     * separator (1,5 and 150 000,50, as Russian writes them).
     */
    static String plainNumber(String typed) {
        String s = typed.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (s.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            return s.replace(",", "");
        }
        return s.replace(',', '.');
    }

    /** A form: labelled fields, an error line, Save and Cancel. */
    private final class Form {
        private final I18n t = i18n.get();
        private final Dialog<ButtonType> dialog = new Dialog<>();
        private final GridPane grid = new GridPane();
        private final Label error = new Label();
        private final ButtonType save;
        private int rows;

        Form(String title, String id) {
            dialog.initOwner(owner.get());
            dialog.setTitle(t.tr(title));
            dialog.setHeaderText(t.tr(title));
            dialog.getDialogPane().setId(id);
            save = new ButtonType(t.tr("edit.save"), ButtonBar.ButtonData.OK_DONE);
            dialog.getDialogPane().getButtonTypes().addAll(save,
                    new ButtonType(t.tr("edit.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
            grid.setHgap(10);
            grid.setVgap(8);
            error.setId("formError");
            error.getStyleClass().add("form-error");
            error.setWrapText(true);
            error.setMaxWidth(380);
            error.setVisible(false);
            error.setManaged(false);
        }

        void row(String label, Node input) {
            Label l = new Label(t.tr(label));
            l.setLabelFor(input);
            l.setMinWidth(Region.USE_PREF_SIZE); // a label whole; the fields take what is left
            grid.add(l, 0, rows);
            grid.add(input, 1, rows++);
        }

        TextField text(String id, String label, String value) {
            TextField f = new TextField(value);
            f.setId(id);
            f.setPrefColumnCount(16);
            row(label, f);
            return f;
        }

        ChoiceBox<Frequency> every(String id, Frequency value) {
            ChoiceBox<Frequency> b = new ChoiceBox<>();
            b.setId(id);
            b.getItems().setAll(Frequency.values());
            b.setValue(value);
            b.setConverter(new StringConverter<>() {
                @Override
                public String toString(Frequency f) {
                    return f == null ? "" : t.tr("budget.every." + f.name().toLowerCase(Locale.ROOT));
                }

                @Override
                public Frequency fromString(String s) {
                    return null;
                }
            });
            row("budget.col.every", b);
            return b;
        }

        BigDecimal amount(TextField f, String label) {
            String s = plainNumber(f.getText());
            try {
                BigDecimal v = s.length() > 40 ? null : new BigDecimal(s);
                if (v != null && v.signum() >= 0 && org.relocationplanner.domain.Plausible.amount(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new IllegalArgumentException(t.tr("budget.form.bad_amount", t.tr(label), f.getText()));
        }

        BigDecimal percent(TextField f, String label) {
            if (f.getText().isBlank()) {
                return BigDecimal.ZERO;
            }
            BigDecimal v = amount(f, label);
            if (v.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw new IllegalArgumentException(t.tr("budget.form.bad_percent", t.tr(label), f.getText()));
            }
            return v;
        }

        /** An ISO code, a sign or a name (GEL, ₾, лари): the code; anything else is named as not a currency. */
        String currency(TextField f) {
            String typed = f.getText().strip();
            String c = org.relocationplanner.ui.common.CurrencyInput.code(typed).orElse("");
            if (!c.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(t.tr("budget.form.bad_currency", f.getText()));
            }
            return c;
        }

        /** The end month, not before the start. */
        YearMonth end(TextField start, TextField end) {
            YearMonth from = month(start, "budget.col.start", true);
            YearMonth to = month(end, "budget.col.end", false);
            if (to != null && to.isBefore(from)) {
                throw new IllegalArgumentException(t.tr("budget.form.end_before"));
            }
            return to;
        }

        /** A month field written as the user's language writes months, with the pattern as its hint. */
        TextField month(String id, String label, YearMonth value) {
            TextField f = text(id, label, org.relocationplanner.ui.common.MonthText.format(value, t.locale()));
            f.setPromptText(org.relocationplanner.ui.common.MonthText.pattern(t.locale()));
            return f;
        }

        YearMonth month(TextField f, String label, boolean required) {
            String s = f.getText().strip();
            if (s.isEmpty() && !required) {
                return null;
            }
            Optional<YearMonth> m = org.relocationplanner.ui.common.MonthText.parse(s, t.locale());
            if (m.isPresent() && org.relocationplanner.domain.Plausible.month(m.get())) {
                return m.get();
            }
            throw new IllegalArgumentException(t.tr("budget.form.bad_month", t.tr(label), s,
                    org.relocationplanner.ui.common.MonthText.pattern(t.locale())));
        }

        <T> Optional<T> show(Reading<T> reading) {
            grid.add(error, 0, rows++, 2, 1);
            dialog.getDialogPane().setContent(grid);
            List<T> out = new ArrayList<>();
            Button ok = (Button) dialog.getDialogPane().lookupButton(save);
            ok.addEventFilter(ActionEvent.ACTION, e -> {
                try {
                    out.add(reading.read());
                } catch (IllegalArgumentException problem) {
                    error.setText(problem.getMessage());
                    error.setVisible(true);
                    error.setManaged(true);
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                    e.consume();
                }
            });
            return dialog.showAndWait().filter(b -> b == save && !out.isEmpty()).map(b -> out.get(0));
        }
    }
}
