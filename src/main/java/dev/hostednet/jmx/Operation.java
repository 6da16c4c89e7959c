package dev.hostednet.jmx;

/**
 * Each operation of the MBean as one value: the name clients invoke and the History records, the words a message
 * uses for it ("Could not refresh the security settings: ..."), the role it needs and the key it rotates. Everything
 * that runs, limits, records, counts, notifies or audits an operation takes this value; no name or flag travels
 * beside it, so the role, the words and the key of one operation cannot disagree between two places. Declared in
 * the order the MBean lists its operations ({@link OperationOrder}), the refresh first.
 */
enum Operation {
    /** A new system key; Windows makes it idle. */
    REFRESH("refreshSecuritySettings", "refresh the security settings", Role.OPERATE, Key.SYSTEM),
    /**
     * A refresh, then a start if the network was active. Performed, it records its two steps ({@link #REFRESH}
     * and {@link #RESTART}) and no outcome of its own; refused before it ran, it records itself.
     */
    REFRESH_AND_RESTART("refreshSecuritySettingsAndRestart", "refresh the security settings and restart", Role.ADMIN,
        Key.SYSTEM),
    /** A new user key; administrative, because it sets a key (as Windows treats anything touching one). */
    ROTATE_USER_KEY("rotateUserKey", "set a new user key", Role.ADMIN, Key.USER),
    /** Start until stopped; {@code start} is followed by the network's name in words. */
    START("start", "start", Role.ADMIN, Key.NONE),
    /** Stop for every client. */
    STOP("stop", "stop", Role.ADMIN, Key.NONE),
    /**
     * The second step of {@link #REFRESH_AND_RESTART}: a start, recorded under that name, with its own words. The
     * role is the combined operation's, checked before the refresh.
     */
    RESTART("start", "restart the Hosted Network after the refresh", Role.ADMIN, Key.NONE),
    /** A fresh status read on the native thread; nothing is recorded. */
    QUERY_STATUS("queryStatus", "query the status", Role.OPERATE, Key.NONE),
    /** The audited hand-over of a key; recorded in the audit only. */
    JOIN_INFO("joinInfo", "read the key", Role.ADMIN, Key.NONE);

    /** Which key an operation rotates. */
    enum Key {
        /** The system (primary) key: the refresh figures, LastRefresh and the refresh notification. */
        SYSTEM,
        /** The user (secondary) key: its own figures only. */
        USER,
        /** None: no rotation figures, no rate limit. */
        NONE
    }

    private final String label;
    private final String words;
    private final Role needs;
    private final Key rotates;

    Operation(String label, String words, Role needs, Key rotates) {
        this.label = label;
        this.words = words;
        this.needs = needs;
        this.rotates = rotates;
    }

    /** @return the name clients invoke and outcomes, History and the audit record */
    String label() {
        return label;
    }

    /**
     * @param network the network's name in words ("the Hosted Network", "Mobile Hotspot"), asked for only by the
     *     operations whose words name it
     * @return what the operation does, for messages: start and stop name the network they act on
     */
    String words(java.util.function.Supplier<String> network) {
        return this == START || this == STOP ? words + " " + network.get() : words;
    }

    /** @return the role a caller needs */
    Role needs() {
        return needs;
    }

    /** @return the key it rotates, {@link Key#NONE} for the others */
    Key rotates() {
        return rotates;
    }

    /** @return whether it rotates a key, and so runs under the shared rate limit */
    boolean rotatesAKey() {
        return rotates != Key.NONE;
    }

    /**
     * Whether it counts in RefreshCount, FailedRefreshCount and LastRefresh and is announced as a refresh: the
     * system-key rotations. So a refusal of one by the agent (no backend, a native call never started) counts as a
     * failed refresh, while a refused user-key rotation counts only in the user key's figures. The rate limit's
     * refusals count in no failure figure at all (see {@link Snapshot#withOutcome}).
     *
     * @return whether it is a refresh
     */
    boolean isRefresh() {
        return rotates == Key.SYSTEM;
    }
}
