package org.relocationplanner.service;

import java.util.List;
import java.util.Optional;
import org.relocationplanner.domain.Rate;

/** Where the budget and rate screens keep their data; called off the FX thread. */
public interface BudgetStore {

    /** Every stored rate (installing the shipped history first when it is newer). */
    public List<Rate> rates();

    /** Stores rates in one transaction: added, updated, skipped. */
    public int[] saveRates(List<Rate> rates);

    /** The Central Bank of Russia's currency codes learnt so far, to read its dynamic files. */
    public java.util.Map<String, String> cbrIds();

    /** Reads a rates file once and stores it with the IDs it names, in one transaction: added, updated, skipped. */
    public int[] importRates(byte[] content) throws org.relocationplanner.io.RatesFormatException;

    /** How many stored rates were set aside as outside the ranges the app keeps (see {@code rates set-aside}). */
    public int setAsideRates();

    /** Writes the rates set aside as CSV date,currency,rate,source, whole or not at all. */
    public void writeSetAsideRates(java.nio.file.Path file) throws java.io.IOException;

    public Optional<String> plan();

    public void savePlan(String json);

    public boolean preferManualRates();

    public void savePreferManualRates(boolean prefer);
}
