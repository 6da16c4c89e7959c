package dev.hostednet.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.wlan.HostedNetwork;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A backend that throws from every method: callers get clear errors, nothing escapes into any thread. */
class ThrowingBackendTest {

    @Test
    void exceptionsFromTheBackendBecomeOutcomesAndNeverEscape() throws Exception {
        List<Throwable> escaped = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> escaped.add(e));
        HostedNetwork broken = (HostedNetwork) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HostedNetwork.class}, (p, m, a) -> {
                if (m.getName().equals("backendName")) {
                    return "broken";
                }
                if (m.getName().equals("close")) {
                    return null;
                }
                throw new IllegalStateException("boom in " + m.getName());
            });
        try (Fixture f = new Fixture(broken, Fixture.settings(2000))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, f.proxy::refreshSecuritySettings);
            assertTrue(e.getMessage().contains("the broken backend failed") && e.getMessage().contains("boom"),
                e.getMessage());
            assertEquals(1, f.proxy.getFailedRefreshCount());
            assertEquals("ERROR_INTERNAL_ERROR", f.proxy.getLastReturnCodeName());
            assertThrows(IllegalStateException.class, f.proxy::start);
            assertThrows(IllegalStateException.class, f.proxy::queryStatus);
            assertTrue(f.proxy.getQueryError().contains("boom"), f.proxy.getQueryError());
            assertEquals("unavailable", f.proxy.getState());
            Thread.sleep(500); // several polls
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        assertTrue(escaped.isEmpty(), "escaped: " + escaped);
    }
}
