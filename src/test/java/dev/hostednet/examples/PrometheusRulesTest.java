package dev.hostednet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped alert rules (examples/prometheus/alerts.yml) pass Prometheus' own checker, and its unit tests
 * (alerts_test.yml, alerts_age_test.yml) show every alert firing on made-up series. promtool comes with Debian's
 * {@code prometheus} package; under CI=true it is required (.ci/run installs it), elsewhere its absence skips these
 * tests loudly.
 */
class PrometheusRulesTest {

    private static final Path DIR = Path.of("examples", "prometheus");
    private static final String PROMTOOL = "promtool";
    private static final List<String> TESTS = List.of("alerts_test.yml", "alerts_age_test.yml");

    /** One way to break each alert, so that its test fails: what the test file must catch. */
    private static final Map<String, String[]> BREAKS = Map.of(
        "HostedNetworkDown", new String[] {"expr: hostednet_active == 0", "expr: hostednet_active == 2"},
        "HostedNetworkNotScraped", new String[] {"up{job=\"hostednet\"} == 0", "up{job=\"hostednet\"} == 2"},
        "HostedNetworkKeyTooOld", new String[] {") > 2592000", ") > 3456000"},
        "HostedNetworkKeyRotationFailed", new String[] {"hostednet_key_rotation_failed == 1",
            "hostednet_key_rotation_failed == 2"},
        "HostedNetworkRotationsRefused", new String[] {"hostednet_refresh_refusals_total[10m]) > 20",
            "hostednet_refresh_refusals_total[10m]) > 2000"});

    @TempDir
    Path tmp;

    @BeforeEach
    void promtoolPresent() {
        boolean present = onPath(PROMTOOL);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI must install promtool (Debian package prometheus; see .ci/run)");
        }
        if (!present) {
            System.err.println("*** PrometheusRulesTest SKIPPED: promtool is not installed (apt-get install"
                + " prometheus); the alert rules in " + DIR + " are NOT checked ***");
        }
        assumeTrue(present, "skipped: needs promtool (Debian package prometheus; see .ci/run)");
    }

    @Test
    void theRulesPassPromtoolCheck() throws Exception {
        Result r = promtool(DIR, "check", "rules", "alerts.yml");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("SUCCESS: " + BREAKS.size() + " rules found"), r.out());
    }

    @Test
    void eachAlertFiresOnMadeUpSeries() throws Exception {
        Result r = testRules(DIR);
        assertEquals(0, r.exit(), r.out());
        assertEquals(BREAKS.keySet(), Set.copyOf(alertNames(Files.readString(DIR.resolve("alerts.yml")))),
            "every alert has a way to break it below");
        StringBuilder tests = new StringBuilder();
        for (String t : TESTS) {
            tests.append(Files.readString(DIR.resolve(t)));
        }
        for (String alert : BREAKS.keySet()) {
            // A test that expects the alert (exp_alerts with labels), not only its silence.
            Matcher m = Pattern.compile("alertname: " + alert + "\\s+exp_alerts:\\s+- exp_labels:").matcher(tests);
            assertTrue(m.find(), alert + " is never expected to fire in " + TESTS);
        }
    }

    @Test
    void theRuleTestsCatchEachAlertBroken() throws Exception {
        String rules = Files.readString(DIR.resolve("alerts.yml"));
        for (Map.Entry<String, String[]> e : BREAKS.entrySet()) {
            String[] change = e.getValue();
            assertTrue(rules.contains(change[0]), "alerts.yml no longer holds " + change[0]);
            Path dir = Files.createDirectories(tmp.resolve(e.getKey()));
            Files.writeString(dir.resolve("alerts.yml"), rules.replace(change[0], change[1]));
            for (String t : TESTS) {
                Files.copy(DIR.resolve(t), dir.resolve(t));
            }
            Result r = testRules(dir);
            assertNotEquals(0, r.exit(), e.getKey() + " broken, yet the rule tests passed:\n" + r.out());
            assertTrue(r.out().contains("alertname: " + e.getKey()), r.out());
        }
    }

    private static List<String> alertNames(String rules) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("- alert: (\\w+)").matcher(rules);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private record Result(int exit, String out) {
    }

    private static Result testRules(Path dir) throws Exception {
        List<String> args = new ArrayList<>(List.of("test", "rules"));
        args.addAll(TESTS);
        return promtool(dir, args.toArray(String[]::new));
    }

    private static Result promtool(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(PROMTOOL));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("promtool timed out: " + out);
        }
        return new Result(p.exitValue(), out);
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
