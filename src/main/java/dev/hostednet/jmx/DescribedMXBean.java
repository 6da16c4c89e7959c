package dev.hostednet.jmx;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanParameterInfo;
import javax.management.NotificationEmitter;
import javax.management.StandardEmitterMBean;

/**
 * An MXBean whose MBeanInfo carries the {@link Description}s of its interface: JConsole and Jolokia's list then
 * show real descriptions and parameter names instead of the attribute's own name and {@code p0}.
 */
public final class DescribedMXBean<T> extends StandardEmitterMBean {

    private final Class<T> type;

    DescribedMXBean(T impl, Class<T> type, NotificationEmitter emitter) {
        super(impl, type, true, emitter);
        this.type = type;
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

    @Override
    protected String getDescription(MBeanInfo info) {
        Description d = type.getAnnotation(Description.class);
        return d != null ? d.value() : super.getDescription(info);
    }

    @Override
    protected String getDescription(MBeanAttributeInfo info) {
        return getter(info).map(m -> m.getAnnotation(Description.class)).map(Description::value)
            .orElseGet(() -> super.getDescription(info));
    }

    @Override
    protected String getDescription(MBeanOperationInfo info) {
        return operation(info).map(m -> m.getAnnotation(Description.class)).map(Description::value)
            .orElseGet(() -> super.getDescription(info));
    }

    @Override
    protected int getImpact(MBeanOperationInfo info) {
        return operation(info).map(m -> m.getAnnotation(Description.class)).map(Description::impact)
            .orElseGet(() -> super.getImpact(info));
    }

    @Override
    protected String getParameterName(MBeanOperationInfo op, MBeanParameterInfo param, int sequence) {
        return parameter(op, sequence).map(Description::name).filter(n -> !n.isEmpty())
            .orElseGet(() -> super.getParameterName(op, param, sequence));
    }

    @Override
    protected String getDescription(MBeanOperationInfo op, MBeanParameterInfo param, int sequence) {
        return parameter(op, sequence).map(Description::value)
            .orElseGet(() -> super.getDescription(op, param, sequence));
    }

    private Optional<Method> getter(MBeanAttributeInfo info) {
        String name = info.getName();
        return Arrays.stream(type.getMethods()).filter(m -> m.getParameterCount() == 0)
            .filter(m -> m.getName().equals("get" + name) || m.getName().equals("is" + name)).findFirst();
    }

    private Optional<Method> operation(MBeanOperationInfo info) {
        return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(info.getName()))
            .filter(m -> m.getParameterCount() == info.getSignature().length).findFirst();
    }

    private Optional<Description> parameter(MBeanOperationInfo op, int sequence) {
        return operation(op).map(m -> m.getParameters()[sequence].getAnnotation(Description.class));
    }
}
