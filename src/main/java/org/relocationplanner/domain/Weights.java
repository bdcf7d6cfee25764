package org.relocationplanner.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How much each weighted criterion matters to the user, 0 (not at all) to 10. */
public final class Weights {

    public static final int MIN = 0;
    public static final int MAX = 10;

    private final Map<Criterion, Integer> values;

    private Weights(Map<Criterion, Integer> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Starting weights: being allowed to stay, speaking Russian, a bank account and not being handed over to Russia
     * matter most to most users.
     */
    public static Weights defaults() {
        Map<Criterion, Integer> m = new EnumMap<>(Criterion.class);
        m.put(Criterion.STAY_ALLOWED, 8);
        m.put(Criterion.VISA_RUN, 3);
        m.put(Criterion.RESIDENCE_ROUTES, 5);
        m.put(Criterion.RUSSIAN_USE, 6);
        m.put(Criterion.BANK_ACCOUNT, 6);
        m.put(Criterion.PRICE_LEVEL, 5);
        m.put(Criterion.DISCRIMINATION_FEAR, 4);
        m.put(Criterion.DIRECT_FLIGHTS, 2);
        // what these users fear most, and what a first residence permit costs
        m.put(Criterion.HANDOVER_RISK, 6);
        m.put(Criterion.RESIDENCE_FEE, 2);
        return new Weights(m);
    }

    public int of(Criterion criterion) {
        return values.getOrDefault(criterion, 0);
    }

    public Weights with(Criterion criterion, int weight) {
        if (!criterion.isWeighted()) {
            throw new IllegalArgumentException(criterion + " is not a weighted criterion");
        }
        if (weight < MIN || weight > MAX) {
            throw new IllegalArgumentException("Weight must be between " + MIN + " and " + MAX + ": " + weight);
        }
        Map<Criterion, Integer> m = new EnumMap<>(Criterion.class);
        m.putAll(values);
        m.put(criterion, weight);
        return new Weights(m);
    }

    public Map<Criterion, Integer> asMap() {
        return values;
    }

    public int total() {
        return values.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The weights as text, {@code STAY_ALLOWED=8;RUSSIAN_USE=6}, for keeping them between runs. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        values.forEach((c, w) -> b.append(b.length() == 0 ? "" : ";").append(c.name()).append('=').append(w));
        return b.toString();
    }

    /** Reads {@link #toText()}; anything it does not recognise keeps its default, so old settings never fail. */
    public static Weights fromText(String text) {
        Weights w = defaults();
        if (text == null) {
            return w;
        }
        for (String pair : text.split(";")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            try {
                Criterion c = Criterion.valueOf(kv[0].strip());
                int v = Integer.parseInt(kv[1].strip());
                if (c.isWeighted() && v >= MIN && v <= MAX) {
                    w = w.with(c, v);
                }
            } catch (IllegalArgumentException e) {
                // an unknown criterion or number: keep the default
            }
        }
        return w;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Weights w && w.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Weights" + values;
    }
}
