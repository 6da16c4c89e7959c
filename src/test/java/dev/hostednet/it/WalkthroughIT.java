package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hostednet.examples.ConsoleBlocks;
import dev.hostednet.examples.ConsoleBlocks.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The documents, followed in order as a reader would, from a fresh demo started with the README's own command:
 * every documented command that shows its output is run and its answer compared with the document's
 * ({@link dev.hostednet.examples.Expected} says how times and keys are set aside). A document and the product that
 * drift apart fail here, naming the document's line.
 */
class WalkthroughIT {

    /** The documents in the order a reader meets them; each leaves the demo as it found it. */
    static final List<Path> DOCUMENTS = documents();

    private static final Path JMXTERM = Path.of("target/jmxterm-1.0.4-uber.jar");
    private static final Path EXPORTER = Path.of("target/jmx_prometheus_javaagent-1.0.1.jar");

    private static Walkthrough shell;

    private static List<Path> documents() {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md"), Path.of("examples/jolokia/README.md"),
            Path.of("examples/jmxterm/README.md"), Path.of("examples/attach.md")));
        try (Stream<Path> manual = Files.list(Path.of("src/site/markdown"))) {
            manual.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        docs.add(Path.of("examples/prometheus/README.md"));
        return List.copyOf(docs);
    }
    private static String demoPid;

    @BeforeAll
    static void startTheReadmesDemo() throws Exception {
        shell = new Walkthrough();
        String first = ConsoleBlocks.fencedBlocks(Path.of("README.md")).get(0);
        String demo = first.lines().filter(l -> l.contains("java -javaagent:")).findFirst().orElseThrow();
        // Jolokia's port is the default there (8778): named here, so that it can be given a free one like the others
        String command = demo.substring(demo.indexOf("java -javaagent:")).replace("hostednet-agent.jar=",
            "hostednet-agent.jar=port=8778,");
        String problem = shell.background(command, List.of("Ctrl-C to stop."));
        assertEquals(null, problem, "the README's demo");
        shell.keepHosts();
        demoPid = shell.pid();
        assertTrue(demoPid.matches("\\d+"), "the demo printed its process id");
    }

    @AfterAll
    static void stop() {
        if (shell != null) {
            shell.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedOutputIsWhatTheProductPrints() {
        return DOCUMENTS.stream().map(doc -> DynamicTest.dynamicTest(doc.toString(), () -> follow(doc)));
    }

    private static void follow(Path doc) throws Exception {
        if (doc.toString().contains("jmxterm")) {
            provide(Path.of("target/outside-agents").resolve(JMXTERM.getFileName()), JMXTERM);
        }
        if (doc.toString().contains("prometheus")) {
            provide(Path.of(System.getProperty("exporter.jar", "target/outside-agents/missing.jar")), EXPORTER);
        }
        List<Step> steps = ConsoleBlocks.steps(doc);
        List<String> differences = new ArrayList<>();
        try {
            for (Step s : steps) {
                String differs = shell.run(s);
                if (differs != null) {
                    differences.add(s.where() + " `" + s.command() + "`: " + differs);
                }
            }
        } finally {
            shell.stopHosts();
            shell.pid(demoPid);
        }
        assertTrue(differences.isEmpty(), String.join("\n\n", differences));
    }

    /** A jar a walkthrough uses, where its document puts it, from the copy the build made (pre-integration-test). */
    private static void provide(Path built, Path documented) throws IOException {
        if (!Files.isRegularFile(documented) && Files.isRegularFile(built)) {
            Files.copy(built, documented, StandardCopyOption.REPLACE_EXISTING);
        }
        assumeTrue(Files.isRegularFile(documented), documented + " is missing, and the build did not copy it to "
            + built + ": get it with the command its document gives");
    }
}
