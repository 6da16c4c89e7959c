package dev.hostednet.jmx;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.CompositeDataSupport;
import javax.management.openmbean.CompositeType;
import javax.management.openmbean.OpenDataException;
import javax.management.openmbean.OpenType;
import javax.management.openmbean.SimpleType;

/**
 * The open type of {@link OutcomeData}, derived once from the components of {@link OutcomeItems}: each component
 * is an item of the same name, its type the one the MXBean framework gives the getter of that name. Values go both
 * ways by the same components, so nothing here lists the items by hand.
 */
final class OutcomeOpenType {

    /** The open type of each Java type a component may have. */
    private static final Map<Class<?>, OpenType<?>> SIMPLE = Map.of(String.class, SimpleType.STRING,
        boolean.class, SimpleType.BOOLEAN, int.class, SimpleType.INTEGER, long.class, SimpleType.LONG);

    private static final RecordComponent[] COMPONENTS = OutcomeItems.class.getRecordComponents();
    private static final String[] ITEMS = new String[COMPONENTS.length];

    static final CompositeType TYPE = compositeType();

    private OutcomeOpenType() {
    }

    private static CompositeType compositeType() {
        OpenType<?>[] types = new OpenType<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            ITEMS[i] = COMPONENTS[i].getName();
            types[i] = SIMPLE.get(COMPONENTS[i].getType());
            if (types[i] == null) {
                throw new ExceptionInInitializerError("no open type for " + COMPONENTS[i]);
            }
        }
        try {
            return new CompositeType(OutcomeData.class.getName(), OutcomeData.class.getName(), ITEMS, ITEMS, types);
        } catch (OpenDataException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** @return the items as open data, one per component */
    static CompositeData data(OutcomeItems items) {
        Object[] values = new Object[COMPONENTS.length];
        try {
            for (int i = 0; i < COMPONENTS.length; i++) {
                values[i] = COMPONENTS[i].getAccessor().invoke(items);
            }
            return new CompositeDataSupport(TYPE, ITEMS, values);
        } catch (OpenDataException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the items read back from open data, one per component (MXBean reconstruction) */
    static OutcomeItems items(CompositeData cd) {
        Object[] values = cd.getAll(ITEMS);
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            types[i] = COMPONENTS[i].getType();
        }
        try {
            Constructor<OutcomeItems> canonical = OutcomeItems.class.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("not an outcome: " + cd, e);
        }
    }
}
