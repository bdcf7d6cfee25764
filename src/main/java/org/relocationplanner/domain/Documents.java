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

    public Documents withPassports(List<Passport> p) {
        return new Documents(p, visas, permits);
    }

    public Documents withVisas(List<Visa> v) {
        return new Documents(passports, v, permits);
    }

    public Documents withPermits(List<ResidencePermit> p) {
        return new Documents(passports, visas, p);
    }
}
