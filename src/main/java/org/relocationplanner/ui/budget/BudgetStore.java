package org.relocationplanner.ui.budget;

import java.util.List;
import java.util.Optional;
import org.relocationplanner.domain.Rate;

/** Where the budget and rate screens keep their data; called off the FX thread. */
public interface BudgetStore {

    /** Every stored rate (installing the shipped history first when it is newer). */
    List<Rate> rates();

    /** Stores rates in one transaction: added, updated, skipped. */
    int[] saveRates(List<Rate> rates);

    /** The Central Bank of Russia's currency codes learnt so far, to read its dynamic files. */
    java.util.Map<String, String> cbrIds();

    void rememberCbrIds(java.util.Map<String, String> ids);

    Optional<String> plan();

    void savePlan(String json);

    boolean preferManualRates();

    void savePreferManualRates(boolean prefer);
}
