package dev.hostednet.jmx;

import java.util.List;
import javax.management.MBeanOperationInfo;

/**
 * Rotate the Windows Hosted Network's key and see why it failed, from JConsole, VisualVM, any JMX client or
 * Jolokia. Registered as {@value #OBJECT_NAME}. Attributes read an immutable snapshot and never wait on Windows;
 * operations run the native call (one at a time, with a timeout) and return their outcome, or fail with a message
 * that names the Win32 code and reason in words. No attribute, notification or message ever carries key material.
 */
@Description("Windows Hosted Network (SoftAP) security: rotate the primary key, start and stop the network, and see"
    + " the state and the outcome of every operation.")
public interface HostedNetworkSecurityMXBean {

    /** The ObjectName it is registered under. */
    String OBJECT_NAME = "dev.hostednet:type=HostedNetworkSecurity";

    @Description("State of the Hosted Network or Mobile Hotspot: unavailable, idle (configured, not broadcasting),"
        + " active (broadcasting) or in_transition (Mobile Hotspot turning on or off). Unavailable means no capable"
        + " adapter, no driver support, Mobile Hotspot disabled or without an internet connection to share, or not"
        + " Windows.")
    String getState();

    @Description("Which backend answers: hostednetwork (wlanapi.dll), mobilehotspot (WinRT's tethering manager),"
        + " simulated, or unavailable (not Windows; start the agent with backend=simulated for the simulation)."
        + " With backend=auto on Windows it also says why that one was chosen.")
    String getBackend();

    @Description("Win32 return code of the last operation Windows answered (0 = success; -1 before the first);"
        + " refusals by the agent leave it alone (see LastOperation's decidedBy).")
    int getLastReturnCode();

    @Description("Symbolic name of LastReturnCode, such as ERROR_INVALID_STATE.")
    String getLastReturnCodeName();

    @Description("WLAN_HOSTED_NETWORK_REASON of the last operation Windows answered (-1 before the first).")
    int getLastReasonCode();

    @Description("Name of LastReasonCode, such as interface_unavailable.")
    String getLastReasonCodeName();

    @Description("What LastReasonCode means, in one sentence.")
    String getLastReasonMeaning();

    @Description("Outcome of the last refresh of the security settings: codes, names, message, state before and"
        + " after, time, duration and caller (null before the first).")
    OutcomeData getLastRefresh();

    @Description("Outcome of the last operation (refresh, rotateUserKey, start, stop), also one the agent refused"
        + " (decidedBy agent, with the refusal: rate-limit, timeout, no-backend); null before the first.")
    OutcomeData getLastOperation();

    @Description("Refreshes of the security settings that succeeded.")
    long getRefreshCount();

    @Description("Refreshes tried that failed: Windows said no, it timed out, or no backend reaches it (the rate"
        + " limit's refusals are not failures: see SystemKeyRotationRefusals).")
    long getFailedRefreshCount();

    @Description("The last outcomes (refresh, start, stop), oldest first; an audit trail of who did what. Those the"
        + " agent refused are coalesced per caller and never push out those that reached Windows.")
    List<OutcomeData> getHistory();

    @Description("Whether the Hosted Network is active (State is active): State as a boolean, for monitoring.")
    boolean isActive();

    @Description("Rotations of the system (primary) key tried through this agent since it started, failed ones"
        + " included: refreshSecuritySettings and refreshSecuritySettingsAndRestart. Never goes down.")
    long getSystemKeyRotationAttempts();

    @Description("Rotations of the system key tried that failed: Windows said no, it timed out, or no backend"
        + " reaches it. Never goes down.")
    long getSystemKeyRotationFailures();

    @Description("Rotations of the system key the rate limit (refresh.interval) refused before trying; not"
        + " failures. Never goes down.")
    long getSystemKeyRotationRefusals();

    @Description("When the system key was last rotated successfully through this agent, in seconds since"
        + " 1970-01-01 UTC; -1 while unknown (none since the agent started).")
    long getSystemKeyRotatedEpochSeconds();

    @Description("Whether the most recent rotation of the system key tried failed (false before the first; the rate"
        + " limit's refusals are not tries).")
    boolean isSystemKeyRotationFailed();

    @Description("Rotations of the user (secondary) key tried through this agent since it started, failed ones"
        + " included: the operation rotateUserKey (0 where this agent has no such operation). Never goes down.")
    long getUserKeyRotationAttempts();

    @Description("Rotations of the user key tried that failed. Never goes down.")
    long getUserKeyRotationFailures();

    @Description("Rotations of the user key the rate limit refused before trying; not failures. Never goes down.")
    long getUserKeyRotationRefusals();

    @Description("When the user key was last set successfully through this agent, in seconds since 1970-01-01"
        + " UTC; -1 while unknown (none since the agent started).")
    long getUserKeyRotatedEpochSeconds();

