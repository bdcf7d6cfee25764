package org.relocationplanner.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Photos for tests, written byte by byte after the public specifications: a JPEG with an APP1 EXIF block (TIFF 6.0
 * layout; EXIF 2.32, CIPA DC-008, for DateTimeOriginal 0x9003, OffsetTimeOriginal 0x9011 and the GPS IFD 0x8825),
 * and a PNG with an XMP packet in an iTXt chunk (PNG 1.2; XMP Specification Part 3, "XML:com.adobe.xmp").
 */
public final class TestPhotos {

    private TestPhotos() {
    }

    /** A JPEG with GPS position and, each when not null, date taken, its offset and the GPS date and time (UTC). */
    public static void jpeg(Path file, double lat, double lon, String taken, String offset, String gpsDate,
                            int[] gpsTime) throws IOException {
        Ifd gps = new Ifd();
        gps.ascii(0x0001, lat >= 0 ? "N" : "S");
        gps.rationals(0x0002, dms(Math.abs(lat)));
        gps.ascii(0x0003, lon >= 0 ? "E" : "W");
        gps.rationals(0x0004, dms(Math.abs(lon)));
        if (gpsTime != null) {
            gps.rationals(0x0007, new long[] {gpsTime[0], 1, gpsTime[1], 1, gpsTime[2], 1});
        }
        if (gpsDate != null) {
            gps.ascii(0x001D, gpsDate);
        }
        Ifd exif = new Ifd();
        if (taken != null) {
            exif.ascii(0x9003, taken);
        }
        if (offset != null) {
            exif.ascii(0x9011, offset);
        }
        byte[] tiff = tiff(exif, gps);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1});
        byte[] head = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int len = 2 + head.length + tiff.length;
        out.write(len >> 8);
        out.write(len & 0xFF);
        out.write(head);
        out.write(tiff);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xD9});
        Files.write(file, out.toByteArray());
    }

    private static long[] dms(double deg) {
        long d = (long) deg;
        double m = (deg - d) * 60;
        long mm = (long) m;
        long s100 = Math.round((m - mm) * 60 * 10000);
        return new long[] {d, 1, mm, 1, s100, 10000};
    }

    /** An IFD: entries in tag order, values too long for the entry written after it. */
    private static final class Ifd {
        final List<long[]> entries = new ArrayList<>(); // tag, type, count
        final List<byte[]> values = new ArrayList<>();

        void ascii(int tag, String text) {
            byte[] v = (text + "\0").getBytes(StandardCharsets.US_ASCII);
            entries.add(new long[] {tag, 2, v.length});
            values.add(v);
        }

        void rationals(int tag, long[] nd) {
            ByteBuffer b = ByteBuffer.allocate(nd.length * 4);
            for (long x : nd) {
                b.putInt((int) x);
            }
            entries.add(new long[] {tag, 5, nd.length / 2});
            values.add(b.array());
        }

        int size() {
            int n = 2 + entries.size() * 12 + 4;
            for (byte[] v : values) {
                n += v.length > 4 ? v.length + (v.length & 1) : 0;
            }
            return n;
        }

        void write(ByteBuffer b, int at) {
            int data = at + 2 + entries.size() * 12 + 4;
            b.putShort((short) entries.size());
            for (int i = 0; i < entries.size(); i++) {
                long[] e = entries.get(i);
                byte[] v = values.get(i);
                b.putShort((short) e[0]).putShort((short) e[1]).putInt((int) e[2]);
                if (v.length <= 4) {
                    byte[] four = new byte[4];
                    System.arraycopy(v, 0, four, 0, v.length);
                    b.put(four);
                } else {
                    b.putInt(data);
                    int keep = b.position();
                    b.position(data);
                    b.put(v);
                    data += v.length + (v.length & 1);
                    b.position(keep);
                }
            }
            b.putInt(0);
            b.position(data);
        }
    }

    private static byte[] tiff(Ifd exif, Ifd gps) {
        Ifd ifd0 = new Ifd();
        int ifd0At = 8;
        int ifd0Size = 2 + 2 * 12 + 4;
        int exifAt = ifd0At + ifd0Size;
        int gpsAt = exifAt + exif.size();
        ByteBuffer b = ByteBuffer.allocate(gpsAt + gps.size() + 16);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0At);
        b.putShort((short) 2);
        b.putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(exifAt);
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt);
        b.putInt(0);
        exif.write(b, exifAt);
        gps.write(b, gpsAt);
        byte[] out = new byte[b.position()];
        System.arraycopy(b.array(), 0, out, 0, out.length);
        return out;
    }

    /** A 1x1 PNG whose only metadata is an XMP packet with exif:GPSLatitude/Longitude and a date. */
    public static void pngWithXmp(Path file, String lat, String lon, String dateTimeOriginal) throws IOException {
        String xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/"
                + "22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\" xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" "
                + "exif:GPSLatitude=\"" + lat + "\" exif:GPSLongitude=\"" + lon + "\" exif:DateTimeOriginal=\""
                + dateTimeOriginal + "\"/></rdf:RDF></x:xmpmeta>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(1).putInt(1).put((byte) 8).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0).array());
        ByteArrayOutputStream itxt = new ByteArrayOutputStream();
        itxt.write("XML:com.adobe.xmp".getBytes(StandardCharsets.ISO_8859_1));
        itxt.write(new byte[] {0, 0, 0, 0, 0});
        itxt.write(xmp.getBytes(StandardCharsets.UTF_8));
        chunk(out, "iTXt", itxt.toByteArray());
        chunk(out, "IEND", new byte[0]);
        Files.write(file, out.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
