package org.relocationplanner.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.relocationplanner.domain.Rate;

/**
 * Reads exchange-rate history as rubles per one unit of a currency from the files users download: the Central Bank
 * of Russia's daily ({@code XML_daily.asp}) and time-series ({@code XML_dynamic.asp}) XML, the ECB's
 * {@code eurofxref-hist.csv}, and a plain CSV {@code date,currency,rate,source}. The format is sniffed from the
 * first bytes. Reading is all or nothing: the first bad row stops it with its line, field and reason.
 */
public final class RatesReader {

    /** The formats {@link #detect(byte[])} recognises. */
    public enum Format {
        CBR_DAILY_XML, CBR_DYNAMIC_XML, ECB_CSV, PLAIN_CSV
    }

    /**
     * The CBR's internal currency IDs (as used by {@code XML_dynamic.asp}) this reader knows without help: each pair
     * as a Bank of Russia daily file states it ({@code <Valute ID="...">} with its {@code <CharCode>}), from two
     * published transcriptions of {@code XML_daily.asp}, of 29 May 2021 and 29 September 2024, which agree on every
     * currency both list. Other IDs are learnt from a daily file the user imports.
     */
    public static final Map<String, String> CBR_IDS = Map.ofEntries(
            Map.entry("R01235", "USD"), Map.entry("R01239", "EUR"), Map.entry("R01060", "AMD"),
            Map.entry("R01010", "AUD"), Map.entry("R01020A", "AZN"), Map.entry("R01090B", "BYN"),
            Map.entry("R01700J", "TRY"), Map.entry("R01210", "GEL"), Map.entry("R01335", "KZT"),
            Map.entry("R01370", "KGS"), Map.entry("R01717", "UZS"), Map.entry("R01670", "TJS"),
            Map.entry("R01230", "AED"), Map.entry("R01675", "THB"), Map.entry("R01150", "VND"),
            Map.entry("R01280", "IDR"), Map.entry("R01805F", "RSD"), Map.entry("R01115", "BRL"),
            Map.entry("R01350", "CAD"), Map.entry("R01565", "PLN"), Map.entry("R01760", "CZK"),
            Map.entry("R01375", "CNY"));

    /**
     * The largest rates file read: about four million rows of the plain format, above the million-row target; a
     * larger file is refused by size before it is read.
     */
    public static final long MAX_BYTES = 160L * 1024 * 1024;

    /** The header of the plain CSV format (matched case-insensitively). */
    public static final List<String> PLAIN_HEADER = List.of("date", "currency", "rate", "source");

    /** The longest source name the database keeps. */
    public static final int MAX_SOURCE = 40;

    private static final String CBR = "CBR";
    private static final String ECB = "ECB";
    private static final int SNIFF_BYTES = 4096;
    private static final DateTimeFormatter CBR_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern COMMA_NUMBER = Pattern.compile("[+-]?\\d+([,.]\\d+)?");
    private static final Pattern POINT_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern CUT_CODE = Pattern.compile("[A-Z]{1,2}");
    private static final Pattern DAILY_ROOT = Pattern.compile("<ValCurs\\b[^>]*\\sDate\\s*=");
    private static final Set<String> ISO_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private RatesReader() {
    }

