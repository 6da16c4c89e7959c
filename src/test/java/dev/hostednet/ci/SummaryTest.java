package dev.hostednet.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * .ci/summary, run on reports the test lays out: it claims integration tests ran, and on which JDK, only when the
 * reports say so. And CI runs the very command the README gives for the tests.
 */
class SummaryTest {

    private static final Path CI = Path.of(".ci");

    @TempDir
    Path checkout;

    private String summary() throws Exception {
        Files.createDirectories(checkout.resolve(".ci"));
        Files.copy(CI.resolve("summary"), checkout.resolve(".ci/summary"));
        Process p = new ProcessBuilder("bash", ".ci/summary").directory(checkout.toFile()).redirectErrorStream(true)
            .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
        assertEquals(0, p.exitValue(), "the summary only reports; the exit status is Maven's: " + out);
        return out;
    }

    private void report(String dir, String name, int tests, int skipped) throws Exception {
        Path d = Files.createDirectories(checkout.resolve("target").resolve(dir));
        Files.writeString(d.resolve("TEST-" + name + ".xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuite xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" version=\"3.0.2\" name=\"" + name
            + "\" time=\"1.0\" tests=\"" + tests + "\" errors=\"0\" skipped=\"" + skipped + "\" failures=\"0\">\n"
            + "  <properties><property name=\"java.home\" value=\"/usr/lib/jvm/build-jdk\"/></properties>\n"
            + (skipped > 0 ? "  <testcase name=\"t\" classname=\"" + name + "\" time=\"0\"><skipped message=\"needs"
            + " chromium\"/></testcase>\n" : "") + "</testsuite>\n");
    }

    @Test
    void withoutReportsItSaysNoTestRan() throws Exception {
        assertTrue(summary().contains("no test ran"));
    }

    @Test
    void aBuildThatStoppedBeforeTheIntegrationTestsClaimsNoJdk() throws Exception {
        report("surefire-reports", "a.UnitTest", 5, 0);
        String out = summary();
        assertTrue(out.contains("5 unit tests ran (0 skipped), 0 integration tests ran") && out.contains(
            "no integration tests ran"), out);
        assertTrue(!out.contains("/usr/lib/jvm"), out);
    }

    @Test
    void integrationTestsThatWereAllSkippedDidNotRun() throws Exception {
        report("surefire-reports", "a.UnitTest", 5, 0);
        report("failsafe-reports", "a.SomeIT", 1, 1);
        String out = summary();
        assertTrue(out.contains("a.SomeIT.t: needs chromium") && out.contains("no integration tests ran"), out);
    }

    @Test
    void theJdksAreTheOnesTheIntegrationTestsRecorded() throws Exception {
        report("failsafe-reports", "a.SomeIT", 3, 0);
        Files.write(checkout.resolve("target/failsafe-reports/jdks.txt"),
            List.of("/usr/lib/jvm/temurin-25", "/usr/lib/jvm/jdk-17", "/usr/lib/jvm/temurin-25"));
        String out = summary();
        assertTrue(out.endsWith("Integration tests ran on:\n  /usr/lib/jvm/jdk-17\n  /usr/lib/jvm/temurin-25\n"), out);
    }

    @Test
    void ciRunsTheReadmesTestCommand() throws Exception {
        List<String> run = Files.readAllLines(CI.resolve("run"));
        assertTrue(run.contains("exec bash .ci/test"), "CI's command is the one users run: " + run);
    }
}
