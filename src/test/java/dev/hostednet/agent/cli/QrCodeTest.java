package dev.hostednet.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.wlan.JoinUri;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The join URI survives the way to a phone: as a PNG and as terminal text, decoded back by ZXing's reader. */
class QrCodeTest {

    private static final String URI = JoinUri.of("Caf\u00e9; \"Bar\", 2:1 \\o/", "p;w,d:\"q\\r7Tz".toCharArray());

    @Test
    void thePngDecodesToTheJoinUriEscapesIncluded(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("join.png");
        QrCode.png(QrCode.matrix(URI), png);
        assertTrue(URI.contains("\\;") && URI.contains("\\\""), URI);
        assertEquals(URI, QrDecode.png(png));
    }

    @Test
    void theTerminalTextDecodesToTheJoinUriAndSetsItsOwnColours() throws Exception {
        String text = QrCode.terminal(QrCode.matrix(URI));
        List<String> lines = text.lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.startsWith(QrCode.ON) && l.endsWith(QrCode.OFF)),
            "dark on light whatever the terminal's theme");
        // Read the half blocks back into pixels, one per module, as a camera sees the cells.
        int width = lines.get(0).length() - QrCode.ON.length() - QrCode.OFF.length();
        BufferedImage img = new BufferedImage(width * 4, lines.size() * 8, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < lines.size(); row++) {
            String cells = lines.get(row).substring(QrCode.ON.length(), QrCode.ON.length() + width);
            for (int x = 0; x < width; x++) {
                char c = cells.charAt(x);
                boolean top = c == '\u2588' || c == '\u2580';
                boolean bottom = c == '\u2588' || c == '\u2584';
                for (int dy = 0; dy < 8; dy++) {
                    for (int dx = 0; dx < 4; dx++) {
                        img.setRGB(4 * x + dx, 8 * row + dy, (dy < 4 ? top : bottom) ? 0 : 0xFFFFFF);
                    }
                }
            }
        }
        assertEquals(URI, QrDecode.image(img));
    }

    @Test
    void aPngThatCannotBeWrittenIsAnError(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such-dir").resolve("join.png");
        assertTrue(JoinCard.show(k -> k.equals("uri") ? URI : "x", missing, System.out, System.out) == Cli.FAILED);
        assertTrue(Files.notExists(missing));
    }
}
