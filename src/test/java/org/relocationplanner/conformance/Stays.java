package org.relocationplanner.conformance;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.relocationplanner.domain.AreaStatus;
import org.relocationplanner.domain.Dataset;
import org.relocationplanner.domain.Documents;
import org.relocationplanner.domain.RuleBook;
import org.relocationplanner.domain.Situation;
import org.relocationplanner.domain.StayEngine;
import org.relocationplanner.domain.StayEvaluation;
import org.relocationplanner.domain.StayWarning;
import org.relocationplanner.domain.Trip;
import org.relocationplanner.io.DatasetFormatException;
import org.relocationplanner.io.DatasetReader;

/** Trips written as the sources write them, counted on the rules the app ships, for the ordinary Russian passport. */
final class Stays {

    static final RuleBook RULES = RuleBook.of(shipped());

    private Stays() {
    }

    private static Dataset shipped() {
        try {
            return DatasetReader.readShipped();
        } catch (DatasetFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** {@code "FR 2014-08-15 2014-09-30"}, or {@code "FR 2014-11-01 -"} while still there. */
    static Trip trip(String spec) {
        String[] p = spec.split(" ");
        return new Trip(p[0], d(p[1]), p[2].equals("-") ? null : d(p[2]), "");
    }

    static List<Trip> trips(String... specs) {
        return Arrays.stream(specs).map(Stays::trip).toList();
    }

    /** Everything about the trips as it stands on {@code day}. */
    static StayEvaluation on(String day, String... trips) {
        return new StayEngine(RULES).evaluate(new Situation("RU", trips(trips), Documents.NONE), d(day));
    }

    /** Where the trips leave the user in the Schengen area on {@code day}. */
    static AreaStatus schengen(String day, String... trips) {
        return on(day, trips).status("SCHENGEN");
    }

    /** The kinds of note on a status, in order. */
    static List<StayWarning.Kind> kinds(AreaStatus s) {
        return s.notes().stream().map(StayWarning::kind).toList();
    }
}
