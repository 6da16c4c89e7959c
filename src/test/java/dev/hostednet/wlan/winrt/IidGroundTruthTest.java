package dev.hostednet.wlan.winrt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The parameterized-IID algorithm ({@link ParameterizedIid}) against the IIDs mingw-w64's headers declare for four
 * instantiations (two with a runtime-class argument, the form ours take), and the GUID's memory layout against the
 * header's DEFINE_GUID fields. Each check is shown to discriminate: a signature one character off gives another IID.
 * Trap (windows-binary-contract.md): mingw-w64 10's IVectorView&lt;HSTRING&gt; IID is wrong, so it is not used.
 */
class IidGroundTruthTest {

    private static final Path INCLUDE = Path.of("/usr/share/mingw-w64/include");
    private static final Iid ASYNC_OPERATION = Iid.of("9fc2b0bb-e446-44e2-aa61-9cab8f636af2");
    private static final Iid ASYNC_OPERATION_HANDLER = Iid.of("fcdcf02c-e5d8-4478-915a-4d90b74b83a5");
    private static final Iid VECTOR_VIEW = Iid.of("bbe1fa4c-b0e3-4583-baef-1f1b2e483e56");

    @Test
    void theAlgorithmGivesTheIidsMingwDeclares() throws Exception {
        boolean ready = Files.isRegularFile(INCLUDE.resolve("windows.media.speechsynthesis.h"));
        if (!ready && System.getenv("CI") != null) {
            fail("CI must install mingw-w64's headers (gcc-mingw-w64-x86-64, see .ci/run)");
        }
        assumeTrue(ready, "skipped: needs mingw-w64's headers under " + INCLUDE);
        check("windows.foundation.h", "IID___FIAsyncOperation_1_boolean", ParameterizedIid.pinterface(ASYNC_OPERATION, "b1"));
        check("windows.foundation.h", "IID___FIAsyncOperationCompletedHandler_1_boolean",
            ParameterizedIid.pinterface(ASYNC_OPERATION_HANDLER, "b1"));
        check("windows.media.speechsynthesis.h",
            "IID___FIAsyncOperation_1_Windows__CMedia__CSpeechSynthesis__CSpeechSynthesisStream",
            ParameterizedIid.pinterface(ASYNC_OPERATION, ParameterizedIid.runtimeClass("Windows.Media.SpeechSynthesis.SpeechSynthesisStream",
                Iid.of("83e46e93-244c-4622-ba0b-6229c4d0d65d"))));
        check("windows.media.speechsynthesis.h",
            "IID___FIVectorView_1_Windows__CMedia__CSpeechSynthesis__CVoiceInformation",
            ParameterizedIid.pinterface(VECTOR_VIEW, ParameterizedIid.runtimeClass("Windows.Media.SpeechSynthesis.VoiceInformation",
                Iid.of("b127d6a4-1291-4604-aa9c-83134083352c"))));
    }

    /** Compares the computed IID and its memory with the header's DEFINE_GUID; then a one-character change. */
    private static void check(String header, String name, String signature) throws Exception {
        String text = Files.readString(INCLUDE.resolve(header), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("DEFINE_GUID\\(" + name + ",\\s*0x(\\w+),\\s*0x(\\w+),\\s*0x(\\w+),"
            + "((?:\\s*0x\\w+,?){8})\\)").matcher(text);
        if (!m.find()) {
            throw new AssertionError(name + " not declared in " + header);
        }
        ByteBuffer expected = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        expected.putInt((int) Long.parseLong(m.group(1), 16)).putShort((short) Integer.parseInt(m.group(2), 16))
            .putShort((short) Integer.parseInt(m.group(3), 16));
        for (String b : m.group(4).split(",")) {
            expected.put((byte) Integer.parseInt(b.trim().substring(2), 16));
        }
        Iid computed = ParameterizedIid.of(signature);
        assertArrayEquals(expected.array(), computed.memory().getByteArray(0, 16), name + " from " + signature);
        String offByOne = signature.substring(0, signature.length() - 2) + (char) (signature.charAt(signature.length()
            - 2) + 1) + ")";
        assertNotEquals(computed, ParameterizedIid.of(offByOne), "the check discriminates");
    }

    @Test
    void ourOwnInstantiationsComputeToTheValuesTheManualGives() {
        // The values windows-binary-contract.md lists, each cross-checked there against published projections.
        assertEquals("601b30ed-9b7f-54b6-b61b-24a09bc56304", ParameterizedIid.of(ParameterizedIid.pinterface(
            ASYNC_OPERATION, ParameterizedIid.runtimeClass(
                "Windows.Networking.NetworkOperators.NetworkOperatorTetheringOperationResult",
                Iid.of("ebd203a1-01ba-476d-b4b3-bf3d12c8f80c")))).toString());
        assertEquals("e21d6797-4ef6-553f-b7f9-5ed74bcebd7e", ParameterizedIid.of(ParameterizedIid.pinterface(VECTOR_VIEW,
            ParameterizedIid.runtimeClass("Windows.Networking.NetworkOperators.NetworkOperatorTetheringClient",
                Iid.of("709d254c-595f-4847-bb30-646935542918")))).toString());
    }
}