    /**
     * Tells the format from the first bytes of a file (a few kilobytes are plenty).
     *
     * @throws RatesFormatException {@code EMPTY} for nothing but white space, {@code UNKNOWN_FORMAT} otherwise
     */
    public static Format detect(byte[] start) throws RatesFormatException {
        Objects.requireNonNull(start, "start");
        int length = Math.min(start.length, SNIFF_BYTES);
        // Latin-1 maps every byte to one char, so the ASCII markup is found whatever the real encoding is.
        String head = new String(start, 0, length, StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3);
        }
        String xml = head.stripLeading();
        if (xml.isEmpty()) {
            throw new RatesFormatException(0, null, RatesFormatException.Problem.EMPTY, null, "the file is empty");
        }
        if (xml.startsWith("<")) {
            if (xml.contains("<ValCurs")) {
                if (xml.contains("Foreign Currency Market Dynamic") || xml.contains("<Record")
                        || xml.contains("DateRange1")) {
                    return Format.CBR_DYNAMIC_XML;
                }
                if (xml.contains("<Valute") || DAILY_ROOT.matcher(xml).find()) {
                    return Format.CBR_DAILY_XML;
                }
            }
            throw unknownFormat();
        }
        int end = head.indexOf('\n');
        String header = end >= 0 ? head.substring(0, end) : head;
        List<String> names = splitPlain(header.strip());
        if (names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList().equals(PLAIN_HEADER)) {
            return Format.PLAIN_CSV;
        }
        if (header.startsWith("Date,")) {
            List<String> columns = new ArrayList<>(names.subList(1, names.size()));
            if (end < 0 && CUT_CODE.matcher(columns.get(columns.size() - 1).strip()).matches()) {
                columns.remove(columns.size() - 1); // the bytes may end inside this column
            }
            while (!columns.isEmpty() && columns.get(columns.size() - 1).isBlank()) {
                columns.remove(columns.size() - 1);
            }
            if (!columns.isEmpty() && columns.stream().allMatch(c -> CODE.matcher(c.strip()).matches())) {
                return Format.ECB_CSV;
            }
        }
        throw unknownFormat();
    }

    /** Reads a rates file of any format {@link #detect(byte[])} knows; the whole file or nothing. */
    public static List<Rate> read(Path file) throws IOException, RatesFormatException {
        return read(bytes(file));
    }

    /** The bytes of a rates file, refused by size when larger than {@link #MAX_BYTES}. */
    public static byte[] bytes(Path file) throws IOException, RatesFormatException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new RatesFormatException(0, null, RatesFormatException.Problem.TOO_LARGE, String.valueOf(size),
                    "the file is " + (size + 1024 * 1024 - 1) / (1024 * 1024) + " MB; a rates file of at most " + MAX_BYTES / (1024 * 1024)
                    + " MB is read (split it, or import a shorter period)");
        }
        return Files.readAllBytes(file);
    }

    /** Reads the content of a rates file of any format {@link #detect(byte[])} knows; all of it or nothing. */
    public static List<Rate> read(byte[] content) throws RatesFormatException {
        return read(content, Map.of());
    }

    /**
     * Reads the content of a rates file, resolving CBR time-series IDs with {@code cbrIds} (ID to ISO code, for
     * instance from {@link #cbrIds(byte[])}) on top of {@link #CBR_IDS}; all of it or nothing.
     */
    public static List<Rate> read(byte[] content, Map<String, String> cbrIds) throws RatesFormatException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(cbrIds, "cbrIds");
        return switch (detect(content)) {
            case CBR_DAILY_XML -> daily(xml(content), null);
            case CBR_DYNAMIC_XML -> {
                Map<String, String> ids = new HashMap<>(cbrIds);
                ids.putAll(CBR_IDS); // the built-in IDs win over any learnt before
                yield dynamic(xml(content), ids);
            }
            case ECB_CSV -> ecb(csv(content));
            case PLAIN_CSV -> plain(csv(content));
        };
    }

    /** A file read once: its rates, and the Bank of Russia IDs a daily file names (empty for other formats). */
    public record Parsed(List<Rate> rates, Map<String, String> cbrIds) {
    }

    /**
     * Reads a rates file of any known format in one pass, resolving time-series IDs with {@code learnt} on top of
     * {@link #CBR_IDS}, and collecting the IDs a daily file names; all of it or nothing.
     */
    public static Parsed parse(byte[] content, Map<String, String> learnt) throws RatesFormatException {
        Objects.requireNonNull(content, "content");
        if (detect(content) == Format.CBR_DAILY_XML) {
            Map<String, String> ids = new LinkedHashMap<>();
            List<Rate> rates = daily(xml(content), ids);
            return new Parsed(rates, ids);
        }
        return new Parsed(read(content, learnt), Map.of());
    }

    /**
     * The CBR IDs of a daily XML document mapped to their ISO codes ({@code R01235} to {@code USD}), to read
     * time series of currencies {@link #CBR_IDS} does not know. The document is checked as {@link #read} does.
     */
    public static Map<String, String> cbrIds(byte[] dailyXml) throws RatesFormatException {
        if (detect(dailyXml) != Format.CBR_DAILY_XML) {
            throw new RatesFormatException(0, null, RatesFormatException.Problem.UNKNOWN_FORMAT, null,
                    "not a daily CBR XML document");
        }
        return parse(dailyXml, Map.of()).cbrIds();
    }

    // ---- CBR XML

    private static List<Rate> daily(Node root, Map<String, String> idsOut) throws RatesFormatException {
        LocalDate date = cbrDate(root, "Date");
        List<Rate> rates = new ArrayList<>();
        for (Node valute : root.children()) {
            if (!valute.name().equals("Valute")) {
                continue;
            }
            Node charCode = child(valute, "CharCode");
            String code = charCode.text().strip();
            if (!CODE.matcher(code).matches()) {
                throw new RatesFormatException(charCode.line(), "CharCode", RatesFormatException.Problem.CURRENCY,
                        code, "\"" + code + "\" is not an ISO 4217 currency code");
            }
            BigDecimal nominal = number(child(valute, "Nominal"), COMMA_NUMBER);
            BigDecimal value = number(child(valute, "Value"), COMMA_NUMBER);
            rates.add(new Rate(date, code, tidy(value.divide(nominal, MathContext.DECIMAL64)), CBR));
            String id = valute.attribute("ID");
            if (id != null && CBR_IDS.containsKey(id.strip()) && !CBR_IDS.get(id.strip()).equals(code)) {
                // the Bank of Russia's IDs do not change: a file that says otherwise would file one currency's
                // later rates under another
                throw new RatesFormatException(valute.line(), "ID", RatesFormatException.Problem.UNKNOWN_CBR_ID,
                        id.strip(), "the CBR currency ID \"" + id.strip() + "\" is " + CBR_IDS.get(id.strip())
                        + ", not " + code);
            }
            if (idsOut != null && id != null && !id.isBlank()) {
                idsOut.put(id.strip(), code);
            }
        }
        return rates;
    }

    private static List<Rate> dynamic(Node root, Map<String, String> ids) throws RatesFormatException {
        String seriesId = root.attribute("ID") != null ? root.attribute("ID") : root.attribute("Id");
        List<Rate> rates = new ArrayList<>();
        for (Node record : root.children()) {
            if (!record.name().equals("Record")) {
                continue;
            }
            LocalDate date = cbrDate(record, "Date");
            String id = record.attribute("Id") != null ? record.attribute("Id") : record.attribute("ID");
            String field = "Id";
            if (id == null) {
                id = seriesId;
                field = "ID";
            }
            if (id == null || id.isBlank()) {
                throw new RatesFormatException(record.line(), "Id", RatesFormatException.Problem.MISSING, null,
                        "the record names no currency ID");
            }
            id = id.strip();
            String code = ids.get(id);
            int line = field.equals("Id") ? record.line() : root.line();
            if (code == null) {
                throw new RatesFormatException(line, field, RatesFormatException.Problem.UNKNOWN_CBR_ID, id,
                        "the CBR currency ID \"" + id + "\" is unknown; read a daily file that lists it first");
            }
            if (!CODE.matcher(code).matches()) {
                throw new RatesFormatException(line, field, RatesFormatException.Problem.CURRENCY, code,
                        "the CBR ID \"" + id + "\" is mapped to \"" + code + "\", not an ISO 4217 currency code");
            }
            BigDecimal nominal = number(child(record, "Nominal"), COMMA_NUMBER);
            BigDecimal value = number(child(record, "Value"), COMMA_NUMBER);
            rates.add(new Rate(date, code, tidy(value.divide(nominal, MathContext.DECIMAL64)), CBR));
        }
        return rates;
    }

    private static LocalDate cbrDate(Node node, String attribute) throws RatesFormatException {
        String text = node.attribute(attribute);
        if (text == null) {
            throw new RatesFormatException(node.line(), attribute, RatesFormatException.Problem.MISSING, null,
                    "<" + node.name() + "> has no " + attribute);
        }
        String t = text.strip();
        LocalDate day;
        try {
            day = LocalDate.parse(t, CBR_DATE);
        } catch (DateTimeParseException e) {
            throw new RatesFormatException(node.line(), attribute, RatesFormatException.Problem.NOT_A_DATE, t,
                    "\"" + t + "\" is not a date (DD.MM.YYYY)");
        }
        return inRange(day, node.line(), attribute, t);
    }

    /** A day the app keeps rates for (1900 to 2100), or the line and field that holds another. */
    private static LocalDate inRange(LocalDate day, int line, String field, String text) throws RatesFormatException {
        if (!org.relocationplanner.domain.Plausible.day(day)) {
            throw new RatesFormatException(line, field, RatesFormatException.Problem.OUT_OF_RANGE, text,
                    "\"" + text + "\" is outside the days the app keeps rates for ("
                    + org.relocationplanner.domain.Plausible.days() + ")");
        }
        return day;
    }

    private static Node child(Node parent, String name) throws RatesFormatException {
        for (Node c : parent.children()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new RatesFormatException(parent.line(), name, RatesFormatException.Problem.MISSING, null,
                "<" + parent.name() + "> has no <" + name + ">");
    }

    private static BigDecimal number(Node node, Pattern shape) throws RatesFormatException {
        return positive(node.text(), shape, node.line(), node.name());
    }

    /** One element of an XML document: enough of a tree for the CBR's two or three levels. */
    private record Node(String name, Map<String, String> attributes, int line, StringBuilder content,
            List<Node> children) {

        String attribute(String key) {
            return attributes.get(key);
        }

        String text() {
            return content.toString();
        }
    }

    private static Node xml(byte[] content) throws RatesFormatException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader in = null;
        try {
            // the bytes are decoded here, in the prolog's encoding (windows-1251 for the CBR): the JDK's parser, given
            // bytes it cannot decode, printed its own "[Fatal Error]" line to standard error besides its exception
            in = factory.createXMLStreamReader(new java.io.StringReader(decoded(content)));
            Deque<Node> open = new ArrayDeque<>();
            Node root = null;
            while (in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Map<String, String> attributes = new HashMap<>();
                    for (int i = 0; i < in.getAttributeCount(); i++) {
                        attributes.put(in.getAttributeLocalName(i), in.getAttributeValue(i));
                    }
                    Node node = new Node(in.getLocalName(), attributes, lineOf(in.getLocation()),
                            new StringBuilder(), new ArrayList<>());
                    if (open.isEmpty()) {
                        root = node;
                    } else {
                        open.peek().children().add(node);
                    }
                    open.push(node);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) && !open.isEmpty()) {
                    open.peek().content().append(in.getText());
                }
            }
            if (root == null || !root.name().equals("ValCurs")) {
                throw new RatesFormatException(root == null ? 0 : root.line(), null,
                        RatesFormatException.Problem.UNKNOWN_FORMAT, root == null ? null : root.name(),
                        "the document is not a CBR <ValCurs>");
            }
            return root;
        } catch (XMLStreamException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage();
            int at = reason.indexOf("Message: ");
            reason = (at >= 0 ? reason.substring(at + "Message: ".length()) : reason).strip();
            throw new RatesFormatException(lineOf(e.getLocation()), null, RatesFormatException.Problem.BROKEN_XML,
                    reason, "the XML is broken: " + reason);
        } finally {
            if (in != null) {
                try {
                    in.close();
                } catch (XMLStreamException ignored) {
                    // nothing was opened that needs closing
                }
            }
        }
    }

    /** The largest XML rates file read: it is held as text and as a tree while it is checked. */
    static final long MAX_XML_BYTES = 32L * 1024 * 1024;

    private static final Pattern PROLOG_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

    /** The XML's text, decoded strictly in the encoding its prolog names (UTF-8 if none); a bad byte is named. */
    static String decoded(byte[] content) throws RatesFormatException {
        if (content.length > MAX_XML_BYTES) {
            throw new RatesFormatException(0, null, RatesFormatException.Problem.TOO_LARGE,
                    String.valueOf(content.length), "the file is " + (content.length + 1024 * 1024 - 1) / (1024 * 1024) + " MB; an XML "
                    + "rates file of at most " + MAX_XML_BYTES / (1024 * 1024) + " MB is read (the Bank of Russia's "
                    + "file for 30 years of one currency is about 1 MB)");
        }
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        String head = new String(content, start, Math.min(content.length - start, 200), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = PROLOG_ENCODING.matcher(head);
        java.nio.charset.Charset charset = StandardCharsets.UTF_8;
        if (m.find()) {
            try {
                charset = java.nio.charset.Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                throw new RatesFormatException(1, null, RatesFormatException.Problem.BROKEN_XML, m.group(1),
                        "the XML is broken: its encoding \"" + m.group(1) + "\" is not known");
            }
        }
        java.nio.charset.CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(content, start, content.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (content.length * (double) decoder.maxCharsPerByte()) + 16));
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = start; i < at; i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new RatesFormatException(line, null, RatesFormatException.Problem.BROKEN_XML, charset.name(),
                    "the XML is broken: byte " + (at + 1) + " is not " + charset.name() + " text");
        }
        return out.flip().toString();
    }

    private static int lineOf(Location location) {
        return location == null ? 0 : Math.max(0, location.getLineNumber());
    }

    // ---- CSV

    private static List<Rate> ecb(List<CsvRecords.Row> rows) throws RatesFormatException {
        CsvRecords.Row header = rows.get(0);
        List<String> names = new ArrayList<>(header.cells().stream().map(String::strip).toList());
        while (names.size() > 1 && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        if (!names.get(0).equals("Date")) {
            throw new RatesFormatException(header.line(), null, RatesFormatException.Problem.HEADER, names.get(0),
                    "the header must start with \"Date\"");
        }
        for (String name : names.subList(1, names.size())) {
            if (!CODE.matcher(name).matches()) {
                throw new RatesFormatException(header.line(), null, RatesFormatException.Problem.HEADER, name,
                        "the column \"" + name + "\" is not an ISO 4217 currency code");
            }
        }
        int width = header.cells().size(); // the ECB ends every line with a comma, the header too
        int rubColumn = names.indexOf("RUB");
        List<Rate> rates = new ArrayList<>();
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            List<String> cells = row.cells();
            boolean extraFilled = cells.size() == width
                    && cells.subList(names.size(), width).stream().anyMatch(c -> !c.isBlank());
            if (cells.size() != width || extraFilled) {
                throw new RatesFormatException(row.line(), null, RatesFormatException.Problem.FIELD_COUNT,
                        String.valueOf(cells.size()), "expected " + width + " fields as in the header, found "
                        + cells.size());
            }
            LocalDate date = isoDate(cells.get(0), row.line(), "Date");
            BigDecimal[] perEuro = new BigDecimal[names.size()];
            for (int i = 1; i < names.size(); i++) {
                String cell = cells.get(i).strip();
                if (!cell.isEmpty() && !cell.equalsIgnoreCase("N/A")) {
                    perEuro[i] = positive(cell, POINT_NUMBER, row.line(), names.get(i));
                }
            }
            if (rubColumn < 0 || perEuro[rubColumn] == null) {
                continue;
            }
            BigDecimal rubPerEuro = perEuro[rubColumn];
            rates.add(new Rate(date, "EUR", tidy(rubPerEuro), ECB));
            for (int i = 1; i < names.size(); i++) {
                if (i != rubColumn && perEuro[i] != null) {
                    rates.add(new Rate(date, names.get(i),
                            tidy(rubPerEuro.divide(perEuro[i], MathContext.DECIMAL64)), ECB));
                }
            }
        }
        return rates;
    }

    private static List<Rate> plain(List<CsvRecords.Row> rows) throws RatesFormatException {
        CsvRecords.Row header = rows.get(0);
        if (!header.cells().stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList().equals(PLAIN_HEADER)) {
            throw new RatesFormatException(header.line(), null, RatesFormatException.Problem.HEADER, null,
                    "the header must be \"date,currency,rate,source\"");
        }
        List<Rate> rates = new ArrayList<>(rows.size());
        int[] lines = new int[rows.size()];
        // each series' rows in file order; most files run forward in time, so a duplicate is looked for only in a
        // series that steps back
        java.util.Map<String, java.util.Map<String, int[]>> lastDay = new java.util.HashMap<>();
        java.util.Set<String> unordered = new java.util.HashSet<>();
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            List<String> f = row.cells();
            int line = row.line();
            if (f.size() != PLAIN_HEADER.size()) {
                throw new RatesFormatException(line, null, RatesFormatException.Problem.FIELD_COUNT,
                        String.valueOf(f.size()), "expected 4 fields (date,currency,rate,source), found " + f.size());
            }
            LocalDate date = isoDate(f.get(0), line, "date");
            String code = f.get(1).strip();
            if (!CODE.matcher(code).matches() || !ISO_CODES.contains(code)) {
                throw new RatesFormatException(line, "currency", RatesFormatException.Problem.CURRENCY, code,
                        "\"" + code + "\" is not an ISO 4217 currency code");
            }
            BigDecimal rate = positive(f.get(2), POINT_NUMBER, line, "rate");
            String source = f.get(3).strip();
            if (source.isEmpty()) {
                throw new RatesFormatException(line, "source", RatesFormatException.Problem.MISSING, null,
                        "the source is missing");
            }
            if (source.length() > MAX_SOURCE) {
                throw new RatesFormatException(line, "source", RatesFormatException.Problem.SOURCE_TOO_LONG,
                        String.valueOf(MAX_SOURCE), "the source is longer than " + MAX_SOURCE + " characters");
            }
            int day = (int) date.toEpochDay();
            int[] last = lastDay.computeIfAbsent(code, k -> new java.util.HashMap<>()).computeIfAbsent(source,
                    k -> new int[] {Integer.MIN_VALUE});
            if (day <= last[0]) {
                unordered.add(code + "|" + source);
            }
            last[0] = Math.max(last[0], day);
            lines[rates.size()] = line;
            rates.add(new Rate(date, code, tidy(rate), source));
        }
        if (!unordered.isEmpty()) {
            checkDuplicates(rates, lines, unordered);
        }
        return rates;
    }

    /**
     * A second, different rate for the same day, currency and source, in the series that do not run forward: the
     * first such line in the file is named.
     */
    private static void checkDuplicates(List<Rate> rates, int[] lines, java.util.Set<String> series)
            throws RatesFormatException {
        java.util.Map<String, BigDecimal> seen = new java.util.HashMap<>();
        for (int i = 0; i < rates.size(); i++) {
            Rate r = rates.get(i);
            if (!series.contains(r.currency() + "|" + r.source())) {
                continue;
            }
            BigDecimal before = seen.put(r.date() + "|" + r.currency() + "|" + r.source(), r.rubPerUnit());
            if (before != null && before.compareTo(r.rubPerUnit()) != 0) {
                throw new RatesFormatException(lines[i], "rate", RatesFormatException.Problem.DUPLICATE,
                        r.date().toString(), "a second, different rate for " + r.currency() + " on " + r.date()
                        + " from " + r.source());
            }
        }
    }

    /**
     * A YYYY-MM-DD day, strictly (an impossible day throws {@link java.time.DateTimeException}). The common shape is
     * read without a formatter: a million rows in a fraction of the time (also the shipped history's 120,000).
     */
    static LocalDate isoDay(String t) {
        if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-' && digits(t, 0, 4) && digits(t, 5, 7)
                && digits(t, 8, 10)) {
            return LocalDate.of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10),
                    Integer.parseInt(t, 8, 10, 10));
        }
        return LocalDate.parse(t, ISO_DATE);
    }

    private static LocalDate isoDate(String text, int line, String field) throws RatesFormatException {
        String t = text.strip();
        try {
            return inRange(isoDay(t), line, field, t);
        } catch (java.time.DateTimeException e) {
            throw new RatesFormatException(line, field, RatesFormatException.Problem.NOT_A_DATE, t,
                    "\"" + t + "\" is not a date (YYYY-MM-DD)");
        }
    }

    /** The same as {@link #POINT_NUMBER} without a matcher: digits with at most one point, and a sign. */
    private static boolean pointNumber(String t) {
        int i = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
        boolean digit = false;
        boolean point = false;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The records of a UTF-8 CSV text (a BOM is dropped), fields quoted as in RFC 4180; blank lines are left out
     * but counted, and a quoted field may span lines.
     */
    private static List<CsvRecords.Row> csv(byte[] content) throws RatesFormatException {
        List<CsvRecords.Row> records;
        try {
            records = CsvRecords.read(content);
        } catch (CsvRecords.Broken e) {
            throw new RatesFormatException(e.line(), null, e.problem() == CsvRecords.Problem.UNCLOSED_QUOTE
                    ? RatesFormatException.Problem.UNCLOSED_QUOTE : RatesFormatException.Problem.STRAY_QUOTE, null,
                    e.getMessage());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e); // reading bytes in memory
        }
        if (records.isEmpty()) {
            throw new RatesFormatException(0, null, RatesFormatException.Problem.EMPTY, null, "the file is empty");
        }
        return records;
    }

    private static RatesFormatException unknownFormat() {
        return new RatesFormatException(0, null, RatesFormatException.Problem.UNKNOWN_FORMAT, null,
                "not a CBR XML, ECB CSV or \"date,currency,rate,source\" CSV file");
    }

    /** Splits a header line on commas, for sniffing only. */
    private static List<String> splitPlain(String line) {
        return List.of(line.split(",", -1));
    }

    // ---- numbers

    private static BigDecimal positive(String text, Pattern shape, int line, String field)
            throws RatesFormatException {
        String t = text.strip();
        if (!(shape == POINT_NUMBER ? pointNumber(t) : shape.matcher(t).matches())) {
            throw new RatesFormatException(line, field, RatesFormatException.Problem.NOT_A_NUMBER, t,
                    "\"" + t + "\" is not a number");
        }
        if (t.length() > 40) {
            throw new RatesFormatException(line, field, RatesFormatException.Problem.OUT_OF_RANGE, t.substring(0, 40),
                    "a number of " + t.length() + " characters is not a rate");
        }
        BigDecimal value = new BigDecimal(t.replace(',', '.'));
        if (value.signum() <= 0) {
            throw new RatesFormatException(line, field, RatesFormatException.Problem.NOT_POSITIVE, t,
                    "\"" + t + "\" is not above zero");
        }
        if (!org.relocationplanner.domain.Plausible.rate(value)) {
            throw new RatesFormatException(line, field, RatesFormatException.Problem.OUT_OF_RANGE, t,
                    "\"" + t + "\" is not a rate the app keeps (" + org.relocationplanner.domain.Plausible.MIN_RATE
                    .toPlainString() + " to " + org.relocationplanner.domain.Plausible.MAX_RATE.toPlainString()
                    + ", at most " + org.relocationplanner.domain.Plausible.MAX_DIGITS + " digits)");
        }
        return value;
    }

    /** Without trailing zeros, but never in exponent form: 117.2010 to 117.201, 100.00 to 100. */
    private static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
