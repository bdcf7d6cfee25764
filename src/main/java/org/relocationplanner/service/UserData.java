package org.relocationplanner.service;

import java.util.Arrays;
import java.util.List;
import org.relocationplanner.data.AnnotationRepository;
import org.relocationplanner.data.SettingsRepository;
import org.relocationplanner.domain.UserAnnotation;
import org.relocationplanner.domain.Weights;
import org.relocationplanner.service.CompareStore;
import org.relocationplanner.service.SettingsStore;
import org.relocationplanner.service.TimelineStore;
import org.relocationplanner.service.BudgetStore;
import org.relocationplanner.data.RateRepository;
import org.relocationplanner.data.RecordRepository;
import org.relocationplanner.domain.Documents;
import org.relocationplanner.domain.Trip;

/** The screens' stores over the database's repositories, and the names settings are kept under. */
public final class UserData implements CompareStore, SettingsStore, TimelineStore, BudgetStore {

    public static final String WEIGHTS = "compare.weights";
    public static final String PICKED = "compare.picked";
    public static final String PASSPORT = "profile.passport";
    public static final String COUNTRY = "profile.country";
    public static final String DEFAULT_PASSPORT = "RU";
    public static final String PLAN = "budget.plan";
    public static final String PREFER_MANUAL = "rates.prefer_manual";
    public static final String OTHER_PASSPORTS = "profile.other_passports";
    public static final String INCOME_CURRENCY = "profile.income_currency";
    public static final String WARNINGS = "deadlines.warnings";

    private final SettingsRepository settings;
    private final AnnotationRepository annotations;
    private final DataFolder folder;
    private final RecordRepository records;

    public UserData(SettingsRepository settings, AnnotationRepository annotations, RecordRepository records,
                  DataFolder folder) {
        this.settings = settings;
        this.annotations = annotations;
        this.records = records;
        this.folder = folder;
    }

    private RateRepository rateRepository() {
        return new RateRepository(records.database());
    }

    @Override
    public List<org.relocationplanner.domain.Rate> rates() {
        return RatesService.installAndReadAll(records.database());
    }

    @Override
    public int setAsideRates() {
        return rateRepository().setAsideCount();
    }

    @Override
    public void writeSetAsideRates(java.nio.file.Path file) throws java.io.IOException {
        List<RateRepository.SetAside> rows = rateRepository().setAside();
        org.relocationplanner.io.AtomicFile.write(file, w -> {
            w.write(org.relocationplanner.io.Csv.BOM); // a file from the window opens in a spreadsheet
            RatesService.writeSetAside(rows, w);
        });
    }

    @Override
    public int[] saveRates(List<org.relocationplanner.domain.Rate> list) {
        RateRepository.ImportResult r = rateRepository().save(list);
        return new int[] {r.added(), r.updated(), r.skipped()};
    }

    @Override
    public java.util.Map<String, String> cbrIds() {
        return rateRepository().cbrIds();
    }

    @Override
    public int[] importRates(byte[] content) throws org.relocationplanner.io.RatesFormatException {
        RatesService.Imported r = new RatesService(records.database()).importFile(content);
        return new int[] {r.added(), r.updated(), r.skipped()};
    }

    @Override
    public org.relocationplanner.service.SettingsStore.PackInstalled importDataPack(java.nio.file.Path file)
            throws Exception {
        if (java.nio.file.Files.size(file) > org.relocationplanner.io.DataPack.MAX_BYTES) {
            throw new org.relocationplanner.io.DataPack.DataPackException(org.relocationplanner.io.DataPack.Reason
                    .NOT_A_PACK, "it is larger than the " + org.relocationplanner.io.DataPack.MAX_BYTES / (1024 * 1024)
                    + " MB a data pack can be");
        }
        try {
            PackService.Installed done = PackService.install(records.database(),
                    java.nio.file.Files.readAllBytes(file), org.relocationplanner.io.DataPack.builtInKey());
            return new org.relocationplanner.service.SettingsStore.PackInstalled(done.rates(), done.version());
        } catch (PackService.NotNewer e) {
            throw new IllegalStateException("not newer", e);
        }
    }

