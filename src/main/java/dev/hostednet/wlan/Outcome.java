package dev.hostednet.wlan;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The immutable record of one operation on the Hosted Network.
 *
 * @param operation the operation's name, such as "refreshSecuritySettings"
 * @param result the Win32 code and reason
 * @param stateBefore the state read just before the call
 * @param stateAfter the state read just after it
 * @param started when the call started
 * @param duration how long it took
 */
public record Outcome(String operation, CallResult result, HostedNetworkState stateBefore,
                      HostedNetworkState stateAfter, Instant started, Duration duration) {

    /** Checks the components. */
    public Outcome {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(stateBefore, "stateBefore");
        Objects.requireNonNull(stateAfter, "stateAfter");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(duration, "duration");
    }

    /** @return whether the call succeeded */
    public boolean succeeded() {
        return result.succeeded();
    }
}
