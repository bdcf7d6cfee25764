package org.relocationplanner.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.relocationplanner.domain.history.ProposedTrip;

/**
 * The note a trip from the user's records is saved with: where it came from and how far the records bear it out,
 * in the words of the window's language (the command line's are English). Dates are ISO, as in the trips file.
 */
public final class HistoryNotes {

    /** A message by key, filled with its arguments; a counted phrase by the language's plural rules. */
    public interface Wording {
        String tr(String key, Object... args);

        /** {@code key.one} or {@code key.many} (English); the window's wording also knows Russian's {@code few}. */
        default String count(String key, long n) {
            return tr(key + (n == 1 ? ".one" : ".many"), n);
        }
    }

    private HistoryNotes() {
    }

    /** The English messages of the window, for the command line. */
    public static Wording english() {
        ResourceBundle b = ResourceBundle.getBundle("org.relocationplanner.i18n.messages", Locale.UK,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return (key, args) -> new MessageFormat(b.getString(key), Locale.UK).format(args);
    }

    /**
     * What was read and what was left out, in one paragraph: the window shows it above the proposals, the command
     * line prints it on standard error. {@code countryName} names a country code.
     */
    public static String summary(HistoryImport.Summary s, int trips, Wording w,
                                 java.util.function.Function<String, String> countryName) {
        StringBuilder b = new StringBuilder(w.tr("history.summary", w.count("timeline.trips", trips),
                s.positions(), counted(w, "history.files", s.files()), counted(w, "history.photos", s.photos()),
                s.placed()));
        java.util.List<String> out = new java.util.ArrayList<>();
        if (s.atSea() > 0) {
            out.add(w.tr("history.left.sea", s.atSea()));
        }
        if (s.fast() > 0) {
            out.add(w.tr("history.left.fast", s.fast()));
        }
        if (s.imprecise() > 0) {
            out.add(w.tr("history.left.imprecise", s.imprecise()));
        }
        if (s.unusable() > 0) {
            out.add(w.tr("history.left.unusable", s.unusable()));
        }
        if (s.outOfRange() > 0) {
            out.add(w.tr("history.left.out_of_range", s.outOfRange()));
        }
        if (s.plans() > 0) {
            out.add(w.tr("history.left.plans", s.plans()));
        }
        if (s.otherJson().count() > 0) {
            out.add(w.tr("history.left.other_json", s.otherJson().count(), s.otherJson().names()));
        }
        if (s.otherFiles() > 0) {
            out.add(w.tr("history.left.other_files", s.otherFiles()));
        }
        if (s.unreadableFolders() > 0) {
            out.add(w.tr("history.left.folders", s.unreadableFolders()));
        }
        s.unplaced().forEach((area, n) -> out.add(w.tr("history.left.unplaced", n, area)));
        if (s.photosWithoutPosition() + s.photosWithoutDate() > 0) {
            out.add(w.tr("history.left.photos", s.photosWithoutPosition() + s.photosWithoutDate()));
        }
        if (s.unreadablePhotos().count() > 0) {
            out.add(w.tr("history.left.unreadable", s.unreadablePhotos().count(), s.unreadablePhotos().names()));
        }
        if (!out.isEmpty()) {
            b.append(' ').append(w.tr("history.left", String.join("; ", out)));
        }
        s.counted().forEach((area, code) -> b.append(' ').append(w.tr("history.counted", area,
                countryName.apply(code))));
        return b.toString();
    }

    private static String counted(Wording w, String key, int n) {
        return n == 0 ? w.tr(key + ".none") : w.count(key, n);
    }

    public static String note(ProposedTrip p, Wording w) {
        String sources = p.sources().stream().sorted()
                .map(s -> w.tr("history.source." + s.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
        StringBuilder note = new StringBuilder(w.tr("history.note", sources, String.valueOf(p.positions()),
                String.valueOf(p.daysWithPositions()), String.valueOf(p.days())));
        if (p.positions() < ProposedTrip.FEW) {
            note.append(' ').append(w.tr("history.note.few"));
        }
        if (p.nearBorderOnly()) {
            note.append(' ').append(w.tr("history.note.near_border"));
        }
        if (p.longestGap() > ProposedTrip.LONG_SILENCE) {
            note.append(' ').append(w.tr("history.note.silence", String.valueOf(p.longestGap())));
        } else if (p.longestGap() > 1) {
            note.append(' ').append(w.tr("history.note.gap", String.valueOf(p.longestGap())));
        }
        if (p.from() != null) {
            note.append(' ').append(w.tr("history.note.from", p.from().toString()));
        } else if (p.seenBefore() == null) {
            note.append(' ').append(w.tr("history.note.entry_open"));
        } else if (p.entryUnknownDays() == 1) {
            note.append(' ').append(w.tr("history.note.entry_either", p.seenBefore().toString(),
                    p.firstSeen().toString()));
        } else if (p.entryUnknownDays() > 1) {
            note.append(' ').append(w.tr("history.note.entry_range", p.seenBefore().toString(),
                    p.firstSeen().toString()));
        }
        if (p.to() != null) {
            note.append(' ').append(w.tr("history.note.to", p.to().toString()));
        } else if (p.open()) {
            note.append(' ').append(w.tr("history.note.still_there", p.lastSeen().toString()));
        } else if (p.seenAfter() == null) {
            note.append(' ').append(w.tr("history.note.exit_open"));
        } else if (p.exitUnknownDays() > 0) {
            note.append(' ').append(w.tr("history.note.exit_range", p.lastSeen().toString(),
                    p.seenAfter().toString()));
        }
        return note.toString();
    }
}
