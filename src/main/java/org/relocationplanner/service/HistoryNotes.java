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

    /** A message by key, filled with its arguments. */
    public interface Wording {
        String tr(String key, Object... args);
    }

    private HistoryNotes() {
    }

    /** The English messages of the window, for the command line. */
    public static Wording english() {
        ResourceBundle b = ResourceBundle.getBundle("org.relocationplanner.i18n.messages", Locale.UK,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return (key, args) -> new MessageFormat(b.getString(key), Locale.UK).format(args);
    }

    public static String note(ProposedTrip p, Wording w) {
        String sources = p.sources().stream().sorted()
                .map(s -> w.tr("history.source." + s.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
        StringBuilder note = new StringBuilder(w.tr("history.note", sources, String.valueOf(p.positions()),
                String.valueOf(p.daysWithPositions()), String.valueOf(p.days())));
        if (p.longestGap() > 1) {
            note.append(' ').append(w.tr("history.note.gap", String.valueOf(p.longestGap())));
        }
        if (p.seenBefore() == null) {
            note.append(' ').append(w.tr("history.note.entry_open"));
        } else if (p.entryUnknownDays() > 0) {
            note.append(' ').append(w.tr("history.note.entry_range", p.seenBefore().plusDays(1).toString(),
                    p.entry().toString()));
        }
        if (p.seenAfter() == null) {
            note.append(' ').append(w.tr("history.note.exit_open"));
        } else if (p.exitUnknownDays() > 0) {
            note.append(' ').append(w.tr("history.note.exit_range", p.exit().toString(),
                    p.seenAfter().minusDays(1).toString()));
        }
        return note.toString();
    }
}
