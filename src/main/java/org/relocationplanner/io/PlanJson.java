package org.relocationplanner.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.relocationplanner.domain.BudgetPlan;
import org.relocationplanner.domain.Expense;
import org.relocationplanner.domain.Frequency;
import org.relocationplanner.domain.IncomeStream;
import org.relocationplanner.domain.Money;
import org.relocationplanner.domain.Saving;
import org.relocationplanner.domain.Scenario;
import org.relocationplanner.domain.TransferChannel;

/**
 * A budget plan as a JSON document (the format of {@code relocation-planner budget --plan}, documented in the
 * README). Amounts are strings or numbers, read as exact decimals; months are {@code YYYY-MM}, days
 * {@code YYYY-MM-DD}. A mistake is reported with its path in the document, e.g. {@code incomes[0].amount}.
 */
public final class PlanJson {

    private PlanJson() {
    }

    /** A plan with the scenario it is to be counted under (resampling: {@link Resample}). */
    public record Document(BudgetPlan plan, Scenario scenario, Resample resample) {
    }

    /** Resampled runs: rates of {@code from}, months drawn from {@code historyFrom} to {@code historyTo}. */
    public record Resample(LocalDate from, LocalDate historyFrom, LocalDate historyTo, int paths, long seed) {
    }

    /** A plan file that cannot be used: says where in it and why. */
    public static final class PlanFormatException extends Exception {
        private final String path;

        public PlanFormatException(String path, String reason) {
            super((path.isEmpty() ? "" : path + ": ") + reason);
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    /** The largest plan file read: a plan of a hundred incomes and expenses is some 20 KB. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    /** Reads a plan file of at most {@link #MAX_BYTES}; a larger one is refused by its size, unread. */
    public static Document read(Path file) throws IOException, PlanFormatException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new PlanFormatException("", "the file is " + (size + 1024 * 1024 - 1) / (1024 * 1024) + " MB; a plan of at most "
                    + MAX_BYTES / (1024 * 1024) + " MB is read");
        }
        return read(Files.readString(file));
    }

