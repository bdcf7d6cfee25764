package org.relocationplanner.ui.timeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.relocationplanner.domain.Document;
import org.relocationplanner.domain.Passport;
import org.relocationplanner.domain.ResidencePermit;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.domain.Visa;
import org.relocationplanner.ui.common.I18n;

/** The timeline's real dialogs: the trip and document forms, file choosers and messages. */
public final class RecordForms implements TimelineDialogs {

    private final Supplier<Window> owner;
    private final Supplier<I18n> i18n;
    private final org.relocationplanner.ui.common.MessageDialogs messages;

    private final org.relocationplanner.ui.common.FilePicker files;

    public RecordForms(Supplier<Window> owner, Supplier<I18n> i18n, org.relocationplanner.ui.common.FilePicker files) {
        this.owner = owner;
        this.messages = new org.relocationplanner.ui.common.MessageDialogs(owner);
        this.i18n = i18n;
        this.files = files;
    }

    // ---- trips --------------------------------------------------------------------------------------------------

    @Override
    public Optional<TripEdit> editTrip(Trip trip, boolean isNew, List<String> passports,
                                       java.util.function.Function<Trip, String> caution) {
        I18n t = i18n.get();
        Form form = new Form(t, isNew ? t.tr("trip.title.new") : t.tr("trip.title.edit"), "tripDialog", !isNew);
        ComboBox<String> country = form.country("tripCountry", trip.country(), false);
        DatePicker entry = form.date("tripEntry", trip.entry());
        DatePicker exit = form.date("tripExit", trip.exit());
        exit.setPromptText(t.tr("trip.exit.prompt"));
        CheckBox planned = new CheckBox(t.tr("trip.planned"));
        planned.setId("tripPlanned");
        planned.setSelected(trip.planned());
        TextArea note = form.note("tripNote", trip.note());
        // with more than one passport held: which one the country was entered on ("" = the one the rules favour)
        ComboBox<String> passport = new ComboBox<>();
        passport.setId("tripPassport");
        passport.getItems().add("");
        passport.getItems().addAll(passports);
        if (trip.passport() != null && !passports.contains(trip.passport())) {
            passport.getItems().add(trip.passport());
        }
        passport.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null || code.isEmpty() ? t.tr("trip.passport.auto")
                        : org.relocationplanner.ui.common.CountryPickers.named(code, t);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        passport.setValue(trip.passport() == null ? "" : trip.passport());
        form.row("trip.country", country);
        form.row("trip.entry", entry);
        form.row("trip.exit", exit);
        if (passport.getItems().size() > 2) {
            form.row("trip.passport", passport);
        }
        form.row(null, planned);
        form.row("trip.note", note);
        return form.show(() -> {
            String code = code(country, t);
            LocalDate in = form.read(entry, "trip.entry", true);
            LocalDate out = form.read(exit, "trip.exit", false);
            if (out != null && out.isBefore(in)) {
                throw new FormProblem(t.tr("trip.error.exit_before"));
            }
            String entered = passport.getValue() == null || passport.getValue().isEmpty() ? null : passport.getValue();
            return new Trip(code, in, out, note.getText(), planned.isSelected(), entered);
        }, caution).map(r -> new TripEdit(r.value(), r.delete()));
    }

    // ---- documents ----------------------------------------------------------------------------------------------

