package org.relocationplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngTest {

    @Test
    void thePixelsReadBackFromTheFileAsWritten(@TempDir Path dir) throws Exception {
        int[][] rows = {{0xFF112233, 0xFFFFFFFF, 0xFF000000}, {0xFFFF0000, 0xFF00FF00, 0xFF0000FF}};
        Path file = dir.resolve("map.png");
        Png.write(rows, file);
        BufferedImage back = ImageIO.read(Files.newInputStream(file));
        assertEquals(3, back.getWidth());
        assertEquals(2, back.getHeight());
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                assertEquals(rows[y][x] & 0xFFFFFF, back.getRGB(x, y) & 0xFFFFFF, x + "," + y);
            }
        }
    }
}
