package dev.hostednet.wlan.winrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hostednet.wlan.Mingw;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks every vtable slot the binding calls ({@link Abi}, {@link Vtable}) against Windows x64 as the mingw-w64
 * x86-64 cross compiler lays the vtables out: {@code _Static_assert(offsetof(Vtbl, Method) == slot * 8)}, compiled
 * with {@code -fsyntax-only}. Sources: mingw-w64's own inspectable.h, asyncinfo.h, windows.foundation.h and
 * windows.foundation.collections.h (IUnknown, IInspectable, IAsyncInfo, IAsyncOperation, IVectorView), and
 * src/test/c/networkoperators_documented.h, ours, for the interfaces mingw-w64 lacks. Each check is proved live:
 * with every expected slot one off, every assertion fails. In CI the compiler is required; elsewhere it skips.
 */
class VtableGroundTruthTest {

    private record Slot(String vtbl, String method, int slot) { }

    private static final List<Slot> SLOTS = List.of(
        new Slot("IUnknownVtbl", "QueryInterface", Vtable.QUERY_INTERFACE),
        new Slot("IUnknownVtbl", "Release", Vtable.RELEASE),
        new Slot("IAsyncInfoVtbl", "get_Status", Abi.INFO_GET_STATUS),
        new Slot("IAsyncInfoVtbl", "get_ErrorCode", Abi.INFO_GET_ERROR_CODE),
        new Slot("IAsyncInfoVtbl", "Cancel", Abi.INFO_CANCEL),
        new Slot("IAsyncInfoVtbl", "Close", Abi.INFO_CLOSE),
        new Slot("__FIAsyncOperation_1_booleanVtbl", "GetResults", Abi.ASYNC_GET_RESULTS),
        new Slot("HnAsyncActionVtbl", "GetResults", Abi.ASYNC_GET_RESULTS),
        new Slot("__FIVectorView_1_HSTRINGVtbl", "GetAt", Abi.VECTOR_GET_AT),
        new Slot("__FIVectorView_1_HSTRINGVtbl", "get_Size", Abi.VECTOR_GET_SIZE),
        new Slot("HnNetworkInformationStaticsVtbl", "GetInternetConnectionProfile",
            Abi.GET_INTERNET_CONNECTION_PROFILE),
        new Slot("HnTetheringManagerStatics2Vtbl", "GetTetheringCapabilityFromConnectionProfile",
            Abi.GET_TETHERING_CAPABILITY),
        new Slot("HnTetheringManagerStatics2Vtbl", "CreateFromConnectionProfile", Abi.CREATE_FROM_CONNECTION_PROFILE),
        // Not called by the backend; pinned because an interface's own methods start at slot 6.
        new Slot("HnTetheringManagerStatics4Vtbl", "IsNoConnectionsTimeoutEnabled", 6),
        new Slot("HnTetheringManagerStatics4Vtbl", "DisableNoConnectionsTimeout", Abi.DISABLE_NO_CONNECTIONS_TIMEOUT),
        new Slot("HnTetheringManagerVtbl", "get_MaxClientCount", Abi.GET_MAX_CLIENT_COUNT),
        new Slot("HnTetheringManagerVtbl", "get_TetheringOperationalState", Abi.GET_TETHERING_OPERATIONAL_STATE),
        new Slot("HnTetheringManagerVtbl", "GetCurrentAccessPointConfiguration",
            Abi.GET_CURRENT_ACCESS_POINT_CONFIGURATION),
        new Slot("HnTetheringManagerVtbl", "ConfigureAccessPointAsync", Abi.CONFIGURE_ACCESS_POINT_ASYNC),
        new Slot("HnTetheringManagerVtbl", "StartTetheringAsync", Abi.START_TETHERING_ASYNC),
        new Slot("HnTetheringManagerVtbl", "StopTetheringAsync", Abi.STOP_TETHERING_ASYNC),
        new Slot("HnTetheringClientManagerVtbl", "GetTetheringClients", Abi.GET_TETHERING_CLIENTS),
        new Slot("HnTetheringClientVtbl", "get_MacAddress", Abi.CLIENT_GET_MAC_ADDRESS),
        new Slot("HnAccessPointConfigurationVtbl", "get_Ssid", Abi.CONFIG_GET_SSID),
        new Slot("HnAccessPointConfigurationVtbl", "put_Ssid", Abi.CONFIG_PUT_SSID),
        new Slot("HnAccessPointConfigurationVtbl", "get_Passphrase", Abi.CONFIG_GET_PASSPHRASE),
        new Slot("HnAccessPointConfigurationVtbl", "put_Passphrase", Abi.CONFIG_PUT_PASSPHRASE),
        new Slot("HnOperationResultVtbl", "get_Status", Abi.RESULT_GET_STATUS),
        new Slot("HnOperationResultVtbl", "get_AdditionalErrorMessage", Abi.RESULT_GET_ADDITIONAL_ERROR_MESSAGE));

    @TempDir
    Path dir;

    @Test
    void everySlotTheBindingCallsMatchesWindowsX64() throws Exception {
        boolean ready = Mingw.available();
        if (!ready && System.getenv("CI") != null) {
            fail("CI must install gcc-mingw-w64-x86-64 (see .ci/run)");
        }
        assumeTrue(ready, "skipped: needs " + Mingw.GCC + " (see .ci/run)");
        assertEquals("", Mingw.compile(dir, "slots.c", generate(0)), "vtable slots differ from Windows x64");
        String mutated = Mingw.compile(dir, "slots-off-by-one.c", generate(1));
        long failed = mutated.lines().filter(l -> l.contains("static assertion failed")).count();
        assertEquals(SLOTS.size(), failed, "each of the " + SLOTS.size() + " checks must catch a slot off by one:\n"
            + mutated);
    }

    private static String generate(int delta) {
        StringBuilder c = new StringBuilder("#include <windows.h>\n#include <inspectable.h>\n#include <asyncinfo.h>\n"
            + "#include <windows.foundation.h>\n#include <windows.foundation.collections.h>\n#include <stddef.h>\n"
            + "#include \"networkoperators_documented.h\"\n");
        for (Slot s : SLOTS) {
            c.append(String.format("_Static_assert(offsetof(%s, %s) == %d * sizeof(void *), \"%s.%s is not slot %d"
                + " as in Abi\");%n", s.vtbl(), s.method(), s.slot() + delta, s.vtbl(), s.method(), s.slot()));
        }
        return c.toString();
    }
}
