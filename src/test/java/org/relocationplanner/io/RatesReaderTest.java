package org.relocationplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relocationplanner.domain.Rate;

/** Rate files from the CBR, the ECB and users' scripts: read all or nothing, naming the line and field at fault. */
class RatesReaderTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    /** Trimmed from a published XML_daily.asp fixture of 2025-04-01, Russian names and all. */
    private static final String CBR_DAILY = """
            <?xml version="1.0" encoding="windows-1251"?>
            <ValCurs Date="01.04.2025" name="Foreign Currency Market">
              <Valute ID="R01010"><NumCode>036</NumCode><CharCode>AUD</CharCode><Nominal>1</Nominal>
                <Name>Австралийский доллар</Name><Value>53,6917</Value><VunitRate>53,6917</VunitRate></Valute>
              <Valute ID="R01060"><NumCode>051</NumCode><CharCode>AMD</CharCode><Nominal>100</Nominal>
                <Name>Армянских драмов</Name><Value>21,8342</Value><VunitRate>0,218342</VunitRate></Valute>
            </ValCurs>
            """;

    /** A published XML_dynamic.asp test of 2026-03: two EUR records. */
    private static final String CBR_DYNAMIC = """
            <?xml version="1.0" encoding="windows-1251"?>
            <ValCurs ID="R01239" DateRange1="04.01.1999" DateRange2="15.03.2026" name="Foreign Currency Market Dynamic">
              <Record Date="12.03.2026" Id="R01239"><Nominal>1</Nominal><Value>91,9378</Value><VunitRate>91,9378</VunitRate></Record>
              <Record Date="13.03.2026" Id="R01239"><Nominal>1</Nominal><Value>91,3893</Value><VunitRate>91,3893</VunitRate></Record>
            </ValCurs>
            """;

    /** Lines copied from the ECB's eurofxref-hist.csv: RUB is N/A from 2022-03-02 on. */
    private static final String ECB = """
            Date,USD,JPY,BGN,CYP,CZK,DKK,EEK,GBP,HUF,LTL,LVL,MTL,PLN,ROL,RON,SEK,SIT,SKK,CHF,ISK,NOK,HRK,RUB,TRL,TRY,AUD,BRL,CAD,CNY,HKD,IDR,ILS,INR,KRW,MXN,MYR,NZD,PHP,SGD,THB,ZAR,
            2022-03-02,1.1106,128.08,1.9558,N/A,25.866,7.4387,N/A,0.83316,382.31,N/A,N/A,N/A,4.8021,N/A,4.9493,10.788,N/A,N/A,1.0216,143,9.8826,7.574,N/A,N/A,15.628,1.5272,5.7313,1.4088,7.0153,8.6785,15980.03,3.5954,84.1765,1338.99,22.999,4.6595,1.6404,57.206,1.5059,36.339,17.1904,
            2022-03-01,1.1162,128.15,1.9558,N/A,25.465,7.4377,N/A,0.8329,379.6,N/A,N/A,N/A,4.7947,N/A,4.949,10.6893,N/A,N/A,1.0247,142,9.8598,7.567,117.201,N/A,15.5509,1.5365,5.7598,1.4158,7.0462,8.7234,16033.36,3.6152,84.5015,1342.6,22.8558,4.6802,1.6484,57.295,1.515,36.505,17.2145,
            2022-02-28,1.1199,129.31,1.9558,N/A,24.997,7.4404,N/A,0.8355,369.72,N/A,N/A,N/A,4.6835,N/A,4.9484,10.6055,N/A,N/A,1.0336,141.8,9.9465,7.5655,115.4842,N/A,15.4532,1.5508,5.7828,1.4264,7.067,8.7514,16100.72,3.63,84.554,1347.62,22.9011,4.7019,1.6628,57.432,1.5201,36.593,17.2863,
            """;

    private static byte[] cp1251(String text) {
        return text.getBytes(CP1251);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static RatesFormatException bad(byte[] content) {
        return assertThrows(RatesFormatException.class, () -> RatesReader.read(content));
    }

    private static void assertProblem(RatesFormatException e, int line, String field,
            RatesFormatException.Problem problem, String value) {
        assertEquals(problem, e.problem(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        if (problem == RatesFormatException.Problem.BROKEN_XML) {
            // the parser's own words on what is broken, shown to the user after "the XML is broken"
            assertTrue(!e.value().isBlank() && e.getMessage().endsWith(e.value()), e.getMessage());
        } else {
            assertEquals(value, e.value(), e.getMessage());
        }
    }

    private static Map<String, BigDecimal> onDay(List<Rate> rates, LocalDate day) {
        return rates.stream().filter(r -> r.date().equals(day))
                .collect(Collectors.toMap(Rate::currency, Rate::rubPerUnit));
    }

    // ---- detection

    @Test
    void theFormatIsToldFromTheFirstBytes() throws Exception {
        assertEquals(RatesReader.Format.CBR_DAILY_XML, RatesReader.detect(cp1251(CBR_DAILY)));
        assertEquals(RatesReader.Format.CBR_DYNAMIC_XML, RatesReader.detect(cp1251(CBR_DYNAMIC)));
        assertEquals(RatesReader.Format.ECB_CSV, RatesReader.detect(utf8(ECB)));
        assertEquals(RatesReader.Format.ECB_CSV, RatesReader.detect(Arrays.copyOf(utf8(ECB), 30)));
        assertEquals(RatesReader.Format.PLAIN_CSV, RatesReader.detect(utf8("\uFEFFDate,Currency,Rate,Source\r\n")));
        assertEquals(RatesReader.Format.CBR_DAILY_XML, RatesReader.detect(cp1251(
                "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n"
                + "<ValCurs Date=\"01.07.1992\" name=\"Foreign Currency Market\"></ValCurs>\n")));
        assertEquals(RatesReader.Format.CBR_DYNAMIC_XML, RatesReader.detect(cp1251(
                "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<ValCurs ID=\"R01235\" DateRange1=\"01.01.2000\""
                + " DateRange2=\"03.01.2000\" name=\"Foreign Currency Market Dynamic\"></ValCurs>\n")));
    }

    @Test
    void anUnknownFormatIsRefusedAsAWhole() {
        assertProblem(bad(utf8("date;currency;rate\n2024-03-01;USD;91.6\n")), 0, null,
                RatesFormatException.Problem.UNKNOWN_FORMAT, "");
        assertProblem(bad(utf8("<html><body>Rates</body></html>")), 0, null,
                RatesFormatException.Problem.UNKNOWN_FORMAT, "");
        assertProblem(bad(utf8("Date,Currency,Amount\n")), 0, null, RatesFormatException.Problem.UNKNOWN_FORMAT, "");
        assertProblem(bad(new byte[0]), 0, null, RatesFormatException.Problem.EMPTY, "");
        assertProblem(bad(utf8(" \n\n")), 0, null, RatesFormatException.Problem.EMPTY, "");
    }

    // ---- CBR daily

    @Test
    void aDailyCbrFileInWindows1251GivesRublesPerOneUnit() throws Exception {
        List<Rate> rates = RatesReader.read(cp1251(CBR_DAILY));
        LocalDate day = LocalDate.of(2025, 4, 1);
        assertEquals(List.of(
                new Rate(day, "AUD", new BigDecimal("53.6917"), "CBR"),
                new Rate(day, "AMD", new BigDecimal("0.218342"), "CBR")), rates);
    }

    @Test
    void theDailyFilesIdsCanBeLearnt() throws Exception {
        assertEquals(Map.of("R01010", "AUD", "R01060", "AMD"), RatesReader.cbrIds(cp1251(CBR_DAILY)));
        RatesFormatException e = assertThrows(RatesFormatException.class,
                () -> RatesReader.cbrIds(cp1251(CBR_DYNAMIC)));
        assertEquals(RatesFormatException.Problem.UNKNOWN_FORMAT, e.problem());
    }

    @Test
    void badDailyValuesAreNamedWithTheirLineAndElement() {
        assertProblem(bad(cp1251(CBR_DAILY.replace("21,8342", "21;8342"))), 6, "Value",
                RatesFormatException.Problem.NOT_A_NUMBER, "21;8342");
        assertProblem(bad(cp1251(CBR_DAILY.replace("21,8342", "-21,8342"))), 6, "Value",
                RatesFormatException.Problem.NOT_POSITIVE, "-21,8342");
        assertProblem(bad(cp1251(CBR_DAILY.replace("<Nominal>100<", "<Nominal>0<"))), 5, "Nominal",
                RatesFormatException.Problem.NOT_POSITIVE, "0");
        assertProblem(bad(cp1251(CBR_DAILY.replace("01.04.2025", "31.04.2025"))), 2, "Date",
                RatesFormatException.Problem.NOT_A_DATE, "31.04.2025");
        assertProblem(bad(cp1251(CBR_DAILY.replace("<CharCode>AMD<", "<CharCode>Amd<"))), 5, "CharCode",
                RatesFormatException.Problem.CURRENCY, "Amd");
        assertProblem(bad(cp1251(CBR_DAILY.replace("<Value>53,6917</Value>", ""))), 3, "Value",
                RatesFormatException.Problem.MISSING, "");
    }

    @Test
    void truncatedXmlIsBrokenAtTheLineWhereItStops() {
        String cut = CBR_DAILY.substring(0, CBR_DAILY.indexOf("</ValCurs>"));
        assertProblem(bad(cp1251(cut)), 7, null, RatesFormatException.Problem.BROKEN_XML, "");
        String midTag = CBR_DAILY.substring(0, CBR_DAILY.indexOf("<Name>Армянских") + 10);
        assertProblem(bad(cp1251(midTag)), 6, null, RatesFormatException.Problem.BROKEN_XML, "");
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE ValCurs [<!ENTITY x SYSTEM "file:///etc/hostname">]>
                <ValCurs Date="01.04.2025" name="Foreign Currency Market">
                <Valute ID="R01235"><CharCode>&x;</CharCode><Nominal>1</Nominal><Value>80,1</Value></Valute>
                </ValCurs>
                """;
        assertProblem(bad(utf8(xxe)), 4, null, RatesFormatException.Problem.BROKEN_XML, "");
    }

    // ---- CBR dynamic

    @Test
    void aDynamicCbrSeriesTakesItsCurrencyFromTheId() throws Exception {
        assertEquals(List.of(
                new Rate(LocalDate.of(2026, 3, 12), "EUR", new BigDecimal("91.9378"), "CBR"),
                new Rate(LocalDate.of(2026, 3, 13), "EUR", new BigDecimal("91.3893"), "CBR")),
                RatesReader.read(cp1251(CBR_DYNAMIC)));
    }

    @Test
    void oldDynamicRecordsWithoutVunitRateAndAChangingNominalAreRead() throws Exception {
        String old = """
                <?xml version="1.0" encoding="windows-1251"?>
                <ValCurs ID="R01235" DateRange1="07.03.2001" DateRange2="09.03.2001" name="Foreign Currency Market Dynamic">
                <Record Date="08.03.2001" Id="R01235"><Nominal>1</Nominal><Value>28,6200</Value></Record>
                </ValCurs>
                """;
        assertEquals(List.of(new Rate(LocalDate.of(2001, 3, 8), "USD", new BigDecimal("28.62"), "CBR")),
                RatesReader.read(cp1251(old)));
        String turkish = """
                <?xml version="1.0" encoding="windows-1251"?>
                <ValCurs ID="R01700J" DateRange1="30.12.2025" DateRange2="06.01.2026" name="Foreign Currency Market Dynamic">
                <Record Date="30.12.2025" Id="R01700J"><Nominal>10</Nominal><Value>18,4000</Value><VunitRate>1,84</VunitRate></Record>
                <Record Date="06.01.2026" Id="R01700J"><Nominal>1</Nominal><Value>1,8300</Value><VunitRate>1,83</VunitRate></Record>
                </ValCurs>
                """;
        List<Rate> rates = RatesReader.read(cp1251(turkish));
        assertEquals(new BigDecimal("1.84"), rates.get(0).rubPerUnit());
        assertEquals(new BigDecimal("1.83"), rates.get(1).rubPerUnit());
        assertEquals("TRY", rates.get(1).currency());
    }

    @Test
    void anEmptyDynamicSeriesIsNoRatesNotAnError() throws Exception {
        String empty = """
                <?xml version="1.0" encoding="windows-1251"?>
                <ValCurs ID="R01375" DateRange1="01.01.2000" DateRange2="03.01.2000" name="Foreign Currency Market Dynamic"></ValCurs>
                """;
        assertEquals(List.of(), RatesReader.read(cp1251(empty)));
    }

    /** The ID is one the built-in list does not hold (the list has only IDs seen in the bank's own daily files). */
    @Test
    void anUnknownCbrIdIsNamedAndCanBeTaughtByTheCaller() throws Exception {
        String tugrik = """
                <?xml version="1.0" encoding="windows-1251"?>
                <ValCurs ID="R01503" DateRange1="12.03.2026" DateRange2="13.03.2026" name="Foreign Currency Market Dynamic">
                  <Record Date="12.03.2026" Id="R01503"><Nominal>1</Nominal><Value>11,6120</Value><VunitRate>11,612</VunitRate></Record>
                  <Record Date="13.03.2026" Id="R01503"><Nominal>1</Nominal><Value>11,5402</Value><VunitRate>11,5402</VunitRate></Record>
                </ValCurs>
                """;
        assertProblem(bad(cp1251(tugrik)), 3, "Id", RatesFormatException.Problem.UNKNOWN_CBR_ID, "R01503");
        List<Rate> rates = RatesReader.read(cp1251(tugrik), Map.of("R01503", "MNT"));
        assertEquals(List.of(
                new Rate(LocalDate.of(2026, 3, 12), "MNT", new BigDecimal("11.612"), "CBR"),
                new Rate(LocalDate.of(2026, 3, 13), "MNT", new BigDecimal("11.5402"), "CBR")), rates);
    }

    @Test
    void aBadDynamicRecordIsNamedWithItsLine() {
        assertProblem(bad(cp1251(CBR_DYNAMIC.replace("13.03.2026", "2026-03-13"))), 4, "Date",
                RatesFormatException.Problem.NOT_A_DATE, "2026-03-13");
        assertProblem(bad(cp1251(CBR_DYNAMIC.replace("<Value>91,3893<", "<Value>91,38,93<"))), 4, "Value",
                RatesFormatException.Problem.NOT_A_NUMBER, "91,38,93");
        String cut = CBR_DYNAMIC.substring(0, CBR_DYNAMIC.lastIndexOf("</Record>"));
        assertProblem(bad(cp1251(cut)), 4, null, RatesFormatException.Problem.BROKEN_XML, "");
    }

    // ---- ECB

    @Test
    void ecbRatesPerEuroBecomeRublesPerUnitOnDaysWithARubleRate() throws Exception {
        List<Rate> rates = RatesReader.read(utf8(ECB));
        assertTrue(rates.stream().allMatch(r -> r.source().equals("ECB")));
        assertTrue(onDay(rates, LocalDate.of(2022, 3, 2)).isEmpty(), "RUB is N/A on 2022-03-02");
        Map<String, BigDecimal> march1 = onDay(rates, LocalDate.of(2022, 3, 1));
        assertEquals(new BigDecimal("117.201"), march1.get("EUR"));
        // 117.201 RUB per EUR / 1.1162 USD per EUR
        assertEquals(0, new BigDecimal("105").compareTo(march1.get("USD")), march1.get("USD").toString());
        assertEquals(new BigDecimal("0.9145610612563402"), march1.get("JPY"));
        assertEquals(new BigDecimal("117.201").divide(new BigDecimal("16033.36"), MathContext.DECIMAL64),
                march1.get("IDR"));
        assertFalse(march1.containsKey("CYP"), "N/A cells are skipped");
        assertFalse(march1.containsKey("RUB"));
        assertEquals(32, march1.size());
        Map<String, BigDecimal> feb28 = onDay(rates, LocalDate.of(2022, 2, 28));
        assertEquals(new BigDecimal("115.4842"), feb28.get("EUR"));
        assertEquals(new BigDecimal("103.1201000089294"), feb28.get("USD"));
        assertEquals(64, rates.size());
    }

    @Test
    void aBadEcbCellIsNamedByItsLineAndColumn() {
        assertProblem(bad(utf8(ECB.replace("2022-03-01,1.1162,", "2022-03-01,1.11x2,"))), 3, "USD",
                RatesFormatException.Problem.NOT_A_NUMBER, "1.11x2");
        assertProblem(bad(utf8(ECB.replace(",128.08,", ",-128.08,"))), 2, "JPY",
                RatesFormatException.Problem.NOT_POSITIVE, "-128.08");
        assertProblem(bad(utf8(ECB.replace("2022-02-28,", "28.02.2022,"))), 4, "Date",
                RatesFormatException.Problem.NOT_A_DATE, "28.02.2022");
        assertProblem(bad(utf8(ECB.replace(",17.2863,", ","))), 4, null,
                RatesFormatException.Problem.FIELD_COUNT, "42");
    }

    // ---- plain CSV

    @Test
    void plainCsvGivesOneRatePerRow() throws Exception {
        List<Rate> rates = RatesReader.read(utf8("\uFEFFDate,Currency,Rate,Source\r\n"
                + "2024-03-01,USD,91.6,CBR\r\n"
                + "\r\n"
                + "2024-03-01,AMD,0.2265,\"CBA, cross via \"\"USD\"\"\"\r\n"
                + "2024-03-02,EUR,99.1500,MANUAL\r\n"));
        assertEquals(List.of(
                new Rate(LocalDate.of(2024, 3, 1), "USD", new BigDecimal("91.6"), "CBR"),
                new Rate(LocalDate.of(2024, 3, 1), "AMD", new BigDecimal("0.2265"), "CBA, cross via \"USD\""),
                new Rate(LocalDate.of(2024, 3, 2), "EUR", new BigDecimal("99.15"), "MANUAL")), rates);
    }

    @Test
    void aFileIsReadFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rates.csv");
        Files.writeString(file, "date,currency,rate,source\n2024-03-01,GEL,34.5,MANUAL\n");
        assertEquals(List.of(new Rate(LocalDate.of(2024, 3, 1), "GEL", new BigDecimal("34.5"), "MANUAL")),
                RatesReader.read(file));
    }

    private static byte[] plainWith(String badRow) {
        return utf8("date,currency,rate,source\n2024-03-01,USD,91.6,CBR\n\n" + badRow + "\n2024-03-05,EUR,99,CBR\n");
    }

    @Test
    void theFirstBadPlainRowStopsTheReadAndIsNamed() {
        assertProblem(bad(plainWith("2024-02-30,USD,91.6,CBR")), 4, "date",
                RatesFormatException.Problem.NOT_A_DATE, "2024-02-30");
        assertProblem(bad(plainWith("01.03.2024,USD,91.6,CBR")), 4, "date",
                RatesFormatException.Problem.NOT_A_DATE, "01.03.2024");
        assertProblem(bad(plainWith("2024-03-04,USD,9l.6,CBR")), 4, "rate",
                RatesFormatException.Problem.NOT_A_NUMBER, "9l.6");
        assertProblem(bad(plainWith("2024-03-04,USD,-91.6,CBR")), 4, "rate",
                RatesFormatException.Problem.NOT_POSITIVE, "-91.6");
        assertProblem(bad(plainWith("2024-03-04,XYZ,91.6,CBR")), 4, "currency",
                RatesFormatException.Problem.CURRENCY, "XYZ");
        assertProblem(bad(plainWith("2024-03-04,usd,91.6,CBR")), 4, "currency",
                RatesFormatException.Problem.CURRENCY, "usd");
        assertProblem(bad(plainWith("2024-03-04,USD,91,6,CBR")), 4, null,
                RatesFormatException.Problem.FIELD_COUNT, "5");
        assertProblem(bad(plainWith("2024-03-04,USD,91.6,")), 4, "source",
                RatesFormatException.Problem.MISSING, "");
        assertProblem(bad(plainWith("2024-03-04,USD,91.6,\"open")), 4, null,
                RatesFormatException.Problem.UNCLOSED_QUOTE, "");
    }

    @Test
    void theMessageNamesLineFieldAndReason() {
        RatesFormatException e = bad(plainWith("2024-03-04,USD,-91.6,CBR"));
        assertEquals("line 4, rate: \"-91.6\" is not above zero", e.getMessage());
        RatesFormatException whole = bad(utf8("hello\n"));
        assertNull(whole.field());
        assertTrue(whole.getMessage().startsWith("file: "), whole.getMessage());
    }

    @Test
    void aSecondDifferentRateForTheSameDayIsRefusedAtItsLine() {
        RatesFormatException e = bad(utf8("date,currency,rate,source\n2023-06-01,GEL,31,X\n2023-06-01,GEL,31.0,X\n"
                + "2023-06-01,GEL,32,X\n"));
        assertProblem(e, 4, "rate", RatesFormatException.Problem.DUPLICATE, "2023-06-01");
    }
}
