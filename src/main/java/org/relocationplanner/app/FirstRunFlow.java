package org.relocationplanner.app;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.relocationplanner.data.SettingsRepository;
import org.relocationplanner.service.Session;
import org.relocationplanner.service.UserData;
import org.relocationplanner.ui.common.FxDialogService;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.firstrun.FirstRunView;
import org.relocationplanner.ui.firstrun.FirstRunViewModel;

/**
 * The first start's assistant: language, passports, where the user is, their income's currency and an optional
 * password; the password is set first, while the database holds nothing of the user's.
 */
final class FirstRunFlow {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FirstRunFlow.class);

    private final AppConfig config;
    private final DataSession session;
    private final SafetyActions safety;
    private final Stage stage;
    private final Supplier<I18n> i18n;
    private final Consumer<java.util.Locale> languageChosen;
    private final Consumer<Boolean> finished;
    private FirstRunViewModel shown;

    /**
     * {@code languageChosen}: the language picked on the first step (the window's language changes with it);
     * {@code finished}: the answers are kept (true) or could not be (false); the screens are to be built.
     */
    FirstRunFlow(AppConfig config, DataSession session, SafetyActions safety, Stage stage, Supplier<I18n> i18n,
                 Consumer<java.util.Locale> languageChosen, Consumer<Boolean> finished) {
        this.config = config;
        this.session = session;
        this.safety = safety;
        this.stage = stage;
        this.i18n = i18n;
        this.languageChosen = languageChosen;
        this.finished = finished;
    }

    /** Shows the assistant (again, in a new language, with what was answered so far). */
    void show(Session.Snapshot s) {
        FirstRunViewModel vm = new FirstRunViewModel(i18n.get().locale(), s.destinations(), locale -> {
            languageChosen.accept(locale);
            Platform.runLater(() -> show(s));
        }, this::finish);
        vm.passports().setAll(s.rules().passports());
        if (shown != null) {
            vm.takeOver(shown);
        }
        boolean first = shown == null;
        shown = vm;
        stage.getScene().setRoot(new FirstRunView(vm, i18n.get()));
        StartupTiming.reportReady();
        if (first) {
            // Issue 20: while the user reads the assistant, the shipped rates are stored, so that Budget does not
            // wait for them later (1.3 s when opened at once). After the first frame, on the database's worker.
            org.relocationplanner.ui.common.Pulses.after(3, () -> config.executor().run(
                    () -> org.relocationplanner.service.RatesService.installShipped(session.db()),
                    e -> org.slf4j.LoggerFactory.getLogger(FirstRunFlow.class).warn(
                            "The shipped rates could not be stored during the first start: {}", e.getMessage())));
        }
    }

    /** The password of the first start could not be set; nothing of the answers was kept. */
    private static final class PasswordNotSet extends Exception {
        PasswordNotSet(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Sets the password first, then keeps the answers (in the encrypted file when there is a password). If the
     * password cannot be set, nothing is kept and the assistant stays on its last step.
     */
    private void finish(FirstRunViewModel.Answers a) {
        FirstRunViewModel vm = shown;
        config.executor().run(() -> {
            if (a.password() != null) {
                try {
                    safety.changePassword(null, a.password());
                } catch (Exception e) {
                    throw new PasswordNotSet(e);
                }
            }
            UserData store = session.store();
            store.savePassport(a.passport());
            store.saveOtherPassports(a.otherPassports());
            store.saveCurrentCountry(a.country());
            store.saveIncomeCurrency(a.incomeCurrency());
            SettingsRepository settings = new SettingsRepository(session.db());
            settings.put(Screens.PASSWORD_OFFERED, "true");
            settings.put(Session.SETUP_DONE, "true");
            return true;
        }, done -> {
            shown = null;
            finished.accept(true);
        }, e -> {
            if (a.password() != null) {
                java.util.Arrays.fill(a.password(), '\0');
            }
            if (e instanceof PasswordNotSet) {
                LOG.warn("The first-start password could not be set: {}", e.getMessage());
                if (vm != null) {
                    vm.finishFailed("firstrun.password.failed");
                }
                return;
            }
            LOG.error("The first-start answers could not be saved", e);
            new FxDialogService(() -> stage, i18n).showError(i18n.get().tr("error.save.title"),
                    i18n.get().tr("error.save.text"));
            finished.accept(false); // the assistant comes back with the answers given (takeOver)
        });
    }
}
