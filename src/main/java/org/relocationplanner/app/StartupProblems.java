package org.relocationplanner.app;

import java.io.IOException;
import java.util.function.Supplier;
import org.relocationplanner.data.DatabaseProblem;
import org.relocationplanner.ui.common.I18n;

/**
 * What the window does when its data cannot be opened: another copy has it (bring that one forward), it is
 * damaged or from a newer version (offer a fresh database, the old one kept aside), or it is out of reach.
 */
final class StartupProblems {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StartupProblems.class);

    private final AppConfig config;
    private final DataSession session;
    private final Supplier<I18n> i18n;
    private final Runnable startFresh;
    private final Runnable quit;

    StartupProblems(AppConfig config, DataSession session, Supplier<I18n> i18n, Runnable startFresh, Runnable quit) {
        this.config = config;
        this.session = session;
        this.i18n = i18n;
        this.startFresh = startFresh;
        this.quit = quit;
    }

    void handle(Exception e) {
        if (!(e instanceof DatabaseProblem p)) {
            LOG.error("Start-up failed", e);
            config.startupDialogs().cannotStart(i18n.get().tr("startup.failed"));
            quit.run();
            return;
        }
        LOG.warn("Database problem ({}) with {}: {}", p.kind(), p.file(), p.getMessage());
        switch (p.kind()) {
            case LOCKED -> {
                if (config.startupDialogs().databaseLocked(p) == StartupDialogs.LockedChoice.SWITCH_TO_OTHER) {
                    try {
                        FocusSignal.request(session.folder().dir());
                    } catch (IOException io) {
                        LOG.warn("Could not ask the other copy to come forward: {}", io.getMessage());
                    }
                }
                quit.run();
            }
            case CORRUPT, NEWER_VERSION -> {
                if (config.startupDialogs().offerFreshDatabase(p)) {
                    startFresh.run();
                } else {
                    quit.run();
                }
            }
            default -> {
                config.startupDialogs().cannotStart(i18n.get().tr("startup.unavailable", p.file()));
                quit.run();
            }
        }
    }

}
