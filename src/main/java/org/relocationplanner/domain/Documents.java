package org.relocationplanner.domain;

import java.util.List;

/** The user's passports, visas and residence permits. */
public record Documents(List<Passport> passports, List<Visa> visas, List<ResidencePermit> permits) {

    public static final Documents NONE = new Documents(List.of(), List.of(), List.of());

    public Documents {
        passports = List.copyOf(passports);
        visas = List.copyOf(visas);
        permits = List.copyOf(permits);
    }

    /** Whether every day of {@code d} lies within the days the app counts with ({@link Plausible}). */
    public static boolean inRange(Document d) {
        if (d instanceof Visa v) {
            return Plausible.day(v.validFrom()) && Plausible.day(v.validTo());
        }
        if (d instanceof ResidencePermit r) {
            return Plausible.day(r.validFrom()) && Plausible.day(r.validTo());
        }
        return Plausible.day(d.endsOn());
    }

    /**
     * These documents without those an earlier version stored with a day outside the dates the app supports: the
     * ones the stay engine and the deadlines count.
     */
    public Documents inRange() {
        return new Documents(passports.stream().filter(Documents::inRange).toList(),
                visas.stream().filter(Documents::inRange).toList(),
                permits.stream().filter(Documents::inRange).toList());
    }

    /** Every document, passports first, then visas and permits. */
    public java.util.List<Document> all() {
        java.util.List<Document> all = new java.util.ArrayList<>(passports);
        all.addAll(visas);
        all.addAll(permits);
        return all;
    }

    /** These documents with {@code old} replaced by {@code now} (either may be null: an addition or a removal). */
    public Documents replace(Document old, Document now) {
        java.util.List<Passport> p = new java.util.ArrayList<>(passports);
        java.util.List<Visa> v = new java.util.ArrayList<>(visas);
        java.util.List<ResidencePermit> r = new java.util.ArrayList<>(permits);
        swap(p, old, now, Passport.class);
        swap(v, old, now, Visa.class);
        swap(r, old, now, ResidencePermit.class);
        return new Documents(p, v, r);
    }

    private static <T extends Document> void swap(java.util.List<T> list, Document old, Document now, Class<T> type) {
        int at = type.isInstance(old) ? list.indexOf(type.cast(old)) : -1;
        if (at >= 0) {
            list.remove(at);
        }
        if (type.isInstance(now)) {
            list.add(at >= 0 ? at : list.size(), type.cast(now));
        }
    }
}
