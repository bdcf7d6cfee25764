package org.relocationplanner.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.CountryFacts;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.domain.DestinationFilter;
import org.relocationplanner.domain.Fact;
import org.relocationplanner.domain.FactValue;
import org.relocationplanner.domain.LocalizedText;
import org.relocationplanner.domain.Ranking;
import org.relocationplanner.domain.UserAnnotation;
import org.relocationplanner.domain.Weights;
import org.relocationplanner.io.DatasetReader;
import org.relocationplanner.ui.common.DialogService;
import org.relocationplanner.ui.common.I18n;
import org.relocationplanner.ui.common.TaskExecutor;
import org.relocationplanner.service.CompareStore;
import org.relocationplanner.ui.compare.CompareViewModel;

/**
 * Filter and re-rank 250 destinations (the 37 shipped ones, copied with varied values). Measures the domain
 * ranking alone and the Compare screen's ViewModel reacting to a typed filter character and to a weight change
 * (ranking, score explanation and side-by-side rows rebuilt; drawing the table is not included).
 */
public final class RankingBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 250;
        List<Destination> shipped = DatasetReader.readShipped().destinations();
        List<Destination> many = grow(shipped, n);
        LocalDate today = LocalDate.of(2026, 11, 22);
        List<CountryFacts> facts = CountryFacts.of(many, List.of(), "RU", today);
        Weights w = Weights.defaults();

        long[] domain = time(2000, i -> Ranking.rank(facts, w.with(Criterion.PRICE_LEVEL, i % 11),
                new DestinationFilter(i % 2 == 0 ? "a" : "", i % 3 == 0, false, i % 5 == 0)));

        CompareViewModel vm = new CompareViewModel(many, List.<UserAnnotation>of(), w, List.of("GE", "AM", "KZ"), "RU",
                Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC), noStore(),
                TaskExecutor.direct(), noDialogs(), new I18n(Locale.ENGLISH));
        String[] typed = {"", "g", "ge", "geo", "geor", "georg", "geor", "geo", "ge", "g"};
        long[] typing = time(2000, i -> vm.filterTextProperty().set(typed[i % typed.length]));
        long[] weighing = time(2000, i -> vm.setWeight(Criterion.RUSSIAN_USE, i % 11));

        System.out.printf(Locale.ROOT, "destinations: %d%n", many.size());
        report("domain: filter + score + sort", domain);
        report("view model: one typed filter character", typing);
        report("view model: one weight change", weighing);
    }

    interface Op {
        void run(int i);
    }

    static long[] time(int runs, Op op) {
        for (int i = 0; i < runs; i++) {
            op.run(i); // warm-up: the JIT, as after the first minute of use
        }
        long[] ns = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            op.run(i);
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        return ns;
    }

    static void report(String what, long[] ns) {
        System.out.printf(Locale.ROOT, "%-42s median %.3f ms, p99 %.3f ms, max %.3f ms%n", what,
                ns[ns.length / 2] / 1e6, ns[(int) (ns.length * 0.99)] / 1e6, ns[ns.length - 1] / 1e6);
    }

    /** Copies of the shipped destinations with new codes and randomly varied numbers, up to {@code n}. */
    static List<Destination> grow(List<Destination> shipped, int n) {
        Random random = new Random(42);
        List<Destination> out = new ArrayList<>(shipped);
        int copy = 0;
        while (out.size() < n) {
            Destination d = shipped.get(copy % shipped.size());
            String code = String.format(Locale.ROOT, "%c%c", 'A' + (copy / 26) % 26, 'A' + copy % 26);
            Map<Criterion, Fact> facts = new EnumMap<>(Criterion.class);
            d.facts().forEach((c, f) -> facts.put(c, f.value() instanceof FactValue.Amount a
                    ? new Fact(c, new FactValue.Amount(a.number().multiply(BigDecimal.valueOf(0.5 + random.nextDouble()))),
                    f.source(), f.note()) : f));
            out.add(new Destination(code, LocalizedText.of(d.name().en() + " " + copy, d.name().ru() + " " + copy),
                    d.currency(), facts, d.routes(), d.rules().stream().map(r -> new org.relocationplanner.domain.StayRule(
                    r.area().equals(d.code()) ? code : r.area(), r.passport(), r.validFrom(), r.validTo(), r.visaFree(),
                    r.perEntryDays(), r.windowDays(), r.windowPeriod(), r.windowKind(), r.yearCapDays(), r.resetOnExit(),
                    r.confidence(), r.note(), r.source())).toList(), d.membership()));
            copy++;
        }
        return out;
    }

    public static CompareStore noStore() {
        return new NoStore();
    }

    public static DialogService noDialogs() {
        return new NoDialogs();
    }

    private static final class NoStore implements CompareStore {
        @Override
        public void saveWeights(Weights weights) {
        }

        @Override
        public void savePicked(List<String> codes) {
        }

        @Override
        public void saveAnnotation(UserAnnotation annotation) {
        }
    }

    private static final class NoDialogs implements DialogService {
        @Override
        public Optional<FactEdit> editFact(String countryName, String currency,
                                           org.relocationplanner.domain.EffectiveFact fact) {
            return Optional.empty();
        }

        @Override
        public void showError(String title, String message) {
        }
    }
}
