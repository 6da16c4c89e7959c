package dev.hostednet.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.wlan.BackendKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionsParserTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAreSafe() {
        AgentOptions o = OptionsParser.parse(null);
        assertEquals(BackendKind.AUTO, o.backend());
        assertEquals("127.0.0.1", o.host());
        assertEquals(8778, o.port());
        assertTrue(o.jolokia());
        assertFalse(o.jmx());
        assertFalse(o.security().authenticated());
        assertFalse(o.security().insecure());
        assertEquals(Duration.ofSeconds(30), o.security().refreshInterval());
        assertEquals(Duration.ofSeconds(10), o.timeout());
    }

    @Test
    void valuesEscapesAndDurations() {
        AgentOptions o = OptionsParser.parse("backend=simulated,port=0,context=/a\\,b,timeout=500ms,poll=0,jmx=on");
        assertEquals(BackendKind.SIMULATED, o.backend());
        assertEquals(0, o.port());
        assertEquals("/a,b", o.context());
        assertEquals(Duration.ofMillis(500), o.timeout());
        assertEquals(Duration.ZERO, o.poll());
        assertTrue(o.jmx());
        assertEquals(Map.of("a", "x=y", "b", ""), OptionsParser.split("a=x\\=y,b="));
    }

    @Test
    void backendsByNameWindowsStillMeaningTheHostedNetworkAndKeepAliveOffByDefault() {
        assertEquals(BackendKind.HOSTEDNETWORK, OptionsParser.parse("backend=windows").backend());
        assertEquals(BackendKind.HOSTEDNETWORK, OptionsParser.parse("backend=HostedNetwork").backend());
        assertEquals(BackendKind.MOBILEHOTSPOT, OptionsParser.parse("backend=mobilehotspot").backend());
        assertFalse(OptionsParser.parse(null).hotspotKeepAlive());
        assertTrue(OptionsParser.parse("hotspot.keepalive=on").backendSettings().hotspotKeepAlive());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> OptionsParser.parse("backend=hotspot"));
        assertTrue(e.getMessage().contains("auto, hostednetwork (or windows), mobilehotspot or simulated"),
            e.getMessage());
    }

    @Test
    void aSimulatedFaultIsForTheSimulationOnlyAndNamedWhenWrong() {
        assertEquals("none", OptionsParser.parse(null).backendSettings().simulatedFault());
        assertEquals("service-stopped", OptionsParser.parse("backend=simulated,simulated.fault=Service-Stopped")
            .backendSettings().simulatedFault());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
            () -> OptionsParser.parse("backend=simulated,simulated.fault=crash"));
        assertEquals("simulated.fault=crash is not valid: use none, service-stopped, rpc, unsupported",
            wrong.getMessage());
        IllegalArgumentException real = assertThrows(IllegalArgumentException.class,
            () -> OptionsParser.parse("backend=hostednetwork,simulated.fault=rpc"));
        assertTrue(real.getMessage().startsWith("simulated.fault=rpc needs backend=simulated"), real.getMessage());
    }

    @Test
    void aConfigFileIsOverriddenByTheCommandLine() throws Exception {
        Path f = dir.resolve("agent.properties");
        Files.writeString(f, "backend=simulated\nport=9999\n");
        AgentOptions o = OptionsParser.parse("config=" + f + ",port=0");
        assertEquals(BackendKind.SIMULATED, o.backend());
        assertEquals(0, o.port());
    }

    @Test
    void everyMistakeNamesItsOption() {
        Map<String, String> cases = Map.of(
            "colour=blue", "unknown option 'colour'; the options are: backend, jolokia, host, port, context,",
            "port=http", "port=http is not valid",
            "port=70000", "port=70000 is not valid",
            "backend=linux", "backend=linux is not valid",
            "timeout=0", "timeout=0 is not valid",
            "jmx=maybe", "jmx=maybe is not valid",
            "port", "option 'port' has no value",
            "port=1,port=2", "option 'port' is given twice",
            "user=ops", "user=ops needs password.file",
            "password=x", "password is never taken as an option");
        cases.forEach((text, message) -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptionsParser.parse(text));
            assertTrue(e.getMessage().contains(message), text + " -> " + e.getMessage());
            assertFalse(text.equals("password=x") && e.getMessage().contains("=x"), "the value is not echoed");
        });
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> OptionsParser.parse("config=" + dir.resolve("missing"))).getMessage().contains("cannot be read"));
    }

    @Test
    void aDurationWithoutAUnitIsAnErrorThatNamesTheUnits() {
        for (String text : new String[] {"timeout=10", "poll=5", "refresh.interval=30"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptionsParser.parse(text),
                text + " must not silently mean milliseconds");
            assertTrue(e.getMessage().contains("has no unit") && e.getMessage().contains("ms, s, m"), e.getMessage());
        }
        assertEquals(Duration.ZERO, OptionsParser.parse("poll=0").poll(), "0 needs no unit: it turns polling off");
    }

    @Test
    void randomOptionStringsNeverThrowAnythingButAClearError() {
        java.util.Random r = new java.util.Random(7);
        String alphabet = "abcdefghijklmnopqrstuvwxyz=,\\.0123456789 -/:";
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(40); n > 0; n--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            try {
                OptionsParser.parse(sb.toString());
            } catch (IllegalArgumentException e) {
                String m = e.getMessage();
                assertFalse(m == null || m.isBlank(), sb.toString());
                assertTrue(keysOf(sb.toString()).stream().anyMatch(k -> m.contains("'" + k + "'")
                    || !k.isEmpty() && m.contains(k + "=")), "the message names the option: '" + sb + "' -> " + m);
            }
        }
    }

    @Test
    void randomValuesOfRealOptionsAreRefusedWithTheOptionNamed() {
        java.util.Random r = new java.util.Random(11);
        // every option of the table, so an option added tomorrow is tried too
        String[] keys = java.util.Arrays.stream(Option.values()).map(Option::key).toArray(String[]::new);
        String alphabet = "abcdefghijklmnopqrstuvwxyz.0123456789 -/:";
        int refused = 0;
        for (int i = 0; i < 3000; i++) {
            String key = keys[r.nextInt(keys.length)];
            StringBuilder value = new StringBuilder();
            for (int n = 1 + r.nextInt(12); n > 0; n--) {
                value.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = key + "=" + value;
            try {
                OptionsParser.parse(text);
            } catch (IllegalArgumentException e) {
                refused++;
                assertTrue(e.getMessage().startsWith(key + "=") || e.getMessage().startsWith(key + " "),
                    "the message begins with the option, " + key + ": '" + text + "' -> " + e.getMessage());
            }
        }
        assertTrue(refused > 1000, "most random values are refused: " + refused);
    }

    /** The option names a text gives, as a user reads them: split on unescaped commas, up to the first '='. */
    private static java.util.List<String> keysOf(String text) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        StringBuilder key = new StringBuilder();
        boolean inValue = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                if (!inValue) {
                    key.append(text.charAt(i + 1));
                }
                i++;
            } else if (c == ',') {
                keys.add(key.toString().trim());
                key.setLength(0);
                inValue = false;
            } else if (c == '=') {
                inValue = true;
            } else if (!inValue) {
                key.append(c);
            }
        }
        keys.add(key.toString().trim());
        return keys;
    }
}
