package dev.hostednet.jmx;

/**
 * The rotations of one key as this agent has seen them: what monitoring counts and alerts on. Counters only grow
 * (a Prometheus {@code rate()} reads a drop as a restart of the process); the time of the last success never goes
 * back, even when a late outcome of an older call arrives after a newer one.
 *
 * @param attempts rotations tried, failed ones included (timed out, or no backend, too); not the rate limit's
 *     refusals
 * @param failures rotations tried that failed: Windows said no, it timed out, or no backend could reach it
 * @param refusals rotations the rate limit refused before trying (anyone may ask too often; that is no failure)
 * @param lastSuccessMillis when the last successful rotation started (epoch ms), -1 before the first
 * @param lastFailed whether the most recent attempt failed
 */
record RotationTally(long attempts, long failures, long refusals, long lastSuccessMillis, boolean lastFailed) {

    /** No rotation seen yet. */
    static final RotationTally NONE = new RotationTally(0, 0, 0, -1, false);

    /** @return this tally with one more outcome counted; a rate-limit refusal counts only as a refusal */
    RotationTally plus(OutcomeData o) {
        if (o.rateLimited()) {
            return new RotationTally(attempts, failures, refusals + 1, lastSuccessMillis, lastFailed);
        }
        boolean ok = o.isSucceeded();
        return new RotationTally(attempts + 1, failures + (ok ? 0 : 1), refusals,
            ok ? Math.max(lastSuccessMillis, o.getTimeMillis()) : lastSuccessMillis, !ok);
    }

    /** @return the time of the last successful rotation in whole epoch seconds, -1 before the first */
    long lastSuccessEpochSeconds() {
        return lastSuccessMillis < 0 ? -1 : Math.floorDiv(lastSuccessMillis, 1000);
    }
}
