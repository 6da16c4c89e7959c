package dev.hostednet.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hostednet.examples.ConsoleBlocks;
import dev.hostednet.examples.ConsoleBlocks.Step;
import dev.hostednet.wlan.simulated.SimulatedHostedNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanOperationInfo;
import org.jolokia.json.parser.JSONParser;
import org.junit.jupiter.api.Test;

/**
 * The documents cover the MBean as it is: the read-all example answers with every attribute the MBean has, and the
 * README names every operation. An attribute or operation added without its documentation fails here.
 */
class DocumentedMBeanTest {

    @Test
    void theReadAllExampleShowsEveryAttributeAndTheReadmeEveryOperation() throws Exception {
        try (Fixture f = new Fixture(SimulatedHostedNetwork.open(), MBeanSettings.defaults())) {
            MBeanInfo info = f.server.getMBeanInfo(f.name);
            Set<String> attributes = new TreeSet<>(Arrays.stream(info.getAttributes())
                .map(MBeanAttributeInfo::getName).toList());
            Step readAll = ConsoleBlocks.steps(Path.of("examples/jolokia/README.md")).stream()
                .filter(s -> s.command().contains("read-all.json")).findFirst().orElseThrow();
            Map<?, ?> answer = (Map<?, ?>) new JSONParser().parse(String.join("\n", readAll.output()));
            Set<String> shown = new TreeSet<>(((Map<?, ?>) answer.get("value")).keySet().stream()
                .map(String::valueOf).toList());
            assertEquals(attributes, shown, readAll.where() + " shows other attributes than the MBean has");

            String readme = Files.readString(Path.of("README.md"));
            List<String> missing = Arrays.stream(info.getOperations()).map(MBeanOperationInfo::getName)
                .filter(op -> !readme.contains("`" + op + "`")).toList();
            assertFalse(info.getOperations().length == 0);
            assertEquals(List.of(), missing, "operations the README does not name");
        }
    }
}
