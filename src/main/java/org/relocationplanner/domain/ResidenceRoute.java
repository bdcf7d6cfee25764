package org.relocationplanner.domain;

import java.util.Objects;

/**
 * A fact about a way to stay longer than a visa-free stay allows: the route's kind, whether it is open to
 * holders of the passport the data is for, a short note and its source. A country may have several facts
 * about one kind of route (a route and a later restriction of it).
 */
public record ResidenceRoute(Kind kind, Status status, LocalizedText note, Source source) {

    /** What the fact says about the route. */
    public enum Status {
        OPEN, RESTRICTED, CLOSED, INFO;

        public String messageKey() {
            return "route.status." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum Kind {
        WORK, BUSINESS, STUDY, FAMILY, REPATRIATION, REMOTE_WORK, INVESTMENT;

        public String messageKey() {
            return "route." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ResidenceRoute {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        note = note == null ? LocalizedText.EMPTY : note;
    }
}
