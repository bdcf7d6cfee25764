package org.relocationplanner.domain.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.domain.TripOverlaps;

/**
 * A proposed trip held against the trips already saved: new, already there, there with other dates, or at odds
 * with a trip in another country (more shared days than a border crossing); {@code related} are the saved trips
 * concerned.
 */
public record ProposalCheck(ProposedTrip proposal, Status status, List<Trip> related) {

    public enum Status {
        /** No saved trip covers any of its days. */
        NEW,
        /** A saved trip in the same country covers all its days. */
        ALREADY_SAVED,
        /** A saved trip in the same country shares some of its days. */
        DATES_DIFFER,
        /** A saved trip in another country shares more than a border-crossing day with it. */
        CLASHES
    }

    public ProposalCheck {
        related = List.copyOf(related);
    }

    /** Whether the review ticks it at first: only a new trip that nothing saved contradicts and the records bear out. */
    public boolean acceptedAtFirst() {
        return status == Status.NEW && proposal.sureness() != ProposedTrip.Sureness.UNSURE;
    }

    public static List<ProposalCheck> against(List<ProposedTrip> proposals, List<Trip> saved, LocalDate today) {
        List<ProposalCheck> out = new ArrayList<>(proposals.size());
        for (ProposedTrip p : proposals) {
            Trip t = new Trip(p.country(), p.entry(), p.exit(), "");
            LocalDate end = TripOverlaps.lastDay(t, today);
            Status status = Status.NEW;
            List<Trip> related = new ArrayList<>();
            for (Trip s : saved) {
                LocalDate last = TripOverlaps.lastDay(s, today);
                // a saved stay in the same country that ends the day before or begins the day after is the same
                // stay with other dates: saving both would read as an exit and a re-entry
                boolean touches = s.country().equals(p.country())
                        && (last.plusDays(1).equals(p.entry()) || s.entry().minusDays(1).equals(end));
                boolean shares = touches || !s.entry().isAfter(end) && !last.isBefore(p.entry());
                if (!shares) {
                    continue;
                }
                if (s.country().equals(p.country())) {
                    related.add(s);
                    boolean covers = !touches && !s.entry().isAfter(p.entry()) && !last.isBefore(end);
                    if (covers && status != Status.CLASHES && status != Status.DATES_DIFFER) {
                        status = Status.ALREADY_SAVED;
                    } else if (!covers && status != Status.CLASHES) {
                        status = Status.DATES_DIFFER;
                    }
                } else if (!TripOverlaps.of(t, List.of(s), today).isEmpty()) {
                    related.add(s);
                    status = Status.CLASHES;
                }
            }
            out.add(new ProposalCheck(p, status, related));
        }
        return out;
    }
}