    @Override
    public Optional<DocumentEdit> editDocument(Document document, boolean isNew) {
        I18n t = i18n.get();
        String kind = document instanceof Passport ? "passport" : document instanceof Visa ? "visa" : "permit";
        Form form = new Form(t, t.tr("document." + kind + (isNew ? ".new" : ".edit")), "documentDialog", !isNew);
        Optional<Result<Document>> result;
        if (document instanceof Passport p) {
            ComboBox<String> country = form.country("passportCountry", p.country(), false);
            TextField number = new TextField(p.number());
            number.setId("passportNumber");
            number.setTextFormatter(new javafx.scene.control.TextFormatter<String>(c ->
                    c.getControlNewText().length() > 40 ? null : c));
            DatePicker expiry = form.date("passportExpiry", p.expiry());
            form.row("document.country", country);
            form.row("document.number", number);
            form.row("document.expiry", expiry);
            result = form.show(() -> new Passport(code(country, t), number.getText(),
                    form.read(expiry, "document.expiry", true)));
        } else if (document instanceof Visa v) {
            ComboBox<String> area = form.country("visaArea", v.area(), true);
            ChoiceBox<Visa.Kind> type = new ChoiceBox<>();
            type.setId("visaKind");
            type.getItems().setAll(Visa.Kind.values());
            type.setValue(v.kind());
            type.setConverter(new StringConverter<>() {
                @Override
                public String toString(Visa.Kind k) {
                    return k == null ? "" : t.tr("document.visa.kind." + k.name().toLowerCase(Locale.ROOT));
                }

                @Override
                public Visa.Kind fromString(String s) {
                    return null;
                }
            });
            DatePicker from = form.date("visaFrom", v.validFrom());
            DatePicker to = form.date("visaTo", v.validTo());
            TextField entries = new TextField(v.entries() == null ? "" : v.entries().toString());
            entries.setId("visaEntries");
            entries.setPromptText(t.tr("document.visa.entries.prompt"));
            TextField days = new TextField(v.allowedDays() == null ? "" : v.allowedDays().toString());
            days.setId("visaDays");
            days.setPromptText(t.tr("document.visa.days.prompt"));
            TextArea note = form.note("visaNote", v.note());
            form.row("document.area", area);
            form.row("document.visa.kind", type);
            form.row("document.from", from);
            form.row("document.to", to);
            form.row("document.visa.entries", entries);
            form.row("document.visa.days", days);
            form.row("trip.note", note);
            result = form.show(() -> {
                LocalDate[] valid = form.period(from, to);
                String where = code(area, t, true);
                if (type.getValue() == Visa.Kind.LONG_STAY && where.equals("SCHENGEN")) {
                    throw new FormProblem(t.tr("document.error.long_stay_schengen"));
                }
                return new Visa(where, type.getValue(), valid[0], valid[1],
                        count(entries, "document.visa.entries", t), count(days, "document.visa.days", t),
                        note.getText());
            });
        } else {
            ResidencePermit p = (ResidencePermit) document;
            ComboBox<String> country = form.country("permitCountry", p.country(), false);
            DatePicker from = form.date("permitFrom", p.validFrom());
            DatePicker to = form.date("permitTo", p.validTo());
            TextArea note = form.note("permitNote", p.note());
            form.row("document.country", country);
            form.row("document.from", from);
            form.row("document.to", to);
            form.row("trip.note", note);
            result = form.show(() -> {
                LocalDate[] valid = form.period(from, to);
                return new ResidencePermit(code(country, t), valid[0], valid[1], note.getText());
            });
        }
        return result.map(r -> new DocumentEdit(r.value(), r.delete()));
    }

    private static Integer count(TextField field, String label, I18n t) {
        String s = field.getText().strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(s);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new FormProblem(t.tr("form.error.count", t.tr(label), s));
    }

    // ---- files and messages -------------------------------------------------------------------------------------

    @Override
    public Optional<Path> chooseOpen(String title, String extension) {
        return files.open(title, List.of(extension));
    }

    @Override
    public List<Path> chooseRecords(String title, boolean folder) {
        Optional<Path> chosen = folder ? files.folder(title) : files.open(title, RECORD_FILES);
        return chosen.map(List::of).orElse(List.of());
    }

    /** The files the "from your records" picker offers: histories, tracks and photos. */
    private static final List<String> RECORD_FILES = List.of("json", "gpx", "jpg", "jpeg", "heic", "heif", "png",
            "tif", "tiff", "webp", "dng");

    @Override
    public Optional<Path> chooseSave(String title, String name, String extension) {
        return files.save(title, name, List.of(extension));
    }

