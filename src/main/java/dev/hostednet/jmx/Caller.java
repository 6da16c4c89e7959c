package dev.hostednet.jmx;

import java.util.Objects;

/**
 * Who asked for an operation and through which door.
 *
 * @param principal the authenticated name, or "anonymous" / the local user name
 * @param door "jmx", "jolokia" or "in-process"
 */
public record Caller(String principal, String door) {

    /** Checks the components. */
    public Caller {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(door, "door");
    }

    @Override
    public String toString() {
        return principal + " via " + door;
    }
}
