package dev.hostednet.agent.cli;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/** ZXing's decoder, as a phone's scanner would read a code: from the pixels, not from our own encoder's matrix. */
public final class QrDecode {

    private QrDecode() {
    }

    /**
     * @param png an image file
     * @return the text the QR code in it carries
     * @throws Exception when it cannot be read or decoded
     */
    public static String png(Path png) throws Exception {
        return image(ImageIO.read(png.toFile()));
    }

    /**
     * Shows a joinInfo answer as the command line does (QR code, SSID, join URI, PNG), then reads the PNG back.
     *
     * @param card joinInfo's answer, by item name
     * @param png where the command line writes the image
     * @return the text a phone reads from it
     * @throws Exception when it cannot be written, read or decoded
     */
    public static String handout(java.util.function.Function<String, Object> card, Path png) throws Exception {
        java.io.PrintStream sink = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        if (JoinCard.show(card, png, sink, sink) != Cli.OK) {
            throw new IllegalStateException("the command line could not write " + png);
        }
        return png(png);
    }

    /**
     * @param img the picture
     * @return the text its QR code carries
     * @throws Exception when there is none
     */
    public static String image(BufferedImage img) throws Exception {
        int[] argb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(img.getWidth(),
            img.getHeight(), argb)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE)).getText();
    }
}
