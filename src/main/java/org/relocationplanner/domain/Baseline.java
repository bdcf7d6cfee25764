package org.relocationplanner.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A general listing of every passport in every country (the Passport Index snapshot of 12 January 2025): "visa
 * required", "e-visa", "visa on arrival", "eta", "visa free", "no admission" or a number of visa-free days. Where
 * nobody researched a passport's rule in a country, the rule is read from it at the lowest confidence, with the
 * listing and its date said, so that any holder gets an answer anywhere and knows how sure it is.
 * Each passport's listing is kept as one compact text ("AD:v,AE:90,…") and read only when asked for.
 */
public final class Baseline {

    /** No listing at all: only researched rules answer. */
    public static final Baseline NONE = new Baseline(Map.of(), null, 90);

    private static final Map<String, String> NAMES = Map.of("v", "visa required", "e", "e-visa",
            "a", "visa on arrival", "t", "eta", "f", "visa free", "x", "no admission");
    private static final Map<String, String> NAMES_RU = Map.of("visa required", "нужна виза",
            "e-visa", "электронная виза", "visa on arrival", "виза по прибытии",
            "eta", "электронное разрешение на въезд (ETA)", "visa free", "без визы, срок не указан",
            "no admission", "въезд не разрешён");

    private final Map<String, String> compact;
    private final Source source;
    private final int windowMax;
    private final Map<String, Map<String, String>> read = new ConcurrentHashMap<>();

    /**
     * @param compact   per passport code, its listing as "country:code" pairs separated by commas
     * @param windowMax a listed number of days N up to this is read as N in any 180 days, above it in any 365
     */
    public Baseline(Map<String, String> compact, Source source, int windowMax) {
        this.compact = Map.copyOf(compact);
        this.source = source;
        this.windowMax = windowMax;
        for (Map.Entry<String, String> e : this.compact.entrySet()) {
            if (!e.getKey().matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("baseline: not a passport code: " + e.getKey());
            }
        }
    }

    /** The passports the listing covers. */
    public Set<String> passports() {
        return new java.util.TreeSet<>(compact.keySet());
    }

    public boolean covers(String passport) {
        return compact.containsKey(passport);
    }

    public Source source() {
        return source;
    }

    public int windowMax() {
        return windowMax;
    }

    /** The compact listing of each passport, as stored. */
    public Map<String, String> compact() {
        return new TreeMap<>(compact);
    }

    /** The listing of {@code passport} in {@code country} ("visa required", "90", …). */
    public Optional<String> listing(String passport, String country) {
        String raw = compact.get(passport);
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(read.computeIfAbsent(passport, p -> parse(p, raw)).get(country));
    }

    private static Map<String, String> parse(String passport, String raw) {
        Map<String, String> m = new HashMap<>();
        for (String pair : raw.split(",")) {
            int colon = pair.indexOf(':');
            String value = colon == 2 ? pair.substring(3) : "";
            // a number of days as a rule takes it: 1 to 3660 (a hostile pack's 0 fails here, not when a stay is counted)
            String listing = value.matches("[0-9]{1,4}") && Integer.parseInt(value) >= 1
                    && Integer.parseInt(value) <= 3660 ? value : NAMES.get(value);
            if (listing == null) {
                throw new IllegalArgumentException("baseline of " + passport + ": cannot read \"" + pair + "\"");
            }
            m.put(pair.substring(0, 2), listing);
        }
        return m;
    }

    /**
     * The rule read from the listing for {@code passport} in {@code area}, whose countries are {@code countries}
     * (the country itself, or an area's members: the strictest of their listings, said so when they differ).
     */
    public Optional<StayRule> rule(String area, String passport, List<String> countries) {
        String strictest = null;
        boolean differ = false;
        for (String c : countries) {
            Optional<String> l = listing(passport, c);
            if (l.isEmpty()) {
                continue;
            }
            if (strictest != null && !strictest.equals(l.get())) {
                differ = true;
            }
            strictest = strictest == null || strictness(l.get()) > strictness(strictest) ? l.get() : strictest;
        }
        if (strictest == null) {
            return Optional.empty();
        }
        String also = differ ? " Its member countries are listed differently; the strictest listing is used."
                : "";
        String alsoRu = differ ? " Страны-участницы указаны по-разному; взята самая строгая запись." : "";
        if (strictest.matches("[0-9]+")) {
            int n = Integer.parseInt(strictest);
            int period = n <= windowMax ? 180 : 365;
            LocalizedText note = LocalizedText.of("Passport Index (12 Jan 2025) lists " + n + " days visa-free for "
                    + "the " + passport + " passport, without saying how re-entries count: read as " + n + " days "
                    + "per entry and at most " + n + " in any " + period + " days. Not researched." + also,
                    "Passport Index (12 января 2025 г.) указывает для паспорта " + passport + " " + n + " дн. без "
                    + "визы, не уточняя, как считаются повторные въезды: здесь — " + n + " дн. за въезд и не "
                    + "более " + n + " в любые " + period + " дней. Не проверено по официальным источникам." + alsoRu);
            return Optional.of(new StayRule(area, passport, null, null, true, n, n, period,
                    StayRule.WindowKind.ROLLING, null, null, StayRule.Confidence.L, note, source, null, null,
                    strictest, null));
        }
        LocalizedText note = LocalizedText.of("Passport Index (12 Jan 2025) lists for the " + passport
                + " passport: " + strictest + ". Not researched." + also, "По данным Passport Index (12 января "
                + "2025 г.), для паспорта " + passport + ": " + NAMES_RU.get(strictest) + ". Не проверено по "
                + "официальным источникам." + alsoRu);
        boolean free = strictest.equals("visa free");
        return Optional.of(new StayRule(area, passport, null, null, free, null, null, null,
                free ? StayRule.WindowKind.UNKNOWN : StayRule.WindowKind.NONE, null, null, StayRule.Confidence.L,
                note, source, null, null, strictest, null));
    }

    /**
     * Higher is stricter: no admission, a visa, an e-visa, a visa on arrival, an ETA, then a number of days (fewer
     * first), and last "visa free" with no number: a stated number of days is the firmer limit.
     */
    private static int strictness(String listing) {
        return switch (listing) {
            case "no admission" -> 100_000;
            case "visa required" -> 90_000;
            case "e-visa" -> 80_000;
            case "visa on arrival" -> 70_000;
            case "eta" -> 60_000;
            case "visa free" -> 0;
            default -> 10_000 - Integer.parseInt(listing);
        };
    }
}
