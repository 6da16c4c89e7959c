package dev.hostednet.agent;

import dev.hostednet.jmx.Audit;
import dev.hostednet.jmx.Caller;
import dev.hostednet.jmx.CallerContext;
import dev.hostednet.jmx.Role;

/**
 * What is registered as {@value AgentControlMXBean#OBJECT_NAME}: the agent's facts, its local door, and a stop that
 * needs the admin role whatever door the call came through (the agent's own JMX connector checks it too, but a
 * foreign connector reaches this object directly).
 */
final class AgentControl implements AgentControlMXBean {

    private final AgentControlMXBean agent;
    private final CallerContext callers;

    AgentControl(AgentControlMXBean agent, CallerContext callers) {
        this.agent = agent;
        this.callers = callers;
    }

    @Override
    public String getJolokiaUrl() {
        return agent.getJolokiaUrl();
    }

    @Override
    public String getJmxUrl() {
        return agent.getJmxUrl();
    }

    @Override
    public String getBackend() {
        return agent.getBackend();
    }

    @Override
    public String getStartedAt() {
        return agent.getStartedAt();
    }

    @Override
    public String getVersion() {
        return agent.getVersion();
    }

    /** Open to any caller: it proves nothing and grants nothing; only reading the file it names does. */
    @Override
    public String openLocalDoor() {
        return agent.openLocalDoor();
    }

    @Override
    public void stop() {
        Caller who = callers.current();
        if (!who.role().allows(Role.ADMIN)) {
            Audit.log(System.Logger.Level.WARNING, "operation", "agent.stop", "caller", who.principal(), "door",
                who.door(), "outcome", "refused", "role", who.role().label(), "needed", "admin");
            throw new SecurityException("stopping the agent needs the admin role; " + who + " has the "
                + who.role().label() + " role. Use the command line as the OS user who runs this JVM (java -jar"
                + " hostednet-agent.jar stop PID), or a user of the agent's own doors with that role.");
        }
        Audit.log(System.Logger.Level.INFO, "operation", "agent.stop", "caller", who.principal(), "door", who.door(),
            "outcome", "success");
        agent.stop();
    }
}
