package dev.hostednet.wlan.simulated;

/** The station profile the simulation gives: the shape the stand-in writes, in UTF-16LE with its NUL counted. */
final class SimulatedProfile {

    private SimulatedProfile() {
    }

    /**
     * @param ssid the network's name
     * @param key the system key to put in clear-text keyMaterial, or null for a profile without one
     * @return the profile's bytes
     */
    static byte[] utf16(String ssid, byte[] key) {
        String name = ssid.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        StringBuilder xml = new StringBuilder(512).append("<?xml version=\"1.0\"?>\r\n<WLANProfile xmlns=")
            .append("\"http://www.microsoft.com/networking/WLAN/profile/v1\"><name>").append(name)
            .append("</name><SSIDConfig><SSID><name>").append(name).append("</name></SSID></SSIDConfig>")
            .append("<connectionType>ESS</connectionType><connectionMode>manual</connectionMode><MSM><security>")
            .append("<authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption>")
            .append("<useOneX>false</useOneX></authEncryption>");
        if (key != null) {
            xml.append("<sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>");
            for (byte b : key) {
                xml.append((char) (b & 0xff));
            }
            xml.append("</keyMaterial></sharedKey>");
        }
        xml.append("</security></MSM></WLANProfile>\r\n\0");
        byte[] bytes = xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        xml.setLength(0);
        return bytes;
    }
}