    @Override
    public java.util.Optional<String> plan() {
        return settings.get(PLAN);
    }

    @Override
    public void savePlan(String json) {
        settings.put(PLAN, json);
    }

    @Override
    public boolean preferManualRates() {
        return preferManualRates(settings);
    }

    /** "Prefer my own rates", as the Budget screen and the budget command both read it. */
    public static boolean preferManualRates(SettingsRepository settings) {
        return settings.get(PREFER_MANUAL).map(Boolean::parseBoolean).orElse(false);
    }

    @Override
    public void savePreferManualRates(boolean prefer) {
        settings.put(PREFER_MANUAL, Boolean.toString(prefer));
    }

    @Override
    public void save(List<Trip> trips, Documents documents) {
        records.save(trips, documents);
    }

    @Override
    public List<java.nio.file.Path> otherDatabases() {
        return folder.databases();
    }

    @Override
    public void useFromNextStart(java.nio.file.Path database) throws java.io.IOException {
        folder.useFromNextStart(database);
    }

    public Weights weights() {
        return Weights.fromText(settings.get(WEIGHTS).orElse(null));
    }

    public List<String> picked() {
        return settings.get(PICKED).map(s -> Arrays.stream(s.split(",")).map(String::strip)
                .filter(x -> !x.isEmpty()).toList()).orElse(List.of());
    }

    public String passport() {
        return settings.get(PASSPORT).filter(p -> !p.isBlank()).orElse(DEFAULT_PASSPORT);
    }

    public String currentCountry() {
        return settings.get(COUNTRY).orElse("");
    }

    public List<String> otherPassports() {
        return settings.get(OTHER_PASSPORTS).map(s -> Arrays.stream(s.split(",")).map(String::strip)
                .filter(x -> x.matches("[A-Z]{2}")).toList()).orElse(List.of());
    }

    /** The currency the user's income comes in (asked on the first start); RUB unless said. */
    public String incomeCurrency() {
        return settings.get(INCOME_CURRENCY).filter(c -> c.matches("[A-Z]{3}")).orElse("RUB");
    }

    public void saveIncomeCurrency(String currency) {
        settings.put(INCOME_CURRENCY, currency);
    }

    /** The warning steps, "30,14,7"; the defaults when unset or not readable. */
    public org.relocationplanner.domain.Deadline.Warnings warnings() {
        try {
            return settings.get(WARNINGS).map(s -> s.split(",")).filter(a -> a.length == 3)
                    .map(a -> new org.relocationplanner.domain.Deadline.Warnings(Integer.parseInt(a[0].strip()),
                            Integer.parseInt(a[1].strip()), Integer.parseInt(a[2].strip())))
                    .orElse(org.relocationplanner.domain.Deadline.Warnings.DEFAULT);
        } catch (IllegalArgumentException e) {
            return org.relocationplanner.domain.Deadline.Warnings.DEFAULT;
        }
    }

    @Override
    public void saveWarnings(org.relocationplanner.domain.Deadline.Warnings w) {
        settings.put(WARNINGS, w.first() + "," + w.second() + "," + w.last());
    }

    @Override
    public void saveOtherPassports(List<String> codes) {
        settings.put(OTHER_PASSPORTS, String.join(",", codes));
    }

    @Override
    public void saveWeights(Weights weights) {
        settings.put(WEIGHTS, weights.toText());
    }

    @Override
    public void savePicked(List<String> codes) {
        settings.put(PICKED, String.join(",", codes));
    }

    @Override
    public void saveAnnotation(UserAnnotation annotation) {
        annotations.save(annotation);
    }

    @Override
    public void savePassport(String passport) {
        settings.put(PASSPORT, passport);
    }

    @Override
    public void saveCurrentCountry(String code) {
        settings.put(COUNTRY, code);
    }
}
