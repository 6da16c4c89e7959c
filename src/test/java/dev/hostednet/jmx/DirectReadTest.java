package dev.hostednet.jmx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.AttributeNotFoundException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;
import javax.management.StandardMBean;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.CompositeDataSupport;
import javax.management.openmbean.CompositeDataView;
import javax.management.openmbean.CompositeType;
import javax.management.openmbean.OpenDataException;
import org.junit.jupiter.api.Test;

/**
 * {@link DescribedMXBean} serves simple reads itself: each must return exactly what the JDK's own MXBean returns for
 * the same object, fail the same way, and only the attributes whose mapping is the identity (or a
 * {@link CompositeDataView}) may skip the JDK's MXBean layers.
 */
class DirectReadTest {

    /** Every kind of attribute type: mapped as is, a view, and ones only the JDK maps. */
    public interface SampleMXBean {
        String getName();

        int getCount();

        long getTotal();

        boolean isOn();

        Long getBoxed();

        Part getPart();

        Part getMissing();

        List<String> getTags();

        Mode getMode();

        String getBroken();

        String getWhere();

        List<String> getWhereMapped();
    }

    /** A mode: enums are mapped to their name by the JDK. */
    public enum Mode { FAST, SLOW }

    /** A composite that builds its own open form, as OutcomeData does. */
    public static final class Part implements CompositeDataView {
        private final String label;

        Part(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }

        public int getSize() {
            return label.length();
        }

        @Override
        public CompositeData toCompositeData(CompositeType ct) {
            try {
                return new CompositeDataSupport(ct, Map.of("label", label, "size", label.length()));
            } catch (OpenDataException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The sample, whose two "Where" getters report whether the JDK's MXBean layers were on the stack. */
    public static final class Sample implements SampleMXBean {
        public String getName() {
            return "hotspot";
        }

        public int getCount() {
            return 7;
        }

        public long getTotal() {
            return 1L << 40;
        }

        public boolean isOn() {
            return true;
        }

        public Long getBoxed() {
            return null;
        }

        public Part getPart() {
            return new Part("wpa2");
        }

        public Part getMissing() {
            return null;
        }

        public List<String> getTags() {
            return List.of("a", "b");
        }

        public Mode getMode() {
            return Mode.SLOW;
        }

        public String getBroken() {
            throw new IllegalStateException("no status yet");
        }

        public String getWhere() {
            return viaJdkMxBean() ? "jdk" : "direct";
        }

        public List<String> getWhereMapped() {
            return List.of(viaJdkMxBean() ? "jdk" : "direct");
        }

        private static boolean viaJdkMxBean() {
            return Arrays.stream(new Throwable().getStackTrace())
                .anyMatch(f -> f.getClassName().startsWith("com.sun.jmx.mbeanserver.ConvertingMethod"));
        }
    }

    private final MBeanServer server = MBeanServerFactory.newMBeanServer();

    @Test
    void everyAttributeReadsAsTheJdksMxBeanReadsIt() throws Exception {
        ObjectName jdk = new ObjectName("test:type=Jdk");
        ObjectName ours = new ObjectName("test:type=Direct");
        server.registerMBean(new StandardMBean(new Sample(), SampleMXBean.class, true), jdk);
        server.registerMBean(DescribedMXBean.of(new Sample(), SampleMXBean.class), ours);
        String[] names = Arrays.stream(server.getMBeanInfo(ours).getAttributes()).map(MBeanAttributeInfo::getName)
            .filter(n -> !n.startsWith("Where")).toArray(String[]::new);
        assertEquals(10, names.length);
        for (String n : names) {
            if (n.equals("Broken")) {
                continue;
            }
            Object expected = server.getAttribute(jdk, n);
            Object actual = server.getAttribute(ours, n);
            if (expected instanceof Object[] e) {
                assertArrayEquals(e, (Object[]) actual, n);
                assertEquals(e.getClass(), actual.getClass(), n);
            } else {
                assertEquals(expected, actual, n);
            }
        }
        assertInstanceOf(CompositeData.class, server.getAttribute(ours, "Part"));
        assertEquals("wpa2", ((CompositeData) server.getAttribute(ours, "Part")).get("label"));
        assertNull(server.getAttribute(ours, "Missing"));
        assertEquals("SLOW", server.getAttribute(ours, "Mode"));

        RuntimeMBeanException jdkFailure = assertThrows(RuntimeMBeanException.class,
            () -> server.getAttribute(jdk, "Broken"));
        RuntimeMBeanException ourFailure = assertThrows(RuntimeMBeanException.class,
            () -> server.getAttribute(ours, "Broken"));
        assertEquals(jdkFailure.getCause().getClass(), ourFailure.getCause().getClass());
        assertEquals("no status yet", ourFailure.getCause().getMessage());
        assertThrows(AttributeNotFoundException.class, () -> server.getAttribute(ours, "Nothing"));

        AttributeList some = server.getAttributes(ours, new String[] {"Name", "Broken", "Part", "Nothing"});
        AttributeList expected = server.getAttributes(jdk, new String[] {"Name", "Broken", "Part", "Nothing"});
        assertEquals(expected.asList().stream().map(Attribute::getName).toList(),
            some.asList().stream().map(Attribute::getName).toList(), "unreadable ones are left out alike");
        assertEquals(List.of("Name", "Part"), some.asList().stream().map(Attribute::getName).toList());
    }

    @Test
    void onlyIdentityMappedAndViewAttributesSkipTheJdkLayers() throws Exception {
        ObjectName ours = new ObjectName("test:type=Direct");
        server.registerMBean(DescribedMXBean.of(new Sample(), SampleMXBean.class), ours);
        assertEquals("direct", server.getAttribute(ours, "Where"));
        assertArrayEquals(new String[] {"jdk"}, (String[]) server.getAttribute(ours, "WhereMapped"));
        assertFalse(server.getMBeanInfo(ours).getAttributes()[0].getDescription().isBlank());
        assertTrue(server.isInstanceOf(ours, SampleMXBean.class.getName()));
    }

    /** An is-getter beside an operation that merely looks like a getter. */
    public interface TrapMXBean {
        boolean isArmed();

        void getArmed();
    }

    /** Counts how often the operation ran. */
    public static final class Trap implements TrapMXBean {
        int operations;

        public boolean isArmed() {
            return true;
        }

        public void getArmed() {
            operations++;
        }
    }

    @Test
    void aReadCallsTheGetterTheJdkMapsNeverAnOperation() throws Exception {
        Trap trap = new Trap();
        ObjectName jdk = new ObjectName("test:type=JdkTrap");
        ObjectName ours = new ObjectName("test:type=DirectTrap");
        server.registerMBean(new StandardMBean(new Trap(), TrapMXBean.class, true), jdk);
        server.registerMBean(DescribedMXBean.of(trap, TrapMXBean.class), ours);
        assertEquals(server.getAttribute(jdk, "Armed"), server.getAttribute(ours, "Armed"));
        assertEquals(Boolean.TRUE, server.getAttribute(ours, "Armed"));
        assertEquals(0, trap.operations, "reading Armed ran the operation getArmed()");
    }
}
