package org.relocationplanner.ui.shell;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.relocationplanner.domain.Dataset;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.ui.common.FactFormatter;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.settings.SettingsViewModel;

/** The window around the screens: which screen is shown, and the facts that are always in sight. */
public final class MainViewModel {

    private final ObjectProperty<Screen> screen;
    private final ReadOnlyStringWrapper passport = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper country = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper deadline = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper datasetStatus = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper ratesStatus = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper lockStatus = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper deadlineStyle = new ReadOnlyStringWrapper("");
    private final javafx.collections.ObservableList<String> notice = javafx.collections.FXCollections
            .observableArrayList();

    private final List<Destination> destinations;
    private final SettingsViewModel settings;
    private final I18n i18n;
    private final Clock clock;

    public MainViewModel(Screen first, Dataset.Info dataset, List<Destination> destinations,
                         SettingsViewModel settings, I18n i18n, Clock clock) {
        this.screen = new SimpleObjectProperty<>(first);
        this.destinations = destinations;
        this.settings = settings;
        this.i18n = i18n;
        this.clock = clock;
        datasetStatus.set(i18n.tr("status.dataset", dataset.version(), i18n.date(dataset.released())));
        ratesStatus.set(i18n.tr("status.rates.none"));
        lockStatus.set(i18n.tr("status.unencrypted"));
        deadline.set(i18n.tr("top.deadline.none"));
        settings.passportProperty().addListener((o, a, b) -> refresh());
        settings.currentCountryProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        passport.set(i18n.tr("top.passport", settings.passportProperty().get()));
        LocalDate today = LocalDate.now(clock);
        Optional<Destination> here = destinations.stream()
                .filter(d -> d.code().equals(settings.currentCountryProperty().get())).findFirst();
        if (here.isEmpty()) {
            country.set(i18n.tr("top.country.none"));
            return;
        }
        Destination d = here.get();
        String rule = d.ruleOn(settings.passportProperty().get(), today)
                .map(r -> new FactFormatter(i18n).stay(r)).orElse(i18n.tr("stay.rule_unknown"));
        country.set(i18n.tr("top.country", d.name().in(i18n.locale()), rule));
    }

    /** Keeps the status bar's rate line on the newest stored rate. */
    public void bindRates(javafx.beans.value.ObservableValue<String> text) {
        ratesStatus.bind(text);
    }

    /** Keeps the top bar's deadline on the most urgent one, styled by how close it is. */
    public void bindDeadline(javafx.beans.value.ObservableValue<String> text,
                             javafx.beans.value.ObservableValue<org.relocationplanner.domain.Deadline.Urgency> level) {
        deadline.bind(text);
        deadlineStyle.bind(javafx.beans.binding.Bindings.createStringBinding(() -> level.getValue() == null ? ""
                : "urgency-" + level.getValue().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), level));
    }

    private final javafx.beans.property.BooleanProperty offerPassword = new javafx.beans.property.SimpleBooleanProperty();

    /** True to offer, once, to protect the data with a password (the first start, or the first after an update). */
    public javafx.beans.property.BooleanProperty offerPasswordProperty() {
        return offerPassword;
    }

    /** The deadlines to tell the user about as the app starts; empty hides the notice. */
    public void notice(List<String> lines) {
        notice.setAll(lines);
    }

    public javafx.collections.ObservableList<String> notice() {
        return notice;
    }

    public ReadOnlyStringProperty deadlineStyleProperty() {
        return deadlineStyle.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ReadOnlyStringProperty passportProperty() {
        return passport.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countryProperty() {
        return country.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deadlineProperty() {
        return deadline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty datasetStatusProperty() {
        return datasetStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ratesStatusProperty() {
        return ratesStatus.getReadOnlyProperty();
    }

    /** Says in the status bar whether the data file is encrypted with the user's password. */
    public void encrypted(boolean on) {
        lockStatus.set(i18n.tr(on ? "status.encrypted" : "status.unencrypted"));
    }

    public ReadOnlyStringProperty lockStatusProperty() {
        return lockStatus.getReadOnlyProperty();
    }

    private final javafx.beans.property.StringProperty hint = new javafx.beans.property.SimpleStringProperty("");

    /** A hint of what to do next (after the first start); empty when none shows. */
    public javafx.beans.property.StringProperty hintProperty() {
        return hint;
    }
}
