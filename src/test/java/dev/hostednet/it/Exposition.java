package dev.hostednet.it;

import java.util.HashMap;
import java.util.Map;

/**
 * One scrape of a Prometheus text exposition (format 0.0.4, what jmx_exporter answers a client that asks for no
 * other): each family's type, and each sample's value under its name and labels as written.
 *
 * @param types family name to type, from the {@code # TYPE} lines
 * @param samples {@code name} or {@code name{labels}} to value
 */
record Exposition(Map<String, String> types, Map<String, Double> samples) {

    static Exposition parse(String text) {
        Map<String, String> types = new HashMap<>();
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                String[] p = line.split(" ");
                types.put(p[2], p[3]);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                // Label values may hold spaces; the value is what follows the last one.
                int cut = line.lastIndexOf(' ');
                samples.put(line.substring(0, cut), Double.valueOf(line.substring(cut + 1)));
            }
        }
        return new Exposition(Map.copyOf(types), Map.copyOf(samples));
    }

    /** @return the sample's value; fails naming what was there when it is missing */
    double value(String sample) {
        Double v = samples.get(sample);
        if (v == null) {
            throw new AssertionError("no sample " + sample + " in " + new java.util.TreeMap<>(samples).keySet());
        }
        return v;
    }
}
