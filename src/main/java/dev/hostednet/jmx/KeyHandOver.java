package dev.hostednet.jmx;

import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.HostedNetworkException;
import dev.hostednet.wlan.JoinUri;
import dev.hostednet.wlan.StationProfile;
import java.util.Arrays;
import java.util.Locale;

/**
 * joinInfo: the one way a key leaves the agent. Off unless the agent runs with {@code reveal=on}; then only for
 * callers with the admin role (the command line of the same OS user and the host's own code have it; a connector
 * the agent did not open does not); every attempt, a malformed one too, is audited with who, door, which key and
 * the outcome, never the key. The key is read from Windows on the native thread, lives in char arrays that are
 * wiped, and becomes a String only in the value returned, which the JMX answer needs.
 */
final class KeyHandOver {

    private final Operations ops;
    private final boolean reveal;

    KeyHandOver(Operations ops, boolean reveal) {
        this.ops = ops;
        this.reveal = reveal;
    }

    /** @return whether keys are handed over at all (reveal=on) */
    boolean revealOn() {
        return reveal;
    }

    JoinInfoData joinInfo(String which) {
        Caller who = ops.caller();
        String type = which == null ? "" : which.strip().toLowerCase(Locale.ROOT);
        if (!type.equals("user") && !type.equals("system")) {
            audit(who, which, "refused", "malformed");
            throw new IllegalArgumentException("key must be user (the secondary key operators hand out) or system"
                + " (the primary key), not '" + which + "'");
        }
        if (!reveal) {
            audit(who, type, "refused", "reveal-off");
            throw new SecurityException("joinInfo is off: this agent hands no key over unless it runs with"
                + " reveal=on (then to callers with the admin role only, audited). Nothing was read.");
        }
        ops.requireRole(Operation.JOIN_INFO, who); // audits a refusal itself
        try {
            JoinInfoData d = ops.query("read the " + type + " key", net -> read(net, type));
            audit(who, type, "handed-over", null);
            return d;
        } catch (RuntimeException e) {
            audit(who, type, "failed", null);
            throw e;
        }
    }

    /** On the native thread. */
    private static JoinInfoData read(HostedNetwork net, String type) {
        char[] key = null;
        byte[] profile = null;
        try {
            String ssid = net.queryConnectionSettings().ssid();
            if (type.equals("user")) {
                key = net.revealUserKey();
                if (key == null) {
                    throw new IllegalStateException("No user key is set: make one with rotateUserKey first.");
                }
            } else {
                profile = net.queryStationProfile();
                key = StationProfile.keyMaterial(profile);
            }
            return new JoinInfoData(type, ssid, new String(key), JoinUri.of(ssid, key));
        } catch (HostedNetworkException e) {
            throw new IllegalStateException(e.getMessage());
        } catch (StationProfile.Unusable e) {
            throw new IllegalStateException("Cannot hand over the system key: " + e.getMessage() + ".");
        } finally {
            if (key != null) {
                Arrays.fill(key, '\0');
            }
            if (profile != null) {
                Arrays.fill(profile, (byte) 0);
            }
        }
    }

    /** Every attempt, a malformed one too (its argument quoted as the caller sent it). */
    private static void audit(Caller who, String type, String outcome, String reason) {
        System.Logger.Level level = outcome.equals("handed-over") ? System.Logger.Level.INFO
            : System.Logger.Level.WARNING;
        if (reason == null) {
            Audit.operation(level, Operation.JOIN_INFO, who, "key", type, "outcome", outcome);
        } else {
            Audit.operation(level, Operation.JOIN_INFO, who, "key", type, "outcome", outcome, "reason", reason);
        }
    }
}
