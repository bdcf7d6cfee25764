package org.relocationplanner.service;

import java.util.List;
import org.relocationplanner.data.AnnotationRepository;
import org.relocationplanner.data.Database;
import org.relocationplanner.data.DestinationRepository;
import org.relocationplanner.data.RecordRepository;
import org.relocationplanner.data.SettingsRepository;
import org.relocationplanner.data.ShippedData;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.domain.UserAnnotation;
import org.relocationplanner.domain.Weights;
import org.relocationplanner.io.DatasetFormatException;
import org.relocationplanner.io.DatasetReader;
import org.relocationplanner.io.RankingReport;

/** What the Compare screen and {@code relocation-planner compare} rank, read the same way for both. */
public final class CompareData {

    private CompareData() {
    }

    /**
     * What is ranked: destinations, the user's own values, weights, passport and other passports held, the rules
     * of every passport (researched, or read from the general listing), and where they came from.
     */
    public record Inputs(List<Destination> destinations, List<UserAnnotation> annotations, Weights weights,
                          String passport, int datasetVersion, RankingReport.Data data,
                          org.relocationplanner.domain.RuleBook rules, List<String> otherPassports) {
    }

    /** The user's data as the window reads it, with the shipped dataset installed first when it is newer. */
    public static Inputs yours(Database db, DataFolder folder) throws DatasetFormatException {
        DestinationRepository destinations = new DestinationRepository(db);
        ShippedData.installIfNewer(destinations, DatasetReader.readShipped());
        AnnotationRepository annotations = new AnnotationRepository(db, java.time.Clock.systemDefaultZone());
        UserData store = new UserData(new SettingsRepository(db), annotations, new RecordRepository(db),
                folder);
        DestinationRepository.Installed installed = destinations.installed();
        return new Inputs(installed.destinations(), annotations.all(), store.weights(), store.passport(),
                destinations.installedDataset().orElseThrow().version(), RankingReport.Data.YOURS, installed.rules(),
                store.otherPassports());
    }

}
