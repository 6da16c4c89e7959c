package dev.hostednet.agent.cli;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/** A join URI as a QR code (ZXing's encoder): for the terminal, and as a PNG image. */
final class QrCode {

    /** Black text on a white background whatever the terminal's colours: a phone needs dark modules on light. */
    static final String ON = "\u001b[30;47m";
    static final String OFF = "\u001b[0m";
    /** Pixels per module in the PNG. */
    static final int SCALE = 8;

    private QrCode() {
    }

    /**
     * @param text what the code carries
     * @return one bit per module, with the 4-module quiet zone the standard asks for
     */
    static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 4,
                EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code: " + e.getMessage(), e);
        }
    }

    /**
     * Two modules per character cell with half blocks, in explicit colours: the same code reads from a dark
     * terminal and a light one (a code drawn in the terminal's own colours is inverted on one of them).
     *
     * @param m the modules
     * @return lines for the terminal
     */
    static String terminal(BitMatrix m) {
        StringBuilder b = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y += 2) {
            b.append(ON);
            for (int x = 0; x < m.getWidth(); x++) {
                boolean top = m.get(x, y);
                boolean bottom = y + 1 < m.getHeight() && m.get(x, y + 1);
                b.append(top ? (bottom ? '\u2588' : '\u2580') : (bottom ? '\u2584' : ' '));
            }
            b.append(OFF).append('\n');
        }
        return b.toString();
    }

    /**
     * @param m the modules
     * @param file where the PNG goes
     * @throws IOException when it cannot be written
     */
    static void png(BitMatrix m, Path file) throws IOException {
        BufferedImage img = new BufferedImage(m.getWidth() * SCALE, m.getHeight() * SCALE,
            BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, m.get(x / SCALE, y / SCALE) ? 0x000000 : 0xFFFFFF);
            }
        }
        if (!ImageIO.write(img, "png", file.toFile())) {
            throw new IOException("no PNG writer in this JDK");
        }
    }
}
