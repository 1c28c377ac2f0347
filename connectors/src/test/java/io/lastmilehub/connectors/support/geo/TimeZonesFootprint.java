package io.lastmilehub.connectors.support.geo;

import io.lastmilehub.model.GeoPoint;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Measures what loading the time-zone boundaries costs: start-up time and retained heap of a fresh JVM that loads
 * the whole world, or only Europe, against a fresh JVM that loads nothing. Not a test: run it by hand, with the
 * test class path, from the repository root:
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -pl connectors -am -Dmdep.outputFile=/tmp/cp.txt
 * java -cp "connectors/target/test-classes:connectors/target/classes:$(cat /tmp/cp.txt)" \
 *     io.lastmilehub.connectors.support.geo.TimeZonesFootprint
 * </pre>
 */
public final class TimeZonesFootprint {

    private static final int RUNS = 5;
    private static final BoundingBox EUROPE = new BoundingBox(34, -25, 72, 45);
    private static final List<String> MODES = List.of("empty", "world", "europe");

    private TimeZonesFootprint() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 1) {
            measureHere(args[0]);
            return;
        }
        List<double[]> medians = new ArrayList<>();
        for (String mode : MODES) {
            medians.add(median(mode));
        }
        double[] base = medians.get(0);
        System.out.printf(Locale.ROOT, "%-7s %10s %9s %10s %9s %10s%n", "mode", "wall ms", "x empty", "load ms",
                "heap MB", "x empty");
        for (int i = 0; i < MODES.size(); i++) {
            double[] m = medians.get(i);
            System.out.printf(Locale.ROOT, "%-7s %10.0f %9.1f %10.0f %9.1f %10.1f%n", MODES.get(i), m[0],
                    m[0] / base[0], m[1], m[2], m[2] / base[2]);
        }
    }

    /** Medians over RUNS child JVMs: wall time from start to exit, time spent loading, heap retained. */
    private static double[] median(String mode) throws IOException, InterruptedException {
        List<List<Double>> samples = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        String java = ProcessHandle.current().info().command().orElse("java");
        for (int run = 0; run < RUNS; run++) {
            ProcessBuilder child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    TimeZonesFootprint.class.getName(), mode).redirectError(ProcessBuilder.Redirect.DISCARD);
            long started = System.nanoTime();
            Process process = child.start();
            String[] out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim()
                    .split(" ");
            process.waitFor();
            samples.get(0).add((System.nanoTime() - started) / 1e6);
            samples.get(1).add(Double.parseDouble(out[0]));
            samples.get(2).add(Double.parseDouble(out[1]));
        }
        double[] medians = new double[samples.size()];
        for (int i = 0; i < medians.length; i++) {
            Collections.sort(samples.get(i));
            medians[i] = samples.get(i).get(RUNS / 2);
        }
        return medians;
    }

    /** In the child: load what the mode says, query once, print load time (ms) and heap used after GC (MB). */
    private static void measureHere(String mode) {
        GeoPoint berlin = GeoPoint.builder().latitude(52.52).longitude(13.405).buildUnvalidated();
        long started = System.nanoTime();
        if ("world".equals(mode)) {
            new TimeZones().zoneAt(berlin).orElseThrow();
        } else if ("europe".equals(mode)) {
            new TimeZones(EUROPE).zoneAt(berlin).orElseThrow();
        }
        long loaded = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.println((loaded - started) / 1e6 + " " + used / 1e6);
    }
}
