package dev.hostednet.jmx;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.AttributeNotFoundException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanException;
import javax.management.MBeanInfo;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanParameterInfo;
import javax.management.NotificationEmitter;
import javax.management.ObjectName;
import javax.management.ReflectionException;
import javax.management.StandardEmitterMBean;
import javax.management.openmbean.CompositeDataView;
import javax.management.openmbean.CompositeType;

/**
 * An MXBean whose MBeanInfo carries the {@link Description}s of its interface: JConsole and Jolokia's list then
 * show real descriptions and parameter names instead of the attribute's own name and {@code p0}.
 *
 * <p>Reads are served without the JDK's MXBean machinery where its mapping does nothing: an attribute whose Java
 * type is already an open type (String, primitives and their boxes, BigDecimal, BigInteger, Date, ObjectName), or
 * a {@link CompositeDataView}, which the JDK maps by calling {@code toCompositeData} with the attribute's
 * {@link CompositeType}, as done here. Such a read is one method handle call instead of the reflective call,
 * mapping and wrapper layers; every other read, and every write and operation, goes the JDK's way.
 */
public final class DescribedMXBean<T> extends StandardEmitterMBean {

    /** Java types the MXBean mapping returns unchanged. */
    private static final Set<Class<?>> OPEN_AS_IS = Set.of(String.class, Boolean.class, Byte.class, Short.class,
        Integer.class, Long.class, Float.class, Double.class, Character.class, BigDecimal.class, BigInteger.class,
        Date.class, ObjectName.class);

    private final Class<T> type;
    private final T impl;
    private final Method[] methods;
    /** The attributes served directly, by name; immutable once built. */
    private final Map<String, Reader> readers;

    DescribedMXBean(T impl, Class<T> type, NotificationEmitter emitter) {
        super(impl, type, true, emitter);
        this.type = type;
        this.impl = impl;
        this.methods = type.getMethods();
        this.readers = readers(getMBeanInfo()); // builds the info once, with the descriptions, and caches it
    }

    /**
     * @param impl the implementation
     * @param type its MXBean interface, annotated with {@link Description}
     * @param <T> the interface
     * @return an MXBean that sends no notifications, with the descriptions
     */
    public static <T> DescribedMXBean<T> of(T impl, Class<T> type) {
        return new DescribedMXBean<>(impl, type, new javax.management.NotificationBroadcasterSupport());
    }

    /** @return the info, its operations in {@link OperationOrder} (built and cached on the first call) */
    @Override
    public MBeanInfo getMBeanInfo() {
        MBeanInfo built = super.getMBeanInfo();
        MBeanInfo cached = getCachedMBeanInfo();
        return cached != null ? cached : OperationOrder.of(built);
    }

    @Override
    protected void cacheMBeanInfo(MBeanInfo info) {
        super.cacheMBeanInfo(info == null ? null : OperationOrder.of(info));
    }

    /** A direct read: the getter, and the composite type to map its view with (null: returned as it is). */
    private record Reader(Method getter, CompositeType composite) {
    }

    private Map<String, Reader> readers(MBeanInfo info) {
        Map<String, Reader> map = new HashMap<>();
        for (MBeanAttributeInfo a : info.getAttributes()) {
            Method getter = a.isReadable() ? getter(a) : null;
            // Only the getter the JDK itself maps: an operation "void getX()" beside "boolean isX()" is not it.
            if (getter == null || !getter.getGenericReturnType().getTypeName()
                .equals(a.getDescriptor().getFieldValue("originalType"))) {
                continue;
            }
            Class<?> result = getter.getReturnType();
            Object openType = a.getDescriptor().getFieldValue("openType");
            boolean view = CompositeDataView.class.isAssignableFrom(result) && openType instanceof CompositeType;
            if (view || result.isPrimitive() || OPEN_AS_IS.contains(result)) {
                map.put(a.getName(), new Reader(getter, view ? (CompositeType) openType : null));
            }
        }
        return Map.copyOf(map);
    }

    @Override
    public Object getAttribute(String attribute) throws AttributeNotFoundException, MBeanException,
        ReflectionException {
        Reader r = attribute == null ? null : readers.get(attribute);
        if (r == null) {
            return super.getAttribute(attribute);
        }
        Object value;
        try {
            value = r.getter().invoke(impl);
        } catch (InvocationTargetException e) {
            // As the JDK's MXBean does: unchecked ones as they are (the MBeanServer wraps them), checked ones in
            // an MBeanException.
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException x) {
                throw x;
            }
            if (cause instanceof Error x) {
                throw x;
            }
            throw new MBeanException((Exception) cause, String.valueOf(cause));
        } catch (IllegalAccessException e) {
            throw new ReflectionException(e, e.toString());
        }
        return r.composite() == null || value == null ? value
            : ((CompositeDataView) value).toCompositeData(r.composite());
    }

    /** Refused: the direct reads hold the implementation given at construction. */
    @Override
    public void setImplementation(Object implementation) {
        throw new UnsupportedOperationException("the implementation of a DescribedMXBean is fixed");
    }

    /** Each attribute as {@link #getAttribute} reads it; one that cannot be read is left out, as the JDK does. */
    @Override
    public AttributeList getAttributes(String[] attributes) {
        AttributeList list = new AttributeList(attributes.length);
        for (String name : attributes) {
            try {
                list.add(new Attribute(name, getAttribute(name)));
            } catch (Exception e) {
                // left out of the list, per the DynamicMBean contract
            }
        }
        return list;
    }

    @Override
    protected String getDescription(MBeanInfo info) {
        Description d = type.getAnnotation(Description.class);
        return d != null ? d.value() : super.getDescription(info);
    }

    @Override
    protected String getDescription(MBeanAttributeInfo info) {
        Description d = described(getter(info));
        return d != null ? d.value() : super.getDescription(info);
    }

    @Override
    protected String getDescription(MBeanOperationInfo info) {
        Description d = described(operation(info));
        return d != null ? d.value() : super.getDescription(info);
    }

    @Override
    protected int getImpact(MBeanOperationInfo info) {
        Description d = described(operation(info));
        return d != null ? d.impact() : super.getImpact(info);
    }

    @Override
    protected String getParameterName(MBeanOperationInfo op, MBeanParameterInfo param, int sequence) {
        Description d = parameter(op, sequence);
        return d != null && !d.name().isEmpty() ? d.name() : super.getParameterName(op, param, sequence);
    }

    @Override
    protected String getDescription(MBeanOperationInfo op, MBeanParameterInfo param, int sequence) {
        Description d = parameter(op, sequence);
        return d != null ? d.value() : super.getDescription(op, param, sequence);
    }

    private Method getter(MBeanAttributeInfo info) {
        return method((info.isIs() ? "is" : "get") + info.getName(), 0);
    }

    private Method operation(MBeanOperationInfo info) {
        return method(info.getName(), info.getSignature().length);
    }

    private Method method(String name, int parameters) {
        for (Method m : methods) {
            if (m.getParameterCount() == parameters && m.getName().equals(name)) {
                return m;
            }
        }
        return null;
    }

    private static Description described(Method m) {
        return m == null ? null : m.getAnnotation(Description.class);
    }

    private Description parameter(MBeanOperationInfo op, int sequence) {
        Method m = operation(op);
        return m == null ? null : m.getParameters()[sequence].getAnnotation(Description.class);
    }
}
