package org.relocationplanner.ui.timeline;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.relocationplanner.domain.Document;
import org.relocationplanner.domain.Trip;

/** The timeline's questions to the user, behind an interface so that the ViewModel is tested without windows. */
public interface TimelineDialogs {

    /** The user's answer to a trip form: the trip as entered, or a request to delete it. */
    record TripEdit(Trip trip, boolean delete) {
    }

    /** The user's answer to a document form. */
    record DocumentEdit(Document document, boolean delete) {
    }

    /**
     * The trip form, filled with {@code trip}; empty when cancelled. Before saving, the form shows what
     * {@code caution} says of the trip as entered (null: nothing) and saves only when Save is pressed again.
     */
    Optional<TripEdit> editTrip(Trip trip, boolean isNew, java.util.List<String> passports,
                                Function<Trip, String> caution);

    /** The form for one document, filled with {@code document}; empty when cancelled. */
    Optional<DocumentEdit> editDocument(Document document, boolean isNew);

    /** A file to read, with the given extension ("csv"). */
    Optional<Path> chooseOpen(String title, String extension);

    /** A file to write, suggested under {@code name}. */
    Optional<Path> chooseSave(String title, String name, String extension);

    /**
     * Location histories, GPX tracks or photos to read (issue 18): one file, or with {@code folder} a folder of them;
     * empty when cancelled.
     */
    default java.util.List<Path> chooseRecords(String title, boolean folder) {
        return java.util.List.of();
    }

    void showError(String title, String message);

    void showInfo(String title, String message);
}
