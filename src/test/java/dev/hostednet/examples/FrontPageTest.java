package dev.hostednet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README stays a front page, and no document points at the project's issue tracker instead of saying things. */
class FrontPageTest {

    private static final Pattern ISSUE = Pattern.compile("(?i)\\bissues? #?\\d+");

    @Test
    void theReadmeIsAFrontPageOfAtMost250Lines() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        assertTrue(lines.size() <= 250, "README.md has " + lines.size() + " lines; move detail to src/site/markdown/");
        assertEquals(List.of(), lines.stream().filter(l -> l.matches(".*\\b[A-Z][A-Za-z]+(Test|IT)\\b.*")).toList(),
            "the front page names no test; the manual's pages do");
    }

    /** CI runs what a newcomer runs: the first code block's last command is the one `.ci/run` hands over to. */
    @Test
    void theReadmesTestCommandIsTheOneCiRuns() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int open = readme.indexOf("```sh\n");
        String block = readme.substring(open + 6, readme.indexOf("```", open + 6)).strip();
        List<String> commands = block.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(2, commands.size(), "the first code block holds exactly two commands: " + commands);
        String ci = Files.readString(Path.of(".ci/run"));
        assertTrue(ci.contains("exec " + commands.get(1) + "\n"), ".ci/run runs `" + commands.get(1) + "`:\n" + ci);
    }

    @Test
    void noDocumentNamesAnIssueNumber() throws IOException {
        try (Stream<Path> docs = Stream.concat(Stream.of(Path.of("README.md")),
            Stream.concat(Files.walk(Path.of("src/site")), Files.walk(Path.of("examples"))))) {
            List<String> found = docs.filter(p -> p.toString().endsWith(".md")).flatMap(FrontPageTest::issues).toList();
            assertEquals(List.of(), found);
        }
    }

    private static Stream<String> issues(Path doc) {
        try {
            return Files.readAllLines(doc).stream().filter(l -> ISSUE.matcher(l).find()).map(l -> doc + ": " + l);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
