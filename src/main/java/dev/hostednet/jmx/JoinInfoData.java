package dev.hostednet.jmx;

import javax.management.openmbean.CompositeData;

/**
 * What joinInfo hands over: the SSID, one key and the join URI (as open data, so any client reads it). The only
 * value of this agent that holds a key; {@link #toString()} leaves it out, so logging the value does not leak it.
 */
public final class JoinInfoData {
    private final String keyType;
    private final String ssid;
    private final String key;
    private final String uri;

    JoinInfoData(String keyType, String ssid, String key, String uri) {
        this.keyType = keyType;
        this.ssid = ssid;
        this.key = key;
        this.uri = uri;
    }

    /** @return which key: user (secondary) or system (primary) */
    public String getKeyType() {
        return keyType;
    }

    /** @return the network's name */
    public String getSsid() {
        return ssid;
    }

    /** @return the key itself */
    public String getKey() {
        return key;
    }

    /** @return WIFI:T:WPA;S:ssid;P:key;; with the escapes phones expect */
    public String getUri() {
        return uri;
    }

    /**
     * MXBean reconstruction.
     *
     * @param cd the open data
     * @return the value
     */
    public static JoinInfoData from(CompositeData cd) {
        return new JoinInfoData((String) cd.get("keyType"), (String) cd.get("ssid"), (String) cd.get("key"),
            (String) cd.get("uri"));
    }

    @Override
    public String toString() {
        return "join " + ssid + " with its " + keyType + " key";
    }
}
