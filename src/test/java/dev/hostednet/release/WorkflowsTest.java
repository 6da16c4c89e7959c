package dev.hostednet.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The GitHub workflow cannot run here (actionlint checks its syntax in .ci/run): these tests hold what it runs to the
 * repository. The Windows job names its tests one by one, so a Windows-only test added, renamed or removed without
 * the workflow would silently never run anywhere.
 */
class WorkflowsTest {

    private static final Path WORKFLOW = Path.of(".github", "workflows", "ci.yml");
    private static final Path TESTS = Path.of("src", "test", "java");
    private static final Pattern WINDOWS_ONLY = Pattern.compile("(?m)^@EnabledOnOs\\(OS\\.WINDOWS\\)$");

    @Test
    void theWindowsJobRunsEveryWindowsOnlyTestAndNothingThatIsMissing() throws IOException {
        String yaml = Files.readString(WORKFLOW);
        Set<String> named = new TreeSet<>(list(yaml, "-Dtest="));
        named.addAll(list(yaml, "-Dit.test="));
        Set<String> existing = testClasses(src -> true);
        assertTrue(existing.containsAll(named), "the workflow names tests that do not exist: " + named);
        Set<String> windowsOnly = testClasses(src -> WINDOWS_ONLY.matcher(src).find());
        assertTrue(windowsOnly.size() >= 5, windowsOnly.toString());
        assertTrue(named.containsAll(windowsOnly), "Windows-only tests the Windows job does not run: "
            + windowsOnly.stream().filter(t -> !named.contains(t)).toList());
    }

    @Test
    void linuxRunsTheProjectsCiAndWindowsRunsTemurin17() throws IOException {
        String yaml = Files.readString(WORKFLOW);
        String jobs = yaml.substring(yaml.indexOf("\njobs:\n"));
        assertEquals(2, count(jobs, Pattern.compile("(?m)^  [\\w-]+:$")), "two jobs: linux and windows");
        assertTrue(yaml.contains("  linux:\n    runs-on: ubuntu-latest\n"), "linux on a hosted Ubuntu runner");
        assertTrue(yaml.contains("run: bash .ci/run\n"), "the Linux job runs .ci/run itself");
        assertTrue(yaml.contains("  windows:\n    runs-on: windows-latest\n"), "windows on a hosted Windows runner");
        assertTrue(yaml.contains("distribution: temurin\n") && yaml.contains("java-version: '17'\n"), yaml);
        assertTrue(yaml.contains("mvn -B verify\n"), "the Windows job runs Maven (unit and integration tests)");
    }

    @Test
    void everyActionIsPinnedToACommit() throws IOException {
        Matcher uses = Pattern.compile("uses: ([^\\s]+)").matcher(Files.readString(WORKFLOW));
        int n = 0;
        while (uses.find()) {
            n++;
            assertTrue(uses.group(1).matches("[\\w.-]+/[\\w.-]+@[0-9a-f]{40}"), "not pinned to a commit: "
                + uses.group(1));
        }
        assertTrue(n >= 3, "checkout twice and setup-java");
    }

    private static Set<String> list(String yaml, String flag) {
        Matcher m = Pattern.compile(Pattern.quote(flag) + "([\\w,]+)").matcher(yaml);
        assertTrue(m.find(), "the workflow has no " + flag);
        return Arrays.stream(m.group(1).split(",")).collect(Collectors.toSet());
    }

    private static Set<String> testClasses(java.util.function.Predicate<String> source) throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(p -> source.test(read(p)))
                .map(p -> p.getFileName().toString().replace(".java", "")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long count(String text, Pattern p) {
        return p.matcher(text).results().count();
    }
}