    @Description("Whether the most recent rotation of the user key failed (false before the first).")
    boolean isUserKeyRotationFailed();

    @Description("Number of connected peers (only an active network has peers).")
    int getPeerCount();

    @Description("Connected peers: MAC address and authentication state.")
    List<PeerData> getPeers();

    @Description("SSID of the Hosted Network (empty while no settings exist).")
    String getSsid();

    @Description("Maximum number of peers allowed (0 while unknown).")
    int getMaxPeers();

    @Description("BSSID of the Hosted Network while active, else empty.")
    String getBssid();

    @Description("802.11 PHY type while active (ht = 802.11n), else empty.")
    String getPhyType();

    @Description("Channel number while active, else 0.")
    int getChannel();

    @Description("Channel centre frequency in MHz while active, else 0.")
    int getChannelFrequency();

    @Description("Authentication algorithm (WPA2-PSK on every real system); empty while unknown.")
    String getAuthAlgorithm();

    @Description("Cipher algorithm (CCMP on every real system); empty while unknown.")
    String getCipherAlgorithm();

    @Description("Whether a secondary (user) key is set. The key itself is never shown.")
    boolean isSecondaryKeySet();

    @Description("Whether the secondary key persists across restarts of the Hosted Network.")
    boolean isSecondaryKeyPersistent();

    @Description("Whether joinInfo hands keys over: true only when the agent runs with reveal=on (off by default)."
        + " Check it before rotateUserKey when the new key is to be handed over: a key nobody can read locks clients"
        + " out.")
    boolean isRevealOn();

    @Description("Why the last background read of status or settings failed, in words; empty when it worked.")
    String getQueryError();

    @Description("When the snapshot behind these attributes was last updated (ISO-8601 UTC).")
    String getSnapshotTime();

    @Description("How long an operation waits for the native call before failing, in milliseconds.")
    long getNativeTimeoutMillis();

    @Description(value = "Generate a new primary key (WlanHostedNetworkRefreshSecuritySettings). An active network"
        + " becomes idle and every client must be given the new key; use refreshSecuritySettingsAndRestart to"
        + " start it again. Returns the outcome, or fails with the code and reason in words.",
        impact = MBeanOperationInfo.ACTION)
    OutcomeData refreshSecuritySettings();

    @Description(value = "Generate a new primary key, then start the network again if it was active before."
        + " Returns the combined outcome, or fails naming the step that failed.", impact = MBeanOperationInfo.ACTION)
    OutcomeData refreshSecuritySettingsAndRestart();

    @Description(value = "Set a new random user key (the secondary key operators hand out); the network and its"
        + " connected clients stay up. Needs the admin role; returns the outcome, never the key. The call is"
        + " WlanHostedNetworkSetSecondaryKey; the key comes from a secure random source, its length and persistence"
        + " from the options userkey.length and userkey.persistent. Clients need the new key only to reconnect."
        + " Shares the rate limit (refresh.interval) with the refresh.",
        impact = MBeanOperationInfo.ACTION)
    OutcomeData rotateUserKey();

    @Description(value = "Hand a key over so clients can join: the SSID, the key and the join URI"
        + " (WIFI:T:WPA;S:ssid;P:key;;) that a QR code carries. Off unless the agent runs with reveal=on; then only"
        + " for the admin role (the command line of this JVM's OS user has it). Every attempt is audited (who, door, which key; never the key).",
        impact = MBeanOperationInfo.INFO)
    JoinInfoData joinInfo(
        @Description(name = "key", value = "user (the secondary key operators hand out, set by rotateUserKey) or"
            + " system (the primary key, read from the station profile)")
        String key);

    @Description(value = "Read the status from Windows now (state, BSSID, PHY, channel, peers) and update the"
        + " attributes.", impact = MBeanOperationInfo.ACTION_INFO)
    StatusData queryStatus();

    @Description(value = "Start the Hosted Network (WlanHostedNetworkForceStart: it stays up beyond this process;"
        + " needs administrator rights).", impact = MBeanOperationInfo.ACTION)
    OutcomeData start();

    @Description(value = "Stop the Hosted Network for every client (WlanHostedNetworkForceStop; needs administrator"
        + " rights).", impact = MBeanOperationInfo.ACTION)
    OutcomeData stop();

    @Description(value = "The most recent outcomes, newest last; recentOutcomes(0) returns every kept outcome, as"
        + " History does.", impact = MBeanOperationInfo.INFO)
    List<OutcomeData> recentOutcomes(
        @Description(name = "count", value = "How many of the newest outcomes to return; 0 for all kept outcomes"
            + " (JConsole's default). At most the history size (history=N) are kept.")
        int count);
}
