package dev.hostednet.agent.jolokia;

import dev.hostednet.jmx.HostedNetworkSecurityMXBean;
import javax.management.ObjectName;
import org.jolokia.server.core.service.api.Restrictor;
import org.jolokia.server.core.util.HttpMethod;
import org.jolokia.server.core.util.RequestType;

/**
 * Jolokia serves this agent's MBeans and nothing else: reading {@code dev.hostednet:*} attributes, executing the
 * Hosted Network operations, and {@code version}, {@code list} and {@code search} (other MBeans hidden). Jolokia 2.x
 * on its own allows every MBean, and its policy file cannot say "only these"; hence this class. It is the second
 * line: {@link RequestGate} judges each whole request first. Origins and Host headers are checked in front of
 * Jolokia by {@link GuardFilter}, which sees headers this class never sees.
 */
public final class OwnMBeanRestrictor implements Restrictor {

    static final String DOMAIN = "dev.hostednet";
    static final ObjectName OPERATIONS = objectName(HostedNetworkSecurityMXBean.OBJECT_NAME);

    /** Jolokia creates it by reflection. */
    public OwnMBeanRestrictor() {
        // no state
    }

    private static ObjectName objectName(String name) {
        try {
            return new ObjectName(name);
        } catch (javax.management.MalformedObjectNameException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A pattern counts only when its domain is ours exactly: {@code dev.hostednet:*} yes, {@code *:*} no. */
    static boolean ours(ObjectName name) {
        return name != null && !name.isDomainPattern() && DOMAIN.equals(name.getDomain());
    }

    @Override
    public boolean isHttpMethodAllowed(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.POST;
    }

    @Override
    public boolean isTypeAllowed(RequestType type) {
        return type == RequestType.READ || type == RequestType.EXEC || type == RequestType.LIST
            || type == RequestType.VERSION || type == RequestType.SEARCH;
    }

    @Override
    public boolean isAttributeReadAllowed(ObjectName name, String attribute) {
        return ours(name);
    }

    @Override
    public boolean isAttributeWriteAllowed(ObjectName name, String attribute) {
        return false;
    }

    @Override
    public boolean isOperationAllowed(ObjectName name, String operation) {
        return OPERATIONS.equals(name);
    }

    @Override
    public boolean isRemoteAccessAllowed(String... hostOrAddress) {
        return true; // who may connect is decided by the bind address and authentication
    }

    @Override
    public boolean isOriginAllowed(String origin, boolean strictCheck) {
        // Jolokia passes the Origin, or the Referer when there is none. Browser requests from untrusted origins never
        // get here (GuardFilter refuses them on the headers, before Jolokia runs); trusted ones need Jolokia's CORS
        // answer, which it gives only to origins allowed here.
        return true;
    }

    @Override
    public boolean isObjectNameHidden(ObjectName name) {
        return !ours(name);
    }
}
