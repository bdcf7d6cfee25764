package org.relocationplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The shipped history's reader, which reads its days without a formatter since issue 20. */
class ShippedRatesTest {

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void everyDayOfTheShippedFileIsTheDayLocalDateParseReads() throws Exception {
        List<String> lines;
        try (InputStream in = new GZIPInputStream(ShippedRates.class.getResourceAsStream(ShippedRates.RESOURCE))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(2).toList();
        }
        List<org.relocationplanner.domain.Rate> read = ShippedRates.read().rates();
        assertEquals(lines.size(), read.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertEquals(LocalDate.parse(line.substring(0, line.indexOf(','))), read.get(i).date(), line);
        }
    }

    @Test
    void aDayThatIsNotAWholeIsoDateIsRefusedNamingItsLine() throws Exception {
        assertEquals(LocalDate.of(2024, 2, 29), ShippedRates.read(gzip("# version=3\ndate,currency,rate,source\n"
                + "2024-02-29,GEL,33.1,CBR\n")).rates().get(0).date());
        for (String day : List.of("2023-02-29", "2005-13-01", "2005-1-01", "20O5-01-01", "2005/01/01", "+2005-01-01",
                "2005-01-1x", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShippedRates.read(gzip(
                    "# version=3\ndate,currency,rate,source\n2005-01-04,GEL,13.1,CBR\n" + day + ",GEL,13.2,CBR\n")),
                    day);
            assertTrue(e.getMessage().startsWith("line 4 is not date,currency,rate,source: " + day + ","),
                    e.getMessage());
        }
        IllegalArgumentException noComma = assertThrows(IllegalArgumentException.class,
                () -> ShippedRates.read(gzip("# version=3\nheader\n2005-01-04\n")));
        assertTrue(noComma.getMessage().startsWith("line 3 "), noComma.getMessage());
    }
}
