package org.relocationplanner.domain;

import java.time.LocalDate;

/** A passport, a visa or a residence permit. */
public sealed interface Document permits Passport, Visa, ResidencePermit {

    /** The last day the document is valid. */
    LocalDate endsOn();
}
