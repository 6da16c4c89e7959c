package dev.hostednet.jmx;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text JConsole, VisualVM and Jolokia's {@code list} show for an attribute, an operation or a parameter.
 * On a parameter, {@link #name()} replaces the {@code p0} that MXBean introspection would otherwise show.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface Description {
    /** @return the description */
    String value();

    /** @return a parameter's name (parameters only) */
    String name() default "";

    /** @return an operation's impact, one of {@link javax.management.MBeanOperationInfo}'s constants */
    int impact() default javax.management.MBeanOperationInfo.UNKNOWN;
}
