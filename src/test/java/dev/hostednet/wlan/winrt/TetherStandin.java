package dev.hostednet.wlan.winrt;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * The test controls of the combase stand-in (src/test/c/combase_standin.c), from the same libcombase.so that
 * {@link Combase} binds, found through jna.library.path (set by the Maven build).
 */
public interface TetherStandin extends Library {

    TetherStandin LIB = Native.load("combase", TetherStandin.class);

    int FAULT_NONE = 0;
    int FAULT_NO_INTERNET = 1;
    int FAULT_START_FAILS = 2;
    int FAULT_HANG = 3;
    int FAULT_CONFIG_REFUSED = 4;
    int STATE_ON = 1;
    int STATE_OFF = 2;
    int STATE_IN_TRANSITION = 3;

    void tether_reset();

    void tether_set_fault(int fault);

    void tether_set_capability(int capability);

    /** @param on 1: a Windows before 10 2004, whose tethering manager factory has no Statics4 */
    void tether_set_no_statics4(int on);

    void tether_set_delay_ms(int ms);

    void tether_set_state(int state);

    int tether_state();

    int tether_timeout_enabled();

    void tether_set_start_failure(int status, byte[] utf8Message);

    void tether_set_ssid(byte[] utf8);

    int tether_add_client(byte[] mac);

    /** @param utf8 the passphrase, as if set in Windows' Settings */
    void tether_set_passphrase(byte[] utf8);

    /** @return how many times IAsyncInfo::get_Status was called since the last reset */
    long tether_status_polls();

    /** @return how many activation factories RoGetActivationFactory handed out since the last reset */
    long tether_factory_activations();

    /** @return how many times get_Passphrase was called since the last reset */
    long tether_passphrase_reads();

    int tether_ssid(byte[] buf, int cap);

    int tether_passphrase(byte[] buf, int cap);

    int tether_log(byte[] buf, int cap);

    long tether_live_objects();

    long tether_live_strings();

    long tether_live_threads();

    /** @return the threads that called RoInitialize and have not balanced it */
    long tether_live_apartments();

    /** @return the summed lifetimes (creation to completion) of the asynchronous operations completed so far */
    long tether_async_nanos();

    /** @return the stand-in's log, such as "stop;configure;start" */
    static String log() {
        byte[] b = new byte[4096];
        return new String(b, 0, LIB.tether_log(b, b.length), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** @return the passphrase the stand-in holds (test only: the binding reads it only for joinInfo) */
    static String passphrase() {
        byte[] b = new byte[256];
        return new String(b, 0, LIB.tether_passphrase(b, b.length), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** @return the text as NUL-terminated UTF-8 (JNA's String mapping would use the platform's charset) */
    static byte[] utf8(String text) {
        return (text + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
