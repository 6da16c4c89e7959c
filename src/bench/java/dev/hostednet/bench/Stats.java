package dev.hostednet.bench;

import java.util.Arrays;
import java.util.List;

/** Median, min and max of repeated measurements, and a formatted ratio. */
record Stats(double median, double min, double max) {

    static Stats of(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return new Stats(Double.NaN, Double.NaN, Double.NaN);
        }
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return new Stats(median, v[0], v[v.length - 1]);
    }

    String show(String format) {
        return String.format(format, median) + " (" + String.format(format, min) + "-" + String.format(format, max)
            + ")";
    }

    static String ratio(Stats a, Stats base) {
        return String.format("x%.2f", a.median / base.median);
    }

    @Override
    public String toString() {
        return Arrays.toString(new double[] {median, min, max});
    }
}
