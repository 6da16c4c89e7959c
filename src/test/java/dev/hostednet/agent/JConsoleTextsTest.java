package dev.hostednet.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanParameterInfo;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What JConsole shows of the agent's texts, read through the agent's JMX connector as JConsole reads them: a
 * tooltip or an error dialog is one line, and on a 1400-pixel screen about 200 characters of it are visible. So
 * every description's first sentence, and every refusal's first line, must say what matters within that.
 */
class JConsoleTextsTest {

    private static final int VISIBLE = 200;
    private Clients c;

    @BeforeEach
    void start() throws Exception {
        Clients.startAgent("backend=simulated,port=0,jmx=on,jmx.port=0,refresh.interval=60m");
        c = new Clients();
    }

    @AfterEach
    void stop() throws Exception {
        c.close();
        Clients.stopAgent();
    }

    @Test
    void everyDescriptionSaysWhatItIsInItsFirstSentence() throws Exception {
        List<String> tooLong = new ArrayList<>();
        for (ObjectName n : c.conn.queryNames(new ObjectName("dev.hostednet:*"), null)) {
            MBeanInfo info = c.conn.getMBeanInfo(n);
            check(n.toString(), info.getDescription(), tooLong);
            for (MBeanAttributeInfo a : info.getAttributes()) {
                check(a.getName(), a.getDescription(), tooLong);
            }
            for (MBeanOperationInfo o : info.getOperations()) {
                check(o.getName(), o.getDescription(), tooLong);
                for (MBeanParameterInfo p : o.getSignature()) {
                    check(o.getName() + "(" + p.getName() + ")", p.getDescription(), tooLong);
                }
            }
        }
        assertEquals(List.of(), tooLong, "first sentences longer than " + VISIBLE + " characters");
    }

    private static void check(String what, String description, List<String> tooLong) {
        String first = description.split("\\.(\\s|$)", 2)[0];
        if (first.length() > VISIBLE || description.isBlank()) {
            tooLong.add(what + " (" + first.length() + "): " + first);
        }
    }

    @Test
    void everyRefusalNamesTheProblemAndTheNextStepInItsFirstLine() throws Exception {
        ObjectName agent = new ObjectName(AgentControlMXBean.OBJECT_NAME);
        c.conn.invoke(c.name, "refreshSecuritySettings", new Object[0], new String[0]);
        // What each refusal's first line must name: the problem, and what to do next.
        Map<String, Callable<Object>> refusals = new java.util.LinkedHashMap<>();
        refusals.put("admin role|authenticate", () -> op("rotateUserKey"));
        refusals.put("admin role|authenticate ", () -> op("start"));
        refusals.put("rotated less than|allowed at", () -> op("refreshSecuritySettings"));
        refusals.put("joinInfo is off|reveal=on", () -> c.conn.invoke(c.name, "joinInfo", new Object[] {"user"},
            new String[] {"java.lang.String"}));
        refusals.put("count|0 for all", () -> c.conn.invoke(c.name, "recentOutcomes", new Object[] {-1},
            new String[] {"int"}));
        refusals.put("not served here|jmx.platform=on", () -> c.conn.getAttribute(
            new ObjectName("java.lang:type=Runtime"), "Uptime"));
        refusals.put("refused|jmx.platform=on", () -> {
            c.conn.unregisterMBean(c.name);
            return null;
        });
        refusals.put("admin role|jmx.password.file", () -> c.conn.invoke(agent, "stop", new Object[0],
            new String[0]));
        List<String> unclear = new ArrayList<>();
        for (Map.Entry<String, Callable<Object>> r : refusals.entrySet()) {
            String line = firstLine(r.getValue());
            String[] needs = r.getKey().trim().split("\\|");
            if (line.length() > VISIBLE || !line.contains(needs[0]) || !line.contains(needs[1])) {
                unclear.add(line.length() + " characters, needs '" + needs[0] + "' and '" + needs[1] + "': " + line);
            }
        }
        assertEquals(List.of(), unclear);
    }

    @Test
    void recentOutcomesWithJConsolesDefaultArgumentAnswersEveryKeptOutcome() throws Exception {
        c.conn.invoke(c.name, "refreshSecuritySettings", new Object[0], new String[0]);
        Object[] all = (Object[]) c.conn.invoke(c.name, "recentOutcomes", new Object[] {0}, new String[] {"int"});
        assertEquals(((Object[]) c.attr("History")).length, all.length);
        assertEquals("refreshSecuritySettings", ((CompositeData) all[all.length - 1]).get("operation"));
        MBeanOperationInfo recent = java.util.Arrays.stream(c.conn.getMBeanInfo(c.name).getOperations())
            .filter(o -> o.getName().equals("recentOutcomes")).findFirst().orElseThrow();
        assertTrue(recent.getSignature()[0].getDescription().contains("0 for all"),
            recent.getSignature()[0].getDescription());
    }

    private Object op(String name) throws Exception {
        return c.conn.invoke(c.name, name, new Object[0], new String[0]);
    }

    /** @return the first line of the innermost message, what JConsole's error dialog shows */
    private static String firstLine(Callable<Object> call) {
        try {
            call.call();
        } catch (Exception e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause().getMessage() != null) {
                t = t.getCause();
            }
            return t.getMessage().lines().findFirst().orElse("");
        }
        throw new AssertionError("not refused");
    }
}
