package org.relocationplanner.ui.common;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves what the window draws (a chart, the map) as a PNG picture. */
public final class Png {

    private Png() {
    }

    /** The picture's pixels as ARGB rows: read on the FX thread, where the image was made. */
    public static int[][] pixels(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        PixelReader reader = image.getPixelReader();
        int[][] rows = new int[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                rows[y][x] = reader.getArgb(x, y);
            }
        }
        return rows;
    }

    /** Writes the pixels as a PNG file, replacing the file only once it is whole. */
    public static void write(int[][] rows, Path file) throws IOException {
        int h = rows.length;
        int w = h == 0 ? 0 : rows[0].length;
        BufferedImage png = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            png.setRGB(0, y, w, 1, rows[y], 0, w);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        if (!ImageIO.write(png, "png", bytes)) {
            throw new IOException("No PNG writer is available");
        }
        org.relocationplanner.io.AtomicFile.write(file, bytes.toByteArray());
    }
}
