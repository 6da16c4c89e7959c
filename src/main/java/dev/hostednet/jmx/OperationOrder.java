package dev.hostednet.jmx;

import java.util.Arrays;
import java.util.Comparator;
import javax.management.MBeanInfo;
import javax.management.MBeanOperationInfo;

/**
 * The order an MBean's operations are listed in (JConsole's Operations tab shows them as listed): the order of
 * {@link Operation}, the refresh first, then any operation it does not name, as the JDK listed them. The trap: the
 * JDK lists an MXBean interface's methods in {@code Class.getMethods()} order, which is unspecified and, on HotSpot,
 * follows where the JVM happened to create each method name's symbol; renaming an unrelated method elsewhere in the
 * agent reordered JConsole's buttons.
 */
final class OperationOrder {

    private OperationOrder() {
    }

    /** @return the info with its operations in this order; the rest of it as it was */
    static MBeanInfo of(MBeanInfo info) {
        MBeanOperationInfo[] ops = info.getOperations().clone();
        Arrays.sort(ops, Comparator.comparingInt(o -> rank(o.getName()))); // stable: the unnamed keep their order
        return new MBeanInfo(info.getClassName(), info.getDescription(), info.getAttributes(),
            info.getConstructors(), ops, info.getNotifications(), info.getDescriptor());
    }

    private static int rank(String name) {
        for (Operation op : Operation.values()) {
            if (op.label().equals(name)) {
                return op.ordinal();
            }
        }
        return Operation.values().length;
    }
}
