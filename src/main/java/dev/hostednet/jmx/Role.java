package dev.hostednet.jmx;

import java.util.Locale;

/**
 * What a caller may do through the agent, ordered: each role includes the ones before it. The line between
 * {@link #OPERATE} and {@link #ADMIN} is the one Windows draws: any user may read the Hosted Network and refresh its
 * key, but ForceStart, ForceStop and reading a key need an administrator. The agent runs with its host's rights, so
 * it must not lend them to whoever reaches its doors.
 */
public enum Role {
    /** Attributes, list, search and version. */
    READ,
    /** Also refresh, refresh and restart, query the status: what Windows allows any user. */
    OPERATE,
    /** Also start and stop: what Windows reserves for administrators. */
    ADMIN;

    /**
     * @param needed the role an action needs
     * @return whether this role includes it
     */
    public boolean allows(Role needed) {
        return compareTo(needed) >= 0;
    }

    /** @return the name as options and messages spell it: read, operate, admin */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label read, operate or admin, in any case
     * @return the role
     * @throws IllegalArgumentException naming the three
     */
    public static Role of(String label) {
        for (Role r : values()) {
            if (r.label().equalsIgnoreCase(label.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + label + "': use read, operate or admin");
    }
}
