package dev.hostednet.agent.cli;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
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
        // The image carries a key: written to a file made owner-only (0600) at its creation, then moved over the
        // name. The trap: writing to the name itself would keep an existing file's mode (0644 from a umask, or
        // from an earlier copy), and setting the mode afterwards leaves a moment when another user can read it.
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
            ? Files.createTempFile(dir, ".qr-", ".png", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------")))
            : Files.createTempFile(dir, ".qr-", ".png");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                if (!ImageIO.write(img, "png", out)) {
                    throw new IOException("no PNG writer in this JDK");
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
