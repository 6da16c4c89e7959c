package dev.hostednet.wlan;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What {@code backend=auto} does on Windows: the Hosted Network where the Wi-Fi driver supports it, Mobile Hotspot
 * otherwise. The test is the Hosted Network's own state: drivers of the WDI (Windows 10) and WiFiCx (Windows 11)
 * models have no Hosted Network mode and read {@code unavailable}. Trap: so does a supporting driver whose radio is
 * off; then Mobile Hotspot is chosen, and the reason says what was seen so that an operator can tell.
 */
public final class AutoChoice {

    /**
     * A backend and why {@code auto} chose it.
     *
     * @param network the backend
     * @param why "" when it was named, not chosen
     */
    public record Chosen(HostedNetwork network, String why) {
        /** Checks the components. */
        public Chosen {
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(why, "why");
        }
    }

    private AutoChoice() {
    }

    /**
     * Opens the Hosted Network and reads its state; keeps it unless unavailable, else closes it and opens Mobile
     * Hotspot. Runs on the agent's native thread (the first use), never on the host's.
     *
     * @param hostedNetwork opens the Hosted Network backend (may throw)
     * @param mobileHotspot opens the Mobile Hotspot backend (may throw: LazyHostedNetwork reports it)
     * @return the choice, with the reason in words
     */
    public static Chosen choose(Supplier<HostedNetwork> hostedNetwork, Supplier<HostedNetwork> mobileHotspot) {
        HostedNetwork h = null;
        String why;
        try {
            h = hostedNetwork.get();
            HostedNetworkState s = h.queryStatus().state();
            if (s != HostedNetworkState.UNAVAILABLE) {
                return new Chosen(h, "auto: the Wi-Fi driver supports the Hosted Network, which reads " + s.label());
            }
            why = "auto: the Hosted Network reads unavailable here (a Wi-Fi driver without a Hosted Network mode, as"
                + " on most Windows 10/11 machines, or a radio switched off)";
        } catch (HostedNetworkException e) {
            why = "auto: the Hosted Network could not be queried: " + e.getMessage();
        } catch (RuntimeException e) {
            why = "auto: the Hosted Network backend could not be loaded: " + e.getMessage();
        }
        if (h != null) {
            h.close();
        }
        return new Chosen(mobileHotspot.get(), why);
    }
}