    @Override
    public void showError(String title, String message) {
        message(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        message(Alert.AlertType.INFORMATION, title, message);
    }

    private void message(Alert.AlertType type, String title, String message) {
        messages.showOnce(type, title, message, type == Alert.AlertType.ERROR ? "timelineError" : "timelineInfo");
    }

    // ---- form parts ---------------------------------------------------------------------------------------------

    /** The ISO code in a country box: "KZ", "kz", "KZ — Kazakhstan", or a name in either language. */
    private String code(ComboBox<String> box, I18n t) {
        return code(box, t, false);
    }

    private String code(ComboBox<String> box, I18n t, boolean schengen) {
        String text = box.getEditor().getText() == null ? "" : box.getEditor().getText().strip();
        if (text.isEmpty() && box.getValue() != null) {
            text = box.getValue();
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (schengen && (upper.startsWith("SCHENGEN")
                || upper.startsWith(t.tr("area.schengen").toUpperCase(Locale.ROOT)))) {
            return "SCHENGEN";
        }
        String head = upper.length() >= 2 ? upper.substring(0, 2) : upper;
        if ((upper.length() == 2 || upper.length() > 2 && !Character.isLetter(upper.charAt(2)))
                && List.of(Locale.getISOCountries()).contains(head)) {
            return head;
        }
        for (String c : Locale.getISOCountries()) {
            for (Locale l : I18n.SUPPORTED) {
                if (new Locale("", c).getDisplayCountry(l).equalsIgnoreCase(text)) {
                    return c;
                }
            }
        }
        // the start of one name only ("armen"), at least three letters: the box shows it whole once left
        String part = text.toLowerCase(t.locale());
        List<? extends String> all = box.getItems() instanceof javafx.collections.transformation.FilteredList<String> f
                ? f.getSource() : box.getItems();
        List<? extends String> left = part.length() < 3 ? List.of() : all.stream().filter(i -> {
            int dash = i.indexOf(" \u2014 ");
            return dash > 0 && i.substring(dash + 3).toLowerCase(t.locale()).startsWith(part);
        }).toList();
        if (left.size() == 1) {
            return left.get(0).startsWith("SCHENGEN") ? "SCHENGEN" : left.get(0).substring(0, 2);
        }
        throw new FormProblem(t.tr("form.error.country", text));
    }

    /** A message for the form's error line. */
    private static final class FormProblem extends RuntimeException {
        FormProblem(String message) {
            super(message);
        }
    }

    private interface Reading<T> {
        T read();
    }

    private record Result<T>(T value, boolean delete) {
    }

    /** One form dialog: labelled rows, an error line, and Save, Delete (when editing) and Cancel. */
    private final class Form {
        private final I18n t;
        private final Dialog<ButtonType> dialog = new Dialog<>();
        private final GridPane grid = new GridPane();
        private final Label error = new Label();
        private final ButtonType save;
        private final ButtonType delete;
        private int rows;

        Form(I18n t, String title, String id, boolean canDelete) {
            this.t = t;
            dialog.initOwner(owner.get());
            dialog.setTitle(title);
            dialog.setHeaderText(title);
            dialog.getDialogPane().setId(id);
            save = new ButtonType(t.tr("edit.save"), ButtonBar.ButtonData.OK_DONE);
            delete = new ButtonType(t.tr("form.delete"), ButtonBar.ButtonData.LEFT);
            ButtonType cancel = new ButtonType(t.tr("edit.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            dialog.getDialogPane().getButtonTypes().add(save);
            if (canDelete) {
                dialog.getDialogPane().getButtonTypes().add(delete);
            }
            dialog.getDialogPane().getButtonTypes().add(cancel);
            grid.setHgap(10);
            grid.setVgap(8);
            error.setId("formError");
            error.getStyleClass().add("form-error");
            error.setWrapText(true);
            error.setMaxWidth(420);
            error.setManaged(false);
            error.setVisible(false);
        }

        void row(String label, Node input) {
            if (label != null) {
                Label l = new Label(t.tr(label));
                l.setMinWidth(Region.USE_PREF_SIZE); // a field's name is never cut; the fields give way
                l.setLabelFor(input);
                grid.add(l, 0, rows);
            }
            grid.add(input, 1, rows++);
        }

        ComboBox<String> country(String id, String code, boolean withSchengen) {
            ComboBox<String> box = new ComboBox<>();
            box.setId(id);
            box.setEditable(true);
            box.setPrefWidth(300);
            List<String> items = new ArrayList<>();
            if (withSchengen) {
                items.add("SCHENGEN — " + t.tr("area.schengen"));
            }
            List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
            java.text.Collator order = org.relocationplanner.ui.common.CountryPickers.collator(t);
            codes.sort((a, b) -> order.compare(new Locale("", a).getDisplayCountry(t.locale()),
                    new Locale("", b).getDisplayCountry(t.locale())));
            for (String c : codes) {
                items.add(c + " — " + new Locale("", c).getDisplayCountry(t.locale()));
            }
            javafx.collections.transformation.FilteredList<String> shown = new javafx.collections.transformation
                    .FilteredList<>(javafx.collections.FXCollections.observableArrayList(items));
            box.setItems(shown);
            String current = items.stream().filter(s -> s.startsWith(code + " ")).findFirst().orElse(code);
            box.setValue(current);
            box.getEditor().setText(current);
            box.setVisibleRowCount(8);
            filterAsTyped(box, shown);
            return box;
        }

        /**
         * Typing into the country box narrows its list to the countries whose code or name (in the UI language)
         * holds the typed text, and opens it; once the text names one country (or is a whole code) the list closes
         * again, so that it does not cover the next field. Choosing from the list is not taken for typing.
         */
        private void filterAsTyped(ComboBox<String> box, javafx.collections.transformation.FilteredList<String> shown) {
            box.getEditor().textProperty().addListener((o, a, typed) -> {
                if (!box.getEditor().isFocused() || typed == null || typed.equals(box.getValue())) {
                    return; // set by the app, or a choice from the list
                }
                String q = typed.strip().toLowerCase(t.locale());
                javafx.application.Platform.runLater(() -> {
                    String caret = box.getEditor().getText();
                    int at = box.getEditor().getCaretPosition();
                    shown.setPredicate(q.isEmpty() ? null : item -> item.toLowerCase(t.locale()).contains(q));
                    if (!caret.equals(box.getEditor().getText())) {
                        box.getEditor().setText(caret); // a narrowed list may reset the editor: the typing stays
                        box.getEditor().positionCaret(at);
                    }
                    // one country left, or a code typed whole ("kz")
                    boolean one = shown.size() == 1 || q.length() == 2 && shown.stream().anyMatch(item -> item
                            .toLowerCase(t.locale()).startsWith(q + " "));
                    if (shown.isEmpty() || one) {
                        box.hide();
                    } else if (!box.isShowing()) {
                        box.show();
                    }
                });
            });
            box.getEditor().focusedProperty().addListener((o, a, focused) -> {
                if (!focused) {
                    box.hide();
                    // one country left for what was typed: it is written out whole, so the choice is seen
                    String typed = box.getEditor().getText() == null ? "" : box.getEditor().getText().strip();
                    if (shown.size() == 1 && !typed.isEmpty() && !typed.equals(shown.get(0))) {
                        box.getEditor().setText(shown.get(0));
                    }
                }
            });
        }

        DatePicker date(String id, LocalDate value) {
            DatePicker p = new DatePicker(value);
            p.setId(id);
            p.setConverter(new org.relocationplanner.ui.common.DateText(t.locale()));
            p.setPromptText(org.relocationplanner.ui.common.DateText.pattern(t.locale()));
            p.setPrefWidth(180);
            return p;
        }

        TextArea note(String id, String text) {
            TextArea a = new TextArea(text);
            a.setId(id);
            a.setPrefRowCount(3);
            a.setWrapText(true);
            a.setPrefWidth(300);
            a.setTextFormatter(new javafx.scene.control.TextFormatter<String>(c ->
                    c.getControlNewText().length() > Trip.MAX_NOTE ? null : c));
            return a;
        }

        /** The date typed into a picker (typed text counts even before Enter); null when empty and optional. */
        LocalDate read(DatePicker p, String label, boolean required) {
            String text = p.getEditor().getText() == null ? "" : p.getEditor().getText().strip();
            String rejected = ((org.relocationplanner.ui.common.DateText) p.getConverter()).takeRejected();
            if (text.isEmpty() && rejected != null) {
                p.getEditor().setText(rejected); // the picker emptied the field; show what was typed
                text = rejected;
            }
            if (text.isEmpty()) {
                if (required) {
                    throw new FormProblem(t.tr("form.error.date_missing", t.tr(label)));
                }
                return null;
            }
            LocalDate d = org.relocationplanner.ui.common.DateText.parse(text);
            if (d == null) {
                throw new FormProblem(t.tr("form.error.date", t.tr(label), text, org.relocationplanner.ui.common.DateText.pattern(t.locale())));
            }
            if (!org.relocationplanner.domain.Plausible.day(d)) {
                throw new FormProblem(t.tr("form.error.date_range", t.tr(label), t.date(d),
                        t.date(org.relocationplanner.domain.Plausible.FIRST_DAY),
                        t.date(org.relocationplanner.domain.Plausible.LAST_DAY)));
            }
            return d;
        }

        /** The first and last valid day from two pickers, the second not before the first. */
        LocalDate[] period(DatePicker from, DatePicker to) {
            LocalDate a = read(from, "document.from", true);
            LocalDate b = read(to, "document.to", true);
            if (b.isBefore(a)) {
                throw new FormProblem(t.tr("document.error.to_before"));
            }
            return new LocalDate[] {a, b};
        }

        <T> Optional<Result<T>> show(Reading<T> reading) {
            return show(reading, null);
        }

        /**
         * Shows the form until it is saved with valid values, deleted or cancelled. When {@code caution} has
         * something to say of the values entered, it is shown and the values are saved only when Save is pressed
         * again without changing them.
         */
        <T> Optional<Result<T>> show(Reading<T> reading, java.util.function.Function<T, String> caution) {
            grid.add(error, 0, rows++, 2, 1);
            dialog.getDialogPane().setContent(grid);
            List<Result<T>> out = new ArrayList<>();
            Button ok = (Button) dialog.getDialogPane().lookupButton(save);
            List<T> cautioned = new ArrayList<>();
            ok.addEventFilter(ActionEvent.ACTION, e -> {
                try {
                    T value = reading.read();
                    String said = caution == null ? null : caution.apply(value);
                    if (said != null && !cautioned.contains(value)) {
                        cautioned.clear();
                        cautioned.add(value);
                        if (!error.getStyleClass().contains("form-caution")) {
                            error.getStyleClass().add("form-caution");
                        }
                        ok.setText(t.tr("edit.save_anyway"));
                        // the button bar fixed the buttons' common width for the shorter word: let this one grow
                        ButtonBar.setButtonUniformSize(ok, false);
                        ok.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
                        ok.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                        showError(said); // the window is sized again with the longer button
                        e.consume();
                        return;
                    }
                    out.add(new Result<>(value, false));
                } catch (FormProblem | IllegalArgumentException problem) {
                    error.getStyleClass().removeAll("form-caution");
                    showError(problem.getMessage());
                    e.consume();
                }
            });
            Optional<ButtonType> pressed = dialog.showAndWait();
            if (pressed.isPresent() && pressed.get() == delete) {
                return Optional.of(new Result<>(null, true));
            }
            return pressed.filter(b -> b == save && !out.isEmpty()).map(b -> out.get(0));
        }

        private void showError(String text) {
            error.setText(text);
            error.setManaged(true);
            error.setVisible(true);
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }


}
