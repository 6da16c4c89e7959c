package dev.hostednet.jmx;

import java.util.Objects;

/**
 * Who asked for an operation, through which door, and with which role.
 *
 * @param principal the authenticated name, or "anonymous" / the local user name
 * @param door "jolokia", "jmx", "local" (the command line's door), "host" (the host's API) or "foreign"
 * @param role what this caller may do
 */
public record Caller(String principal, String door, Role role) {

    /** Checks the components. */
    public Caller {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(door, "door");
        Objects.requireNonNull(role, "role");
    }

    @Override
    public String toString() {
        return principal + " via " + door;
    }
}
