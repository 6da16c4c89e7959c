package dev.hostednet.agent;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The agent's version, as the build wrote it, for the start line, the AgentControl MBean and {@code --version}. */
public final class AgentVersion {

    private AgentVersion() {
    }

    /** @return the project version the build filtered into version.properties, or "dev" outside a build */
    public static String current() {
        // Not the manifest: the isolated loader reads our classes from a directory inside the jar, without one.
        try (InputStream in = AgentVersion.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
