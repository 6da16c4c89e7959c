package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.jolokia.json.parser.JSONParser;
import org.junit.jupiter.api.Test;

/**
 * What a release gives its users, read from what the build left under target/: the version the jar says it is, the
 * bill of materials that lists what the jar carries, and the checksums a download is checked with.
 */
class ReleaseIT {

    private static final String VERSION = System.getProperty("project.version", "");
    private static final Path TARGET = Jvm.AGENT.toAbsolutePath().getParent();

    @Test
    void versionPrintsTheProjectVersion() throws Exception {
        assertTrue(VERSION.matches("\\d+\\.\\d+\\.\\d+"), "a release version, not " + VERSION);
        String out = Jvm.cliExpecting(Path.of(System.getProperty("java.home")), 0, "--version");
        assertEquals("hostednet-agent " + VERSION, out.strip());
    }

    @Test
    void theStartLineNamesTheVersion() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0")) {
            host.awaitErr("hostednet-agent " + VERSION + " started: backend=simulated", Duration.ofSeconds(30));
        }
    }

    @Test
    void theSbomListsEveryLibraryTheJarCarriesWithItsVersion() throws Exception {
        Path sbom = TARGET.resolve("hostednet-agent-sbom.json");
        assumeFalse("offline=true".equals(System.getProperty("maven.offline")) && !Files.exists(sbom),
            "Maven ran offline, and cyclonedx-maven-plugin's makeBom runs only online: no SBOM was made");
        Map<String, String> listed = new HashMap<>();
        Map<?, ?> bom = (Map<?, ?>) new JSONParser().parse(Files.readString(sbom));
        for (Object o : (List<?>) bom.get("components")) {
            Map<?, ?> c = (Map<?, ?>) o;
            listed.put(c.get("group") + ":" + c.get("name"), String.valueOf(c.get("version")));
        }
        assertEquals(System.getProperty("jna.version"), listed.get("net.java.dev.jna:jna"), listed.toString());
        assertEquals(System.getProperty("jolokia.version"), listed.get("org.jolokia:jolokia-agent-jvm"),
            listed.toString());
        Map<String, String> carried = carriedLibraries();
        assertTrue(carried.containsKey("com.google.zxing:core") && carried.size() >= 6, carried.toString());
        carried.forEach((lib, version) -> assertEquals(version, listed.get(lib), lib + " is in the jar"));
        assertEquals("CycloneDX", bom.get("bomFormat"));
    }

    @Test
    void eachJarHasItsSha256BesideIt() throws Exception {
        for (String jar : List.of("hostednet-agent.jar", "hostednet-agent-sources.jar", "hostednet-agent-javadoc.jar")) {
            String line = Files.readString(TARGET.resolve(jar + ".sha256"), StandardCharsets.US_ASCII).strip();
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(TARGET.resolve(jar))));
            assertEquals(digest + "  " + jar, line, "sha256sum -c reads this line");
        }
    }

    /** @return group:artifact to version of each Maven-built library under hostednet/lib/ in the agent jar */
    private static Map<String, String> carriedLibraries() throws Exception {
        Map<String, String> libs = new HashMap<>();
        try (JarFile jar = new JarFile(Jvm.AGENT.toFile())) {
            for (ZipEntry e : java.util.Collections.list(jar.entries())) {
                if (e.getName().startsWith("hostednet/lib/") && e.getName().endsWith("/pom.properties")) {
                    Properties p = new Properties();
                    try (InputStream in = jar.getInputStream(e)) {
                        p.load(in);
                    }
                    libs.put(p.getProperty("groupId") + ":" + p.getProperty("artifactId"), p.getProperty("version"));
                }
            }
        }
        return libs;
    }
}
