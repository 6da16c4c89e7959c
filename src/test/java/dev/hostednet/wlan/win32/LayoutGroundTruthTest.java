package dev.hostednet.wlan.win32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.hostednet.wlan.Mingw;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks every JNA structure's size and field offsets against Windows x64 as the mingw-w64 x86-64 cross compiler
 * lays it out. It generates {@code _Static_assert}s from the JNA structures themselves and compiles them with
 * {@code -fsyntax-only}: a single byte off fails the build, no Windows needed.
 *
 * <p>Sources of the C declarations: mingw-w64's real headers (GUID, DOT11_SSID, WLAN_NOTIFICATION_DATA and the
 * DOT11 enums); Wine's wlanapi.h for the Hosted Network enums, PEER_STATE and STATUS (mingw-w64's wlanapi.h has
 * no Hosted Network section at all); and src/test/c/hostednet_documented.h, from Microsoft's reference, for the
 * five structures neither declares. A missing tool fails the test with what to install,
 * unless it is skipped knowingly with {@code -Dlayout.skip=true}.
 */
class LayoutGroundTruthTest {

    private static final List<WinStructure> STRUCTURES = List.of(new Dot11Ssid(), new PeerStateStruct(),
        new StatusStruct(), new ConnectionSettingsStruct(), new SecuritySettingsStruct(), new StateChangeStruct(),
        new PeerStateChangeStruct(), new RadioStateStruct(), new NotificationDataStruct(), new GuidStruct());

    @TempDir
    Path dir;

    @Test
    void everyStructureMatchesTheWindowsX64Layout() throws Exception {
        Path wine = wineHeader();
        boolean ready = Mingw.available() && Files.isRegularFile(wine);
        // The trap: skipped quietly, a swapped pair of fields passed every other test on such a machine. Missing
        // tools fail the build, unless the developer skips this check knowingly.
        assumeFalse(!ready && Boolean.getBoolean("layout.skip"), "skipped on request (-Dlayout.skip=true): needs "
            + Mingw.GCC + " and Wine's wlanapi.h at " + wine);
        if (!ready) {
            fail("the layout check needs " + (Mingw.available() ? "" : Mingw.GCC
                + " (apt-get install gcc-mingw-w64-x86-64)"
                + " and ") + "Wine's wlanapi.h at " + wine + " (.ci/wine-headers puts it there, no root needed);"
                + " bash .ci/test installs both. To skip this check knowingly: -Dlayout.skip=true");
        }

        String out = Mingw.compile(dir, "layout.c", generate(wine, 0));
        assertEquals("", out, "JNA layouts differ from Windows x64:\n" + out);

        // Every assertion is live: with each expected size and offset one byte off, each one fails.
        String mutated = Mingw.compile(dir, "layout-off-by-one.c", generate(wine, 1));
        long failed = mutated.lines().filter(l -> l.contains("static assertion failed")).count();
        long asserts = STRUCTURES.stream().mapToLong(s -> 1 + s.fieldNames().size()).sum();
        assertEquals(asserts, failed, "each of the " + asserts + " checks must catch a one-byte shift:\n" + mutated);
    }

    @Test
    void theJnaLayoutsHaveTheDocumentedSizesOnThisPlatformToo() {
        // The x64 sizes windows-binary-contract.md gives; the same on Linux x86-64 (no native longs).
        assertEquals(36, new Dot11Ssid().size());
        assertEquals(12, new PeerStateStruct().size());
        assertEquals(52, new StatusStruct().size());
        assertEquals(40, new ConnectionSettingsStruct().size());
        assertEquals(8, new SecuritySettingsStruct().size());
        assertEquals(12, new StateChangeStruct().size());
        assertEquals(28, new PeerStateChangeStruct().size());
        assertEquals(8, new RadioStateStruct().size());
        assertEquals(40, new NotificationDataStruct().size());
        assertEquals(40, new StatusStruct().offsetOf("PeerList"));
    }

    /** @param delta added to every expected number: 0 for the real check, 1 to prove each check can fail */
    static String generate(Path wineHeader, int delta) throws IOException {
        StringBuilder c = new StringBuilder();
        c.append("#include <windows.h>\n#include <wlanapi.h>\n#include <stddef.h>\n");
        c.append("/* Hosted Network declarations taken from ").append(wineHeader).append(" */\n");
        c.append(hostedBlock(Files.readString(wineHeader, StandardCharsets.UTF_8))).append('\n');
        c.append("#include \"hostednet_documented.h\"\n");
        for (WinStructure s : STRUCTURES) {
            String t = s.cTypeName();
            c.append(String.format("_Static_assert(sizeof(%s) == %d, \"sizeof(%s) is not %d as in JNA\");%n",
                t, s.size() + delta, t, s.size()));
            for (String f : s.fieldNames()) {
                int off = s.offsetOf(f);
                c.append(String.format("_Static_assert(offsetof(%s, %s) == %d, \"%s.%s is not at %d as in JNA\");%n",
                    t, f, off + delta, t, f, off));
            }
        }
        return c.toString();
    }

    /** From the first Hosted Network enum to the end of WLAN_HOSTED_NETWORK_STATUS. */
    static String hostedBlock(String header) {
        int start = header.indexOf("typedef enum _WLAN_HOSTED_NETWORK_OPCODE");
        int statusEnd = header.indexOf("} WLAN_HOSTED_NETWORK_STATUS");
        if (start < 0 || statusEnd < 0) {
            throw new IllegalStateException("Wine's wlanapi.h has no Hosted Network block");
        }
        return header.substring(start, header.indexOf(';', statusEnd) + 1);
    }

    static Path wineHeader() {
        String configured = System.getProperty("wine.wlanapi.h");
        if (configured != null) {
            return Path.of(configured);
        }
        Path installed = Path.of("/usr/include/wine/wine/windows/wlanapi.h");
        // Where .ci/wine-headers unpacks it: inside the build, so an empty home directory needs nothing more.
        return Files.isRegularFile(installed) ? installed : Path.of("target", "wine", "usr", "include", "wine",
            "wine", "windows", "wlanapi.h").toAbsolutePath();
    }
}
