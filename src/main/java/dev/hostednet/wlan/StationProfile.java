package dev.hostednet.wlan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the system (primary) key out of the station profile that {@code WlanHostedNetworkQueryProperty} gives for
 * opcode station_profile: a WLAN profile as UTF-16LE XML, its byte count including the terminating NUL. That
 * Windows puts the key in {@code <sharedKey><keyMaterial>} in clear text is UNCONFIRMED, so every other shape is a
 * clear error, never an empty key.
 *
 * <p>Trap: {@code Pointer.getWideString} reads the platform's wchar_t (4 bytes on Linux); the bytes are decoded
 * here as UTF-16LE from their count instead. The key is collected into a char array the caller wipes; parser
 * messages are never passed on, because they may quote the document.
 */
public final class StationProfile {

    /** The profile cannot give a key; the message says why and holds no part of the profile. */
    public static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    private StationProfile() {
    }

    /**
     * @param utf16le the profile's bytes as Windows returned them (the caller wipes them)
     * @return the key material, for the caller to wipe
     * @throws Unusable when the bytes are not UTF-16, not well-formed XML, or carry no clear-text key
     */
    public static char[] keyMaterial(byte[] utf16le) throws Unusable {
        if (utf16le.length % 2 != 0) {
            throw new Unusable("the station profile has an odd byte count (" + utf16le.length + "), so it is not the"
                + " UTF-16 text Windows documents");
        }
        int end = utf16le.length;
        while (end >= 2 && utf16le[end - 1] == 0 && utf16le[end - 2] == 0) {
            end -= 2; // the terminating NUL is counted in the size
        }
        KeyHandler h = new KeyHandler();
        try {
            parser().parse(new InputSource(new InputStreamReader(new ByteArrayInputStream(utf16le, 0, end),
                StandardCharsets.UTF_16LE)), h);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            h.wipe();
            throw new Unusable("the station profile is not well-formed XML");
        }
        return h.result();
    }

    private static SAXParser parser() throws ParserConfigurationException, SAXException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        // A profile never needs a DTD: refusing one shuts out entity expansion and external fetches.
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newSAXParser();
    }

    /** Collects the text of the first keyMaterial element into a char array, and the protected flag. */
    private static final class KeyHandler extends DefaultHandler {
        private char[] key = new char[0];
        private int length;
        private boolean inKey;
        private boolean found;
        private boolean inProtected;
        private boolean isProtected;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            inKey = "keyMaterial".equals(local) && !found;
            inProtected = "protected".equals(local);
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (inKey) {
                found = true;
            }
            inKey = false;
            inProtected = false;
        }

        @Override
        public void characters(char[] ch, int start, int len) {
            if (inProtected) {
                isProtected |= new String(ch, start, len).strip().equals("true");
            }
            if (!inKey) {
                return;
            }
            if (length + len > key.length) {
                char[] bigger = Arrays.copyOf(key, Math.max(64, 2 * (length + len)));
                Arrays.fill(key, '\0');
                key = bigger;
            }
            System.arraycopy(ch, start, key, length, len);
            length += len;
        }

        void wipe() {
            Arrays.fill(key, '\0');
        }

        char[] result() throws Unusable {
            try {
                if (isProtected) {
                    throw new Unusable("the station profile holds the system key encrypted (protected=true): read"
                        + " it on the host with 'netsh wlan show hostednetwork setting=security'");
                }
                // Only the XML's layout around the key (line breaks, tabs) is dropped, never spaces: a WPA2
                // passphrase is printable ASCII and may begin or end with a space (Windows Settings accepts one).
                int from = 0;
                int to = length;
                while (from < to && key[from] < ' ') {
                    from++;
                }
                while (to > from && key[to - 1] < ' ') {
                    to--;
                }
                boolean blank = true;
                for (int i = from; i < to && blank; i++) {
                    blank = key[i] == ' ';
                }
                if (!found || blank) {
                    throw new Unusable("the station profile carries no keyMaterial: this Windows does not put the"
                        + " system key there (documented nowhere); read it on the host with 'netsh wlan show"
                        + " hostednetwork setting=security', or hand over the user key instead");
                }
                return Arrays.copyOfRange(key, from, to);
            } finally {
                wipe();
            }
        }
    }
}
