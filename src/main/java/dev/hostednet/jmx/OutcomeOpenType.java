package dev.hostednet.jmx;

import javax.management.openmbean.CompositeData;
import javax.management.openmbean.CompositeDataSupport;
import javax.management.openmbean.CompositeType;
import javax.management.openmbean.OpenDataException;
import javax.management.openmbean.OpenType;
import javax.management.openmbean.SimpleType;

/** The open type of {@link OutcomeData}: its items in the order the MXBean framework sorts them (by name). */
final class OutcomeOpenType {

    private static final String[] ITEMS = {"caller", "decidedBy", "door", "durationMicros", "message", "operation",
        "reasonCode", "reasonCodeName", "refusal", "returnCode", "returnCodeName", "stateAfter", "stateBefore",
        "succeeded", "time", "timeMillis"};
    private static final OpenType<?>[] TYPES = {SimpleType.STRING, SimpleType.STRING, SimpleType.STRING,
        SimpleType.LONG, SimpleType.STRING, SimpleType.STRING, SimpleType.INTEGER, SimpleType.STRING,
        SimpleType.STRING, SimpleType.INTEGER, SimpleType.STRING, SimpleType.STRING, SimpleType.STRING,
        SimpleType.BOOLEAN, SimpleType.STRING, SimpleType.LONG};

    static final CompositeType TYPE = compositeType();

    private OutcomeOpenType() {
    }

    private static CompositeType compositeType() {
        try {
            return new CompositeType(OutcomeData.class.getName(), OutcomeData.class.getName(), ITEMS, ITEMS, TYPES);
        } catch (OpenDataException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** @param values the items' values, in the order of {@link #ITEMS} */
    static CompositeData data(Object[] values) {
        try {
            return new CompositeDataSupport(TYPE, ITEMS, values);
        } catch (OpenDataException e) {
            throw new IllegalStateException(e);
        }
    }
}
