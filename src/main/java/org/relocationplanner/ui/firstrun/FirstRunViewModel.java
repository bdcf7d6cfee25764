package org.relocationplanner.ui.firstrun;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.ui.settings.SafetyViewModel;

/**
 * The first start: language, passports, the country the user is in, the income currency, and an offer of a
 * password. Nothing is saved until the last step; then {@code onFinish} gets the answers.
 */
public final class FirstRunViewModel {

    public enum Step { LANGUAGE, PASSPORT, COUNTRY, INCOME, PASSWORD }

    /** The answers; {@code password} is null when the user chose none (its array is the caller's to wipe). */
    public record Answers(Locale language, String passport, List<String> otherPassports, String country,
                          String incomeCurrency, char[] password) {
    }


    private final List<Destination> destinations;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.LANGUAGE);
    private final ObjectProperty<Locale> language;
    private final StringProperty passport = new SimpleStringProperty("RU");
    private final ObservableList<String> otherPassports = FXCollections.observableArrayList();
    private final ObservableList<String> passports = FXCollections.observableArrayList(
            org.relocationplanner.ui.settings.SettingsViewModel.PASSPORTS);
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty incomeCurrency = new SimpleStringProperty("RUB");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.BooleanProperty busy = new javafx.beans.property.SimpleBooleanProperty();
    private final Consumer<Locale> onLanguage;
    private final Consumer<Answers> onFinish;
    private char[] password;
    private char[] repeat;

    public FirstRunViewModel(Locale language, List<Destination> destinations, Consumer<Locale> onLanguage,
                             Consumer<Answers> onFinish) {
        this.language = new SimpleObjectProperty<>(language);
        this.destinations = destinations;
        this.onLanguage = onLanguage;
        this.onFinish = onFinish;
        this.language.addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                onLanguage.accept(b);
            }
        });
    }

    public List<Destination> destinations() {
        return destinations;
    }

    /** Currencies an income may come in: the ruble first, then the usual ones, then the countries' own. */
    public List<String> currencies() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(List.of("RUB", "USD", "EUR"));
        destinations.stream().map(Destination::currency).sorted().forEach(all::add);
        return List.copyOf(all);
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public StringProperty passportProperty() {
        return passport;
    }

    /** The passports to choose from: those the data has stay rules for. */
    public ObservableList<String> passports() {
        return passports;
    }

    public ObservableList<String> otherPassports() {
        return otherPassports;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty incomeCurrencyProperty() {
        return incomeCurrency;
    }

    /** What stops the step from going on ("passwords differ"), as a message key; empty when nothing does. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True from handing the answers over until they are kept, or {@link #finishFailed} (the view shows it). */
    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The answers could not be kept: the assistant stays on its last step and says why ({@code key}, an i18n key). */
    public void finishFailed(String key) {
        busy.set(false);
        problem.set(key);
    }

    /** The password typed on the last step and its repetition (both may be empty: no password). */
    public void setPassword(char[] password, char[] repeat) {
        this.password = password;
        this.repeat = repeat;
        problem.set("");
    }

    public boolean isLast() {
        return step.get() == Step.PASSWORD;
    }

    public boolean isFirst() {
        return step.get() == Step.LANGUAGE;
    }

    public void back() {
        problem.set("");
        if (!isFirst()) {
            step.set(Step.values()[step.get().ordinal() - 1]);
        }
    }

    /** Goes to the next step, or on the last one hands the answers over; false when a problem stops it. */
    public boolean next() {
        if (!isLast()) {
            problem.set("");
            step.set(Step.values()[step.get().ordinal() + 1]);
            return true;
        }
        char[] pw = password == null ? new char[0] : password;
        char[] again = repeat == null ? new char[0] : repeat;
        if (pw.length > 0 || again.length > 0) {
            SafetyViewModel.PasswordProblem refusal = SafetyViewModel.check(pw, again);
            if (refusal != null) {
                String refused = refusal == SafetyViewModel.PasswordProblem.TOO_SHORT ? "firstrun.password.short"
                        : "firstrun.password.differ";
                java.util.Arrays.fill(pw, '\0');
                java.util.Arrays.fill(again, '\0');
                problem.set(refused);
                return false;
            }
        }
        java.util.Arrays.fill(again, '\0');
        busy.set(true);
        onFinish.accept(new Answers(language.get(), passport.get(), List.copyOf(otherPassports),
                country.get() == null ? "" : country.get(), incomeCurrency.get(), pw.length == 0 ? null : pw));
        return true;
    }

    /** The answers as they stand, to carry them over when the window is built again in another language. */
    public void takeOver(FirstRunViewModel earlier) {
        step.set(earlier.step.get());
        passport.set(earlier.passport.get());
        otherPassports.setAll(earlier.otherPassports);
        country.set(earlier.country.get());
        incomeCurrency.set(earlier.incomeCurrency.get());
    }
}
