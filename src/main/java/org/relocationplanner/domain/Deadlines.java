package org.relocationplanner.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every upcoming deadline of a situation, most urgent first. */
public final class Deadlines {

    /** A passport this close to expiry gets a warning. */
    public static final int PASSPORT_WARNING_MONTHS = 6;

    private Deadlines() {
    }

    public static List<Deadline> of(StayEvaluation e) {
        LocalDate today = e.today();
        Situation s = e.situation();
        List<Deadline> out = new ArrayList<>();
        for (AreaStatus a : e.statuses()) {
            if (a.inside() && a.overstayDays() > 0) {
                out.add(new Deadline(Deadline.Kind.OVERSTAY, today, a.area(), a.overstayDays(), null));
            } else if (a.inside() && a.latestLegalExit() != null) {
                out.add(new Deadline(Deadline.Kind.LEAVE_BY, a.latestLegalExit(), a.area(), 0, null));
            }
        }
        List<TripCheck> upcoming = e.upcomingTripChecks(); // the stays going on are covered by their area's status
        for (TripCheck c : upcoming) {
            if (c.state() == TripCheck.State.OVERSTAY) {
                out.add(new Deadline(Deadline.Kind.PLANNED_OVERSTAY, c.firstIllegalDay(), c.area(),
                        c.overstayDays(), c.trip()));
            } else if (c.latestLegalExit() != null) {
                out.add(new Deadline(Deadline.Kind.PLANNED_LEAVE_BY, c.latestLegalExit(), c.area(), 0, c.trip()));
            }
        }
        passports(s, today, upcoming, out);
        for (Visa v : s.documents().visas()) {
            if (!v.validTo().isBefore(today)) {
                out.add(new Deadline(Deadline.Kind.VISA_ENDS, v.validTo(), v.area(), 0, null));
            }
        }
        for (ResidencePermit p : s.documents().permits()) {
            if (!p.validTo().isBefore(today)) {
                out.add(new Deadline(Deadline.Kind.PERMIT_ENDS, p.validTo(), p.country(), 0, null));
            }
        }
        TaxResidency tax = e.taxResidency();
        if (tax.changesOn() != null && "RU".equals(s.passport())) {
            out.add(new Deadline(Deadline.Kind.TAX_STATUS_CHANGES, tax.changesOn(), "RU",
                    tax.residentAfter() ? 1 : 0, null));
        }
        out.sort(Comparator.comparing((Deadline d) -> d.urgency(today)).thenComparing(Deadline::date)
                .thenComparing(Deadline::area));
        return out;
    }

    private static void passports(Situation s, LocalDate today, List<TripCheck> upcoming, List<Deadline> out) {
        Passport best = null;
        for (Passport p : s.documents().passports()) {
            if (p.country().equals(s.passport()) && (best == null || p.expiry().isAfter(best.expiry()))) {
                best = p;
            }
        }
        if (best == null) {
            return;
        }
        if (!best.expiry().isAfter(today.plusMonths(PASSPORT_WARNING_MONTHS))) {
            out.add(new Deadline(Deadline.Kind.PASSPORT_EXPIRES, best.expiry(), s.passport(), 0, null));
        }
        for (TripCheck c : upcoming) {
            Trip t = c.trip();
            LocalDate end = t.exit() != null ? t.exit() : (c.latestLegalExit() != null ? c.latestLegalExit() : t.entry());
            if (end.isAfter(best.expiry())) {
                out.add(new Deadline(Deadline.Kind.PASSPORT_BEFORE_TRIP_END, best.expiry(), t.country(), 0, t));
            }
        }
    }
}