    public static Document read(String json) throws PlanFormatException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new PlanFormatException(at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr(),
                    "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new PlanFormatException("", "the plan must be a JSON object");
        }
        String host = currency(root, "host");
        YearMonth start = month(root, "start", true);
        int months = root.has("months") ? integer(root, "months") : 60;
        List<TransferChannel> channels = new ArrayList<>();
        int i = 0;
        for (JsonNode n : array(root, "channels")) {
            String p = "channels[" + i++ + "]";
            channels.add(new TransferChannel(text(n, p, "name", true), decimal(n, p, "percentFee", false),
                    money(n, p, "fixedFee", "fixedFeeCurrency", "RUB"), decimal(n, p, "spreadPercent", false),
                    n.hasNonNull("monthlyLimit") ? money(n, p, "monthlyLimit", "limitCurrency", "RUB") : null));
        }
        List<IncomeStream> incomes = new ArrayList<>();
        i = 0;
        for (JsonNode n : array(root, "incomes")) {
            String p = "incomes[" + i++ + "]";
            String channel = text(n, p, "channel", false);
            if (!channel.isEmpty() && channels.stream().noneMatch(c -> c.name().equals(channel))) {
                throw new PlanFormatException(p + ".channel", "no channel is named \"" + channel + "\"");
            }
            try {
                incomes.add(new IncomeStream(text(n, p, "name", false), money(n, p, "amount", "currency", null),
                        frequency(n, p), month(n, p, "start", start), month(n, p, "end", null),
                        decimal(n, p, "taxPercent", false), channel));
            } catch (IllegalArgumentException e) {
                throw new PlanFormatException(p, e.getMessage());
            }
        }
        List<Expense> expenses = new ArrayList<>();
        i = 0;
        for (JsonNode n : array(root, "expenses")) {
            String p = "expenses[" + i++ + "]";
            try {
                expenses.add(new Expense(text(n, p, "category", false), money(n, p, "amount", "currency", null),
                        frequency(n, p), month(n, p, "start", start), month(n, p, "end", null)));
            } catch (IllegalArgumentException e) {
                throw new PlanFormatException(p, e.getMessage());
            }
        }
        List<Saving> savings = new ArrayList<>();
        i = 0;
        for (JsonNode n : array(root, "savings")) {
            String p = "savings[" + i++ + "]";
            savings.add(new Saving(text(n, p, "name", false), money(n, p, "amount", "currency", null)));
        }
        BudgetPlan plan;
        try {
            plan = new BudgetPlan(host, start, months, incomes, expenses, savings, channels);
        } catch (IllegalArgumentException e) {
            throw new PlanFormatException("", e.getMessage());
        }
        JsonNode s = root.get("scenario");
        if (s == null || s.isNull()) {
            return new Document(plan, new Scenario.Frozen(start.atDay(1)), null);
        }
        String kind = text(s, "scenario", "kind", true).toLowerCase(Locale.ROOT);
        try {
            return switch (kind) {
                case "frozen" -> new Document(plan, new Scenario.Frozen(day(s, "scenario", "on")), null);
                case "replay" -> new Document(plan, new Scenario.Replay(day(s, "scenario", "from")), null);
                case "trend" -> new Document(plan, new Scenario.Trend(day(s, "scenario", "from"),
                        decimal(s, "scenario", "lossPercentPerYear", true)), null);
                case "shock" -> new Document(plan, new Scenario.Shock(day(s, "scenario", "from"),
                        day(s, "scenario", "on"), decimal(s, "scenario", "dropPercent", true)), null);
                case "resample" -> new Document(plan, new Scenario.Frozen(day(s, "scenario", "from")),
                        new Resample(day(s, "scenario", "from"), day(s, "scenario", "historyFrom"),
                                day(s, "scenario", "historyTo"), paths(s),
                                s.has("seed") ? s.get("seed").asLong() : 1L));
                default -> throw new PlanFormatException("scenario.kind", "\"" + kind
                        + "\" is not one of frozen, replay, trend, shock, resample");
            };
        } catch (IllegalArgumentException e) {
            throw new PlanFormatException("scenario", e.getMessage());
        }
    }

    /** The plan (and its scenario) as a document {@link #read} reads back. */
    public static String write(BudgetPlan plan, Scenario scenario) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("host", plan.hostCurrency());
        root.put("start", plan.start().toString());
        root.put("months", plan.months());
        ObjectNode s = root.putObject("scenario");
        if (scenario instanceof Scenario.Frozen f) {
            s.put("kind", "frozen").put("on", f.on().toString());
        } else if (scenario instanceof Scenario.Replay r) {
            s.put("kind", "replay").put("from", r.from().toString());
        } else if (scenario instanceof Scenario.Trend t) {
            s.put("kind", "trend").put("from", t.from().toString()).put("lossPercentPerYear",
                    t.lossPercentPerYear().toPlainString());
        } else if (scenario instanceof Scenario.Shock k) {
            s.put("kind", "shock").put("from", k.from().toString()).put("on", k.on().toString())
                    .put("dropPercent", k.dropPercent().toPlainString());
        }
        ArrayNode in = root.putArray("incomes");
        for (IncomeStream i : plan.incomes()) {
            ObjectNode n = in.addObject().put("name", i.name()).put("amount", i.amount().amount().toPlainString())
                    .put("currency", i.amount().currency()).put("every", every(i.frequency()))
                    .put("start", i.start().toString()).put("taxPercent", i.taxPercent().toPlainString())
                    .put("channel", i.channel());
            if (i.end() != null) {
                n.put("end", i.end().toString());
            }
        }
        ArrayNode ex = root.putArray("expenses");
        for (Expense e : plan.expenses()) {
            ObjectNode n = ex.addObject().put("category", e.category())
                    .put("amount", e.amount().amount().toPlainString()).put("currency", e.amount().currency())
                    .put("every", every(e.frequency())).put("start", e.start().toString());
            if (e.end() != null) {
                n.put("end", e.end().toString());
            }
        }
        ArrayNode sv = root.putArray("savings");
        for (Saving x : plan.savings()) {
            sv.addObject().put("name", x.name()).put("amount", x.amount().amount().toPlainString())
                    .put("currency", x.amount().currency());
        }
        ArrayNode ch = root.putArray("channels");
        for (TransferChannel c : plan.channels()) {
            ObjectNode n = ch.addObject().put("name", c.name()).put("percentFee", c.percentFee().toPlainString())
                    .put("fixedFee", c.fixedFee().amount().toPlainString())
                    .put("fixedFeeCurrency", c.fixedFee().currency())
                    .put("spreadPercent", c.spreadPercent().toPlainString());
            if (c.monthlyLimit() != null) {
                n.put("monthlyLimit", c.monthlyLimit().amount().toPlainString())
                        .put("limitCurrency", c.monthlyLimit().currency());
            }
        }
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int paths(JsonNode s) throws PlanFormatException {
        int n = s.has("paths") ? integer(s, "paths") : 10_000;
        if (n < 1 || n > 1_000_000) {
            throw new PlanFormatException("scenario.paths", n + " is not between 1 and 1,000,000");
        }
        return n;
    }

    private static String every(Frequency f) {
        return switch (f) {
            case MONTHLY -> "month";
            case YEARLY -> "year";
            case ONCE -> "once";
        };
    }

    private static Frequency frequency(JsonNode n, String p) throws PlanFormatException {
        String every = n.hasNonNull("every") ? n.get("every").asText() : "month";
        return switch (every) {
            case "month" -> Frequency.MONTHLY;
            case "year" -> Frequency.YEARLY;
            case "once" -> Frequency.ONCE;
            default -> throw new PlanFormatException(p + ".every", "\"" + every + "\" is not month, year or once");
        };
    }

    private static Iterable<JsonNode> array(JsonNode root, String name) throws PlanFormatException {
        JsonNode a = root.get(name);
        if (a == null || a.isNull()) {
            return List.of();
        }
        if (!a.isArray()) {
            throw new PlanFormatException(name, "must be a list");
        }
        return a;
    }

    private static String text(JsonNode n, String p, String name, boolean required) throws PlanFormatException {
        JsonNode v = n.get(name);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (required) {
                throw new PlanFormatException(p + "." + name, "is missing");
            }
            return "";
        }
        return v.asText().strip();
    }

    private static String currency(JsonNode root, String name) throws PlanFormatException {
        String c = text(root, "", name, true);
        if (!c.matches("[A-Z]{3}")) {
            throw new PlanFormatException(name, "\"" + c + "\" is not an ISO 4217 currency code");
        }
        return c;
    }

    private static BigDecimal decimal(JsonNode n, String p, String name, boolean required)
            throws PlanFormatException {
        String t = text(n, p, name, required);
        if (t.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal value;
        try {
            value = t.length() > 40 ? null : new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new PlanFormatException(p + "." + name, "\"" + t + "\" is not a number");
        }
        if (!org.relocationplanner.domain.Plausible.amount(value)) {
            throw new PlanFormatException(p + "." + name, "\"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t)
                    + "\" is not an amount the app counts with (below "
                    + org.relocationplanner.domain.Plausible.MAX_AMOUNT.toPlainString() + ", at most "
                    + org.relocationplanner.domain.Plausible.MAX_DIGITS + " digits)");
        }
        return value;
    }

    private static Money money(JsonNode n, String p, String amount, String currencyField, String defaultCurrency)
            throws PlanFormatException {
        BigDecimal value = decimal(n, p, amount, defaultCurrency == null);
        if (value.signum() < 0) {
            throw new PlanFormatException(p + "." + amount, "must not be negative");
        }
        String c = text(n, p, currencyField, defaultCurrency == null);
        c = c.isEmpty() ? defaultCurrency : c;
        if (!c.matches("[A-Z]{3}")) {
            throw new PlanFormatException(p + "." + currencyField, "\"" + c + "\" is not an ISO 4217 currency code");
        }
        return new Money(value, c);
    }

    private static int integer(JsonNode n, String name) throws PlanFormatException {
        JsonNode v = n.get(name);
        if (!v.canConvertToInt() || !v.isIntegralNumber() && !v.asText().matches("\\d+")) {
            throw new PlanFormatException(name, "\"" + v.asText() + "\" is not a whole number");
        }
        return v.isIntegralNumber() ? v.asInt() : Integer.parseInt(v.asText());
    }

    private static YearMonth month(JsonNode root, String name, boolean required) throws PlanFormatException {
        return month(root, "", name, required ? null : YearMonth.now());
    }

    private static YearMonth month(JsonNode n, String p, String name, YearMonth fallback) throws PlanFormatException {
        String t = text(n, p, name, false);
        String where = p.isEmpty() ? name : p + "." + name;
        if (t.isEmpty()) {
            if (fallback == null && p.isEmpty()) {
                throw new PlanFormatException(where, "is missing");
            }
            return fallback;
        }
        YearMonth m;
        try {
            m = YearMonth.parse(t);
        } catch (DateTimeParseException e) {
            throw new PlanFormatException(where, "\"" + t + "\" is not a month (YYYY-MM)");
        }
        if (!org.relocationplanner.domain.Plausible.month(m)) {
            throw new PlanFormatException(where, "\"" + t + "\" is outside the months the app plans for (1900-01 to "
                    + "2100-12)");
        }
        return m;
    }

    private static LocalDate day(JsonNode n, String p, String name) throws PlanFormatException {
        String t = text(n, p, name, true);
        LocalDate d;
        try {
            d = LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new PlanFormatException(p + "." + name, "\"" + t + "\" is not a date (YYYY-MM-DD)");
        }
        if (!org.relocationplanner.domain.Plausible.day(d)) {
            throw new PlanFormatException(p + "." + name, "\"" + t + "\" is outside the dates the app supports ("
                    + org.relocationplanner.domain.Plausible.days() + ")");
        }
        return d;
    }
}
