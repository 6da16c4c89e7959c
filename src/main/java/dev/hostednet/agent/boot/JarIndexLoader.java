package dev.hostednet.agent.boot;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The isolated class loader: it reads the agent jar's index once, then loads every class and resource straight
 * from the one open jar. A URLClassLoader over one {@code jar:} URL per dependency directory tries each URL in
 * turn for every class (ten for the last Jolokia module), which made start-up measurably slower. The parent is the
 * platform class loader, so nothing of the host's class path is visible, and nothing of ours to the host.
 *
 * <p>This runs before anything else of the agent, while the JVM is still cold, so it is written for the
 * interpreter: a plain {@link ZipFile} (a {@code JarFile} checks every entry for signatures and versions, three
 * times slower to list here), and no lambdas (the first one in a JVM costs milliseconds to bootstrap). The jar is
 * stored uncompressed: inflating Jolokia's classes cost CPU time and buffers at every start.
 */
final class JarIndexLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final ZipFile jar;
    private final String base;
    private final ProtectionDomain domain;
    /**
     * Class bytes are read into a buffer of the loading thread's and reused, since defineClass copies them: a new
     * array per class (or readAllBytes(), about three per class) is megabytes of garbage over Jolokia's classes,
     * enough to force a collection during the host's start-up. Most classes load on the agent's own threads.
     */
    private final ThreadLocal<byte[]> buffers = new ThreadLocal<>() {
        @Override
        protected byte[] initialValue() {
            return new byte[32 * 1024];
        }
    };
    /** Entry name within a root (class file or resource) to the full names of the entries that provide it. */
    private final Map<String, List<String>> index = new HashMap<>(4096);

    /**
     * @param file the agent jar
     * @param impl the root of our own classes (searched first)
     * @param libs the prefix under which each dependency has a root of its own ({@code libs/NAME/})
     */
    JarIndexLoader(File file, String impl, String libs) throws IOException {
        super("hostednet-agent", ClassLoader.getPlatformClassLoader());
        this.jar = new ZipFile(file);
        this.base = "jar:" + file.toURI() + "!/";
        this.domain = new ProtectionDomain(new CodeSource(file.toURI().toURL(), (Certificate[]) null), null, this,
            null);
        for (Enumeration<? extends ZipEntry> all = jar.entries(); all.hasMoreElements();) {
            ZipEntry e = all.nextElement();
            String n = e.getName();
            int rootEnd = n.startsWith(impl) ? impl.length()
                : n.startsWith(libs) ? n.indexOf('/', libs.length()) + 1 : 0;
            if (!e.isDirectory() && rootEnd > 0) {
                String key = n.substring(rootEnd);
                List<String> providers = index.get(key);
                if (providers == null) {
                    index.put(key, new ArrayList<>(List.of(n)));
                } else {
                    providers.add(n);
                }
            }
        }
        Comparator<String> order = new RootOrder(impl);
        for (List<String> providers : index.values()) {
            if (providers.size() > 1) {
                providers.sort(order);
            }
        }
    }

    /** Our classes win over a dependency's; between dependencies, a fixed (alphabetical) order. */
    private static final class RootOrder implements Comparator<String> {
        private final String impl;

        RootOrder(String impl) {
            this.impl = impl;
        }

        @Override
        public int compare(String a, String b) {
            boolean ownA = a.startsWith(impl);
            return ownA != b.startsWith(impl) ? (ownA ? -1 : 1) : a.compareTo(b);
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        List<String> entries = index.get(name.replace('.', '/') + ".class");
        if (entries == null) {
            throw new ClassNotFoundException(name);
        }
        ZipEntry entry = jar.getEntry(entries.get(0));
        try (InputStream in = jar.getInputStream(entry)) {
            int size = (int) entry.getSize();
            if (size < 0) {
                byte[] b = in.readAllBytes();
                return defineClass(name, b, 0, b.length, domain);
            }
            byte[] b = buffers.get();
            if (b.length < size) {
                b = new byte[size];
                buffers.set(b);
            }
            if (in.readNBytes(b, 0, size) != size) {
                throw new IOException("truncated entry " + entry.getName());
            }
            return defineClass(name, b, 0, size, domain);
        } catch (IOException e) {
            throw new ClassNotFoundException(name + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected URL findResource(String name) {
        List<String> entries = index.get(name);
        return entries == null ? null : url(entries.get(0));
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        List<String> entries = index.getOrDefault(name, List.of());
        List<URL> urls = new ArrayList<>(entries.size());
        for (String e : entries) {
            urls.add(url(e));
        }
        return Collections.enumeration(urls);
    }

    private URL url(String entry) {
        try {
            return new URL(base + entry);
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
