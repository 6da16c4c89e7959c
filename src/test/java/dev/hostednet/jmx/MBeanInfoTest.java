package dev.hostednet.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.wlan.simulated.SimulatedHostedNetwork;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanNotificationInfo;
import javax.management.MBeanOperationInfo;
import javax.management.openmbean.CompositeType;
import javax.management.openmbean.OpenType;
import org.junit.jupiter.api.Test;

/** What JConsole and Jolokia's list show: descriptions, parameter names, open types, notifications. */
class MBeanInfoTest {

    /** JConsole shows the buttons in this order, its keyboard reaches the refresh first (JConsoleGuiIT relies on it). */
    @Test
    void theOperationsAreListedRefreshFirstWhateverOrderTheJvmGivesTheMethods() throws Exception {
        try (Fixture f = new Fixture(SimulatedHostedNetwork.open(), MBeanSettings.defaults())) {
            assertEquals(java.util.List.of("refreshSecuritySettings", "refreshSecuritySettingsAndRestart",
                "rotateUserKey", "start", "stop", "queryStatus", "joinInfo", "recentOutcomes"),
                Arrays.stream(f.server.getMBeanInfo(f.name).getOperations()).map(MBeanOperationInfo::getName)
                    .toList());
        }
    }

    @Test
    void everyFeatureIsDescribedWithOpenTypesOnly() throws Exception {
        try (Fixture f = new Fixture(SimulatedHostedNetwork.open(), MBeanSettings.defaults())) {
            MBeanInfo info = f.server.getMBeanInfo(f.name);
            assertTrue(info.getDescription().contains("Hosted Network"));
            assertEquals("true", info.getDescriptor().getFieldValue("mxbean"));
            for (MBeanAttributeInfo a : info.getAttributes()) {
                assertFalse(a.getDescription().isBlank(), a.getName());
                assertNotEquals(a.getName(), a.getDescription(), a.getName());
                assertTrue(a.getDescriptor().getFieldValue("openType") instanceof OpenType, a.getName());
                assertFalse(a.isWritable(), a.getName() + " must be read-only");
            }
            for (MBeanOperationInfo o : info.getOperations()) {
                assertNotEquals(o.getName(), o.getDescription());
                assertTrue(o.getDescription().length() > 20, o.getName());
                assertNotEquals(MBeanOperationInfo.UNKNOWN, o.getImpact(), o.getName());
                Arrays.stream(o.getSignature()).forEach(p -> {
                    assertFalse(p.getName().matches("p\\d+"), o.getName() + " has a parameter called " + p.getName());
                    assertNotEquals(p.getName(), p.getDescription());
                });
            }
            MBeanOperationInfo recent = Arrays.stream(info.getOperations())
                .filter(o -> o.getName().equals("recentOutcomes")).findFirst().orElseThrow();
            assertEquals("count", recent.getSignature()[0].getName());
            Set<String> types = Arrays.stream(info.getNotifications()).map(MBeanNotificationInfo::getNotifTypes)
                .flatMap(Arrays::stream).collect(Collectors.toSet());
            assertTrue(types.containsAll(Set.of("jmx.attribute.change", Notifier.REFRESH, Notifier.OPERATION,
                Notifier.PEER_ARRIVED, Notifier.PEER_DEPARTED)), types.toString());
            MBeanAttributeInfo last = Arrays.stream(info.getAttributes())
                .filter(a -> a.getName().equals("LastRefresh")).findFirst().orElseThrow();
            CompositeType mapped = (CompositeType) last.getDescriptor().getFieldValue("openType");
            assertEquals(mapped.keySet(), OutcomeData.TYPE.keySet(), "notifications carry the attribute's type");
            for (String k : mapped.keySet()) {
                assertEquals(mapped.getType(k), OutcomeData.TYPE.getType(k), k);
            }
            assertEquals(Set.of("State", "Backend", "LastReturnCode", "LastReturnCodeName", "LastReasonCode",
                "LastReasonCodeName", "LastReasonMeaning", "LastRefresh", "LastOperation", "RefreshCount",
                "FailedRefreshCount", "SystemKeyRotationRefusals", "UserKeyRotationRefusals", "History", "PeerCount", "Peers", "Ssid", "MaxPeers", "Bssid", "PhyType",
                "Channel", "ChannelFrequency", "AuthAlgorithm", "CipherAlgorithm", "SecondaryKeySet",
                "SecondaryKeyPersistent", "RevealOn", "QueryError", "SnapshotTime", "NativeTimeoutMillis", "Active",
                "SystemKeyRotationAttempts", "SystemKeyRotationFailures", "SystemKeyRotatedEpochSeconds",
                "SystemKeyRotationFailed", "UserKeyRotationAttempts", "UserKeyRotationFailures",
                "UserKeyRotatedEpochSeconds", "UserKeyRotationFailed"),
                Arrays.stream(info.getAttributes()).map(MBeanAttributeInfo::getName).collect(Collectors.toSet()));
        }
    }
}
