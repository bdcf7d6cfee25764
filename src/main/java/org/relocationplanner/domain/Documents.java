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
