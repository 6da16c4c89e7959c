package dev.hostednet.agent.cli;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Function;

/** Shows what joinInfo handed over: the QR code, the SSID and the join URI; and the PNG when asked. */
final class JoinCard {

    private JoinCard() {
    }

    /**
     * @param card joinInfo's answer, by item name
     * @param png where to write the image, or null
     * @param out the terminal
     * @param err where failures go
     * @return the exit code
     */
    static int show(Function<String, Object> card, Path png, PrintStream out, PrintStream err) {
        String uri = String.valueOf(card.apply("uri"));
        BitMatrix m = QrCode.matrix(uri);
        out.print(QrCode.terminal(m));
        out.println("SSID: " + card.apply("ssid") + " (" + card.apply("keyType") + " key)");
        out.println("Join URI: " + uri);
        if (png == null) {
            return Cli.OK;
        }
        try {
            QrCode.png(m, png);
            out.println("QR code written to " + png);
            return Cli.OK;
        } catch (IOException e) {
            // ImageIO's own words ("Can't create an ImageOutputStream!") name neither the file nor the cause.
            Path folder = png.toAbsolutePath().getParent();
            err.println("hostednet-agent: cannot write " + png + " (" + e.getMessage() + "): check that the folder "
                + folder + " exists and this user may write there; the QR code above is the same");
            return Cli.FAILED;
        }
    }
}
