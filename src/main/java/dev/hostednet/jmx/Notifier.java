package dev.hostednet.jmx;

import dev.hostednet.wlan.HostedNetworkEvent;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.AttributeChangeNotification;
import javax.management.MBeanNotificationInfo;
import javax.management.Notification;
import javax.management.NotificationBroadcasterSupport;

/** Sends the MBean's notifications; what it can send is listed in {@link #INFO} for JConsole's Notifications tab. */
final class Notifier {

    /** One per refresh outcome; userData is the outcome (CompositeData). */
    static final String REFRESH = "dev.hostednet.refresh";
    /** One per start or stop outcome; userData is the outcome. */
    static final String OPERATION = "dev.hostednet.operation";
    /** A peer connected; userData is its MAC address. */
    static final String PEER_ARRIVED = "dev.hostednet.peer.arrived";
    /** A peer disconnected; userData is its MAC address. */
    static final String PEER_DEPARTED = "dev.hostednet.peer.departed";

    static final MBeanNotificationInfo[] INFO = {
        new MBeanNotificationInfo(new String[] {AttributeChangeNotification.ATTRIBUTE_CHANGE},
            AttributeChangeNotification.class.getName(), "The State attribute changed (unavailable, idle, active)."),
        // One entry for all plain Notifications: clients such as Jolokia's list key them by class name.
        new MBeanNotificationInfo(new String[] {REFRESH, OPERATION, PEER_ARRIVED, PEER_DEPARTED},
            Notification.class.getName(), "dev.hostednet.refresh: a refresh ended; dev.hostednet.operation: a start"
            + " or stop ended (userData: the outcome). dev.hostednet.peer.arrived / .departed: a peer connected or"
            + " disconnected (userData: its MAC address)."),
    };

    private final NotificationBroadcasterSupport emitter;
    private final AtomicLong sequence = new AtomicLong();
    private final Object source;

    Notifier(NotificationBroadcasterSupport emitter, Object source) {
        this.emitter = emitter;
        this.source = source;
    }

    void stateChanged(String oldState, String newState) {
        emitter.sendNotification(new AttributeChangeNotification(source, sequence.incrementAndGet(),
            System.currentTimeMillis(), "State changed from " + oldState + " to " + newState, "State",
            String.class.getName(), oldState, newState));
    }

    void outcome(Operation op, OutcomeData o) {
        Notification n = new Notification(op.isRefresh() ? REFRESH : OPERATION, source, sequence.incrementAndGet(),
            o.getTimeMillis(), o.getMessage());
        n.setUserData(o.toCompositeData());
        emitter.sendNotification(n);
    }

    void peer(HostedNetworkEvent.PeerChanged p) {
        boolean arrived = p.arrived();
        Notification n = new Notification(arrived ? PEER_ARRIVED : PEER_DEPARTED, source,
            sequence.incrementAndGet(), System.currentTimeMillis(),
            "Peer " + p.peer().mac() + (arrived ? " connected" : " disconnected") + " (" + p.reason().name() + ")");
        n.setUserData(p.peer().mac());
        emitter.sendNotification(n);
    }
}
