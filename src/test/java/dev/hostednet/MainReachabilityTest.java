package dev.hostednet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.agent.boot.AgentBootstrap;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Main holds what runs: every class compiled from src/main is reachable from the agent's entry points (the
 * manifest's AgentBootstrap: premain, agentmain and main). A class only tests use belongs in src/test. Edges are
 * read from the class files' constant pools: class references, descriptors and signatures, and string constants
 * naming a class, which is how the bootstrap and the backend factory load the implementation by name.
 */
class MainReachabilityTest {

    private static final Pattern NAME = Pattern.compile("dev[/.]hostednet[/.][A-Za-z0-9_/.$]+");

    @Test
    void everyMainClassIsReachableFromTheEntryPoints() throws Exception {
        Path classes = Path.of(AgentBootstrap.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, Set<String>> edges = new HashMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('\\', '/').replaceAll("\\.class$", "");
                try (InputStream in = Files.newInputStream(f)) {
                    edges.put(name, references(in));
                }
            }
        }
        assertTrue(edges.containsKey("dev/hostednet/agent/boot/AgentBootstrap"), "compiled main classes: " + classes);
        Set<String> reached = reach("dev/hostednet/agent/boot/AgentBootstrap", edges);
        Set<String> unreached = new TreeSet<>(edges.keySet());
        unreached.removeAll(reached);
        assertEquals(Set.of(), unreached, "classes in src/main that the agent never reaches (move them to src/test"
            + " or delete them)");
    }

    private static Set<String> reach(String root, Map<String, Set<String>> edges) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of(root));
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (edges.containsKey(c) && seen.add(c)) {
                todo.addAll(edges.get(c));
                // A nested class is reached with its outer class only if named; its outer class always is.
                int dollar = c.lastIndexOf('$');
                if (dollar > 0) {
                    todo.add(c.substring(0, dollar));
                }
            }
        }
        return seen;
    }

    /** @return every dev.hostednet class a class file names, in internal form */
    static Set<String> references(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        in.readInt(); // magic
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        Set<String> found = new HashSet<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> {
                    Matcher m = NAME.matcher(in.readUTF());
                    while (m.find()) {
                        found.add(m.group().replace('.', '/'));
                    }
                }
                case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // eight-byte constants take two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return found;
    }
}
