package org.relocationplanner.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relocationplanner.domain.AreaMember;
import org.relocationplanner.domain.Criterion;
import org.relocationplanner.domain.Dataset;
import org.relocationplanner.domain.Destination;
import org.relocationplanner.domain.Fact;
import org.relocationplanner.domain.FactValue;
import org.relocationplanner.domain.LocalizedText;
import org.relocationplanner.domain.Money;
import org.relocationplanner.domain.ResidenceRoute;
import org.relocationplanner.domain.Source;
import org.relocationplanner.domain.StayRule;

/**
 * Reads the shipped host-country dataset (JSON). Every problem is reported with the place it was
 * found, e.g. {@code destinations[3] (KZ).facts[2]: unknown criterion "FOO"}.
 */
public final class DatasetReader {

    /** Where the app's own dataset lives on the classpath. */
    public static final String SHIPPED_RESOURCE = "/org/relocationplanner/data/destinations.json";

    private DatasetReader() {
    }

    public static Dataset readShipped() throws DatasetFormatException {
        try (InputStream in = DatasetReader.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new DatasetFormatException("The app's dataset " + SHIPPED_RESOURCE + " is missing", null);
            }
            return read(in);
        } catch (IOException e) {
            throw new DatasetFormatException("Cannot read " + SHIPPED_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * The version of the app's dataset, read from the top of the file without parsing the rest: start-up
     * only needs the whole file when the installed data is older.
     */
    public static int shippedVersion() throws DatasetFormatException {
        try (InputStream in = DatasetReader.class.getResourceAsStream(SHIPPED_RESOURCE);
             com.fasterxml.jackson.core.JsonParser p = Json.mapper().getFactory().createParser(in)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                throw new DatasetFormatException("dataset: expected an object", null);
            }
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = p.getCurrentName();
                com.fasterxml.jackson.core.JsonToken value = p.nextToken();
                if ("version".equals(name) && value == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT) {
                    return p.getIntValue();
                }
                p.skipChildren();
            }
            throw new DatasetFormatException("dataset: \"version\" is missing", null);
        } catch (IOException | NullPointerException e) {
            throw new DatasetFormatException("Cannot read " + SHIPPED_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public static Dataset read(InputStream in) throws DatasetFormatException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new DatasetFormatException("Not valid JSON: " + e.getMessage(), e);
        }
        try {
            return dataset(root);
        } catch (Bad e) {
            throw new DatasetFormatException(e.getMessage(), e.getCause());
        }
    }

    private static Dataset dataset(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new Bad("dataset: expected an object");
        }
        int version = intField(root, "version", "dataset");
        LocalDate released = date(root, "released", "dataset", true);
        List<StayRule> areaRules = new ArrayList<>();
        JsonNode ar = root.path("areaRules");
        for (int i = 0; i < ar.size(); i++) {
            areaRules.add(rule(ar.get(i), "areaRules[" + i + "]"));
        }
        List<AreaMember> members = new ArrayList<>();
        JsonNode ml = root.path("areaMembers");
        Set<String> memberCodes = new HashSet<>();
        for (int i = 0; i < ml.size(); i++) {
            String w = "areaMembers[" + i + "]";
            JsonNode m = ml.get(i);
            String country = text(m, "country", w, true);
            if (!country.matches("[A-Z]{2}")) {
                throw new Bad(w + ": country must be an ISO 3166-1 alpha-2 code: \"" + country + "\"");
            }
            if (!memberCodes.add(country)) {
                throw new Bad(w + ": " + country + " appears twice");
            }
            members.add(new AreaMember(country, text(m, "area", w, true), date(m, "from", w, true),
                    source(m.path("source"), w, true)));
        }
        List<StayRule> rules = new ArrayList<>(areaRules);
        JsonNode rl = root.path("rules");
        for (int i = 0; i < rl.size(); i++) {
            rules.add(rule(rl.get(i), "rules[" + i + "]"));
        }
        JsonNode list = root.path("destinations");
        if (!list.isArray()) {
            throw new Bad("dataset: \"destinations\" must be a list");
        }
        List<Destination> destinations = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Destination d = destination(list.get(i), "destinations[" + i + "]", areaRules);
            if (!codes.add(d.code())) {
                throw new Bad("destinations[" + i + "]: " + d.code() + " appears twice");
            }
            destinations.add(d);
        }
        return new Dataset(new Dataset.Info(version, released), destinations, members, rules, baseline(root));
    }

    /** Every passport's general listing (optional: datasets before version 6 have none). */
    private static org.relocationplanner.domain.Baseline baseline(JsonNode root) {
        JsonNode b = root.path("baseline");
        if (b.isMissingNode() || b.isNull()) {
            return org.relocationplanner.domain.Baseline.NONE;
        }
        java.util.Map<String, String> listings = new java.util.TreeMap<>();
        JsonNode l = b.path("listings");
        if (!l.isObject()) {
            throw new Bad("baseline.listings: an object of passport codes is expected");
        }
        l.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual() || !e.getValue().asText().matches("([A-Z]{2}:[0-9a-z]{1,4})(,[A-Z]{2}:[0-9a-z]{1,4})*")) {
                throw new Bad("baseline.listings." + e.getKey() + ": \"CC:code,…\" is expected");
            }
            listings.put(e.getKey(), e.getValue().asText());
        });
        try {
            org.relocationplanner.domain.Baseline read = new org.relocationplanner.domain.Baseline(listings,
                    source(b.path("source"), "baseline", true), b.path("windowMax").asInt(90));
            for (String p : read.passports()) {
                read.listing(p, "--"); // every listing read once here, so that a bad one fails the whole file
            }
            return read;
        } catch (IllegalArgumentException e) {
            throw new Bad(e.getMessage());
        }
    }

    private static Destination destination(JsonNode n, String where, List<StayRule> areaRules) {
        String code = text(n, "code", where, true);
        if (!code.matches("[A-Z]{2}")) {
            throw new Bad(where + ": code must be an ISO 3166-1 alpha-2 code: \"" + code + "\"");
        }
        where = where + " (" + code + ")";
        Map<Criterion, Fact> facts = new EnumMap<>(Criterion.class);
        JsonNode fl = n.path("facts");
        for (int i = 0; i < fl.size(); i++) {
            Fact f = fact(fl.get(i), where + ".facts[" + i + "]", text(n, "currency", where, false));
            if (facts.put(f.criterion(), f) != null) {
                throw new Bad(where + ".facts[" + i + "]: " + f.criterion() + " appears twice");
            }
        }
        List<ResidenceRoute> routes = new ArrayList<>();
        JsonNode rl = n.path("routes");
        for (int i = 0; i < rl.size(); i++) {
            String w = where + ".routes[" + i + "]";
            JsonNode r = rl.get(i);
            routes.add(new ResidenceRoute(enumValue(ResidenceRoute.Kind.class, text(r, "kind", w, true), w),
                    enumValue(ResidenceRoute.Status.class, text(r, "status", w, true), w),
                    note(r), source(r.path("source"), w, true)));
        }
        List<StayRule> rules = new ArrayList<>();
        JsonNode sl = n.path("rules");
        for (int i = 0; i < sl.size(); i++) {
            rules.add(rule(sl.get(i), where + ".rules[" + i + "]"));
        }
        Destination.AreaMembership membership = null;
        String area = text(n, "area", where, false);
        if (area != null) {
            membership = new Destination.AreaMembership(area, date(n, "areaFrom", where, true));
            for (StayRule r : areaRules) {
                if (r.area().equals(area)) {
                    rules.add(r);
                }
            }
        }
        return new Destination(code, LocalizedText.of(text(n, "nameEn", where, true), text(n, "nameRu", where, true)),
                text(n, "currency", where, false), facts, routes, rules, membership);
    }

    private static Fact fact(JsonNode n, String where, String currency) {
        Criterion c = enumValue(Criterion.class, text(n, "criterion", where, true), where);
        String kind = text(n, "kind", where, true);
        FactValue value;
        switch (kind) {
            case "unknown":
                value = FactValue.UNKNOWN;
                break;
            case "level": {
                String code = text(n, "level", where, true);
                value = new FactValue.OfLevel(c.level(code)
                        .orElseThrow(() -> new Bad(where + ": \"" + code + "\" is not a level of " + c)));
                break;
            }
            case "amount":
                value = new FactValue.Amount(decimal(n, "number", where));
                break;
            case "speakers":
                if (!n.hasNonNull("count") && !n.hasNonNull("share")) {
                    throw new Bad(where + ": a number of speakers needs \"count\" or \"share\"");
                }
                try {
                    value = new FactValue.Speakers(n.hasNonNull("count") ? n.get("count").asLong() : null,
                            n.hasNonNull("share") ? decimal(n, "share", where) : null, intField(n, "year", where));
                } catch (IllegalArgumentException e) {
                    throw new Bad(where + ": " + e.getMessage());
                }
                break;
            case "money": {
                String cur = n.hasNonNull("currency") ? n.get("currency").asText() : currency;
                try {
                    value = new FactValue.OfMoney(new Money(decimal(n, "number", where), cur));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new Bad(where + ": bad currency \"" + cur + "\"");
                }
                break;
            }
            case "text":
                value = new FactValue.Text(LocalizedText.of(text(n, "textEn", where, true), text(n, "textRu", where, true)));
                break;
            default:
                throw new Bad(where + ": unknown value kind \"" + kind + "\"");
        }
        Source source = source(n.path("source"), where, value.isKnown());
        JsonNode alt = n.get("alternative");
        if (alt != null && !alt.isNull()) {
            Fact other = fact(alt, where + ".alternative", currency);
            if (other.criterion() != c || other.alternative() != null) {
                throw new Bad(where + ".alternative: one more value of " + c + " is expected");
            }
            return new Fact(c, value, source, note(n), other);
        }
        return new Fact(c, value, source, note(n));
    }

    private static StayRule rule(JsonNode n, String where) {
        try {
            return new StayRule(text(n, "area", where, true), text(n, "passport", where, true),
                    date(n, "from", where, false), date(n, "to", where, false),
                    bool(n, "visaFree", where), intOrNull(n, "perEntryDays", where), intOrNull(n, "windowDays", where),
                    intOrNull(n, "windowPeriod", where),
                    enumValue(StayRule.WindowKind.class, text(n, "windowKind", where, true), where),
                    intOrNull(n, "yearCapDays", where),
                    n.hasNonNull("resetOnExit") ? bool(n, "resetOnExit", where) : null,
                    enumValue(StayRule.Confidence.class, text(n, "confidence", where, true), where),
                    note(n), source(n.path("source"), where, true),
                    n.hasNonNull("countsDaysBefore") ? bool(n, "countsDaysBefore", where) : null,
                    n.hasNonNull("keepsRuleAtEntry") ? bool(n, "keepsRuleAtEntry", where) : null,
                    text(n, "listing", where, false),
                    LocalizedText.of(n.path("caveatEn").asText(""), n.path("caveatRu").asText("")));
        } catch (IllegalArgumentException e) {
            throw new Bad(where + ": " + e.getMessage());
        }
    }

    private static Source source(JsonNode n, String where, boolean required) {
        if (n.isMissingNode() || n.isNull()) {
            if (required) {
                throw new Bad(where + ": a value needs its source");
            }
            return null;
        }
        String w = where + ".source";
        // an undated source keeps a null date: it is shown as "date not stated" and counts as stale
        return new Source(text(n, "name", w, true), text(n, "url", w, false), date(n, "verified", w, false),
                n.path("approx").asBoolean(false));
    }

    private static LocalizedText note(JsonNode n) {
        return LocalizedText.of(n.path("noteEn").asText(""), n.path("noteRu").asText(""));
    }

    private static String text(JsonNode n, String field, String where, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new Bad(where + ": \"" + field + "\" is missing");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new Bad(where + ": \"" + field + "\" must be text");
        }
        return v.asText();
    }

    private static int intField(JsonNode n, String field, String where) {
        Integer v = intOrNull(n, field, where);
        if (v == null) {
            throw new Bad(where + ": \"" + field + "\" is missing");
        }
        return v;
    }

    private static Integer intOrNull(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new Bad(where + ": \"" + field + "\" must be a whole number");
        }
        return v.intValue();
    }

    private static boolean bool(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isBoolean()) {
            throw new Bad(where + ": \"" + field + "\" must be true or false");
        }
        return v.booleanValue();
    }

    private static BigDecimal decimal(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        try {
            if (v != null && v.isNumber()) {
                return v.decimalValue();
            }
            if (v != null && v.isTextual()) {
                return new BigDecimal(v.asText());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Bad(where + ": \"" + field + "\" must be a number");
    }

    private static LocalDate date(JsonNode n, String field, String where, boolean required) {
        String s = text(n, field, where, required);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new Bad(where + ": \"" + field + "\" is not a date (YYYY-MM-DD): \"" + s + "\"");
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new Bad(where + ": unknown " + type.getSimpleName() + " \"" + value + "\"");
        }
    }

    /** Carries a located message out of the recursive descent. */
    private static final class Bad extends RuntimeException {
        Bad(String message) {
            super(message);
        }
    }
}
