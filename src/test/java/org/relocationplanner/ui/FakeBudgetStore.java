package org.relocationplanner.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relocationplanner.domain.Rate;
import org.relocationplanner.io.RatesFormatException;
import org.relocationplanner.io.RatesReader;
import org.relocationplanner.service.BudgetStore;

/** The budget and rate screens' store in memory, for ViewModel tests without a window or a database. */
public final class FakeBudgetStore implements BudgetStore {

    public final List<Rate> rates = new ArrayList<>();
    public final List<String> plans = new ArrayList<>();
    public boolean preferManual;

    public FakeBudgetStore(List<Rate> rates) {
        this.rates.addAll(rates);
    }

    @Override
    public List<Rate> rates() {
        return List.copyOf(rates);
    }

    @Override
    public int[] saveRates(List<Rate> list) {
        rates.addAll(list);
        return new int[] {list.size(), 0, 0};
    }

    @Override
    public Map<String, String> cbrIds() {
        return Map.of();
    }

    @Override
    public int[] importRates(byte[] content) throws RatesFormatException {
        return saveRates(RatesReader.parse(content, Map.of()).rates());
    }

    /** Rates set aside, as CSV lines without the header. */
    public final List<String> setAside = new ArrayList<>();

    @Override
    public int setAsideRates() {
        return setAside.size();
    }

    @Override
    public void writeSetAsideRates(java.nio.file.Path file) throws java.io.IOException {
        java.nio.file.Files.write(file, setAside);
    }

    @Override
    public Optional<String> plan() {
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(plans.size() - 1));
    }

    @Override
    public void savePlan(String json) {
        plans.add(json);
    }

    @Override
    public boolean preferManualRates() {
        return preferManual;
    }

    @Override
    public void savePreferManualRates(boolean prefer) {
        preferManual = prefer;
    }
}
