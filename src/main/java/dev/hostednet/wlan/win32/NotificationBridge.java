package dev.hostednet.wlan.win32;

import com.sun.jna.Callback;
import com.sun.jna.Pointer;
import dev.hostednet.wlan.HostedNetworkEvent;
import dev.hostednet.wlan.HostedNetworkState;
import dev.hostednet.wlan.Listeners;
import dev.hostednet.wlan.Peer;
import dev.hostednet.wlan.ReasonCode;
import dev.hostednet.wlan.jna.WinApiLoader;
import java.util.function.Consumer;

/**
 * Receives wlanapi's hosted-network notifications on Windows' thread and hands them to listeners as plain events.
 * The callback object is held in a field for as long as this bridge lives: JNA frees a callback's native stub when
 * the Java object is collected, and Windows would then call freed memory. WlanRegisterNotification is never called
 * from inside the callback (that deadlocks on Windows).
 */
final class NotificationBridge {

    private static final int CODE_STATE_CHANGE = 0x1000;
    private static final int CODE_PEER_STATE_CHANGE = 0x1001;
    private static final int CODE_RADIO_STATE = 0x1002;
    private static final System.Logger LOG = System.getLogger(NotificationBridge.class.getName());

    private final Listeners listeners = new Listeners();
    private final Callback callback;

    NotificationBridge() {
        this.callback = WinApiLoader.stdcall()
            ? (WlanHostedApi.StdCallNotificationCallback) this::receive
            : (WlanHostedApi.NotificationCallback) this::receive;
    }

    Callback callback() {
        return callback;
    }

    boolean wanted() {
        return !listeners.isEmpty();
    }

    void add(Consumer<HostedNetworkEvent> listener) {
        listeners.add(listener);
    }

    /** Removes a listener; once this returns no delivery to it is running or will start. */
    void remove(Consumer<HostedNetworkEvent> listener) {
        listeners.remove(listener);
    }

    private void receive(Pointer data, Pointer context) {
        try {
            HostedNetworkEvent event = decode(new NotificationDataStruct(data));
            if (event == null) {
                return;
            }
            listeners.deliver(event);
        } catch (RuntimeException | Error e) {
            // Nothing may escape into Windows' notification thread.
            LOG.log(System.Logger.Level.WARNING, "hosted network notification could not be handled", e);
        }
    }

    /** @return the event, or null for another source, an unknown code or data too short for its type */
    static HostedNetworkEvent decode(NotificationDataStruct n) {
        if (n.NotificationSource != WlanHostedApi.SOURCE_HNWK || n.pData == null) {
            return null;
        }
        switch (n.NotificationCode) {
            case CODE_STATE_CHANGE -> {
                StateChangeStruct s = new StateChangeStruct(n.pData);
                return n.dwDataSize < s.size() ? null : new HostedNetworkEvent.StateChanged(
                    HostedNetworkState.fromCode(s.OldState), HostedNetworkState.fromCode(s.NewState),
                    new ReasonCode(s.StateChangeReason));
            }
            case CODE_PEER_STATE_CHANGE -> {
                PeerStateChangeStruct p = new PeerStateChangeStruct(n.pData);
                if (n.dwDataSize < p.size()) {
                    return null;
                }
                Peer now = p.NewState.toPeer();
                return new HostedNetworkEvent.PeerChanged(now, p.OldState.PeerAuthState == 1,
                    new ReasonCode(p.PeerStateChangeReason));
            }
            case CODE_RADIO_STATE -> {
                RadioStateStruct r = new RadioStateStruct(n.pData);
                return n.dwDataSize < r.size() ? null
                    : new HostedNetworkEvent.RadioChanged(r.dot11SoftwareRadioState == 1,
                        r.dot11HardwareRadioState == 1);
            }
            default -> {
                return null;
            }
        }
    }
}
