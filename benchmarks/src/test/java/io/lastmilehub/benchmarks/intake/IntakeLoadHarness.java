package io.lastmilehub.benchmarks.intake;

import io.lastmilehub.benchmarks.startup.JarStart;
import io.lastmilehub.benchmarks.startup.Options;
import io.lastmilehub.benchmarks.startup.Subject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The intake load benchmark (docs/performance.md, Intake throughput). In one run, one after the other:
 * <ol>
 *   <li>raw HTTP: the bare Spring Boot web application ({@code benchmarks/target/bare-web.jar}) answering 202 to the
 *   same posts, storing nothing;</li>
 *   <li>raw Artemis: a broker embedded in this JVM with a persistent journal, producers committing one message
 *   each;</li>
 *   <li>the packaged hub, started as the README says from a copy of {@code config/} on free ports (and, with
 *   {@code --compare other.jar}, a second build of it), fed canonical JSON orders over HTTP.</li>
 * </ol>
 * Each at 1, 4 and 16 clients ({@code --clients}) for {@code --seconds} each, after a warm-up. On the hub it also
 * reads, from its metrics, how many orders the intake stage took in over each step (the end-to-end RECEIVED rate)
 * and how many it left waiting, then waits for them (at most {@code --drain} seconds) before the next step. Prints a
 * table with the hub's rates as fractions of the baselines'. {@code --timeout}: seconds a jar may take to start.
 * From the repository root, after packaging (or with one command, see docs/performance.md):
 *
 * <pre>
 * java -cp benchmarks/target/test-classes:benchmarks/target/classes:&lt;test class path&gt;
 *     io.lastmilehub.benchmarks.intake.IntakeLoadHarness [--clients 1,4,16] [--seconds 20] [--warm-up 10]
 *     [--drain 60] [--hub routes/target/lastmile-hub.jar] [--config config]
 *     [--baseline benchmarks/target/bare-web.jar] [--compare other-hub.jar] [--timeout 1200]
 * </pre>
 */
public final class IntakeLoadHarness {

    private static final int WARM_UP_CLIENTS = 4;

    private final List<Integer> clients;
    private final Duration step;
    private final Duration warmUp;
    private final Duration drain;

    private IntakeLoadHarness(List<Integer> clients, Duration step, Duration warmUp, Duration drain) {
        this.clients = clients;
        this.step = step;
        this.warmUp = warmUp;
        this.drain = drain;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, Map.of("clients", "1,4,16", "seconds", "20", "warm-up",
                "10", "drain", "60", "hub", "routes/target/lastmile-hub.jar", "config", "config",
                "baseline", "benchmarks/target/bare-web.jar", "compare", "", "timeout", "1200"));
        IntakeLoadHarness harness = new IntakeLoadHarness(
                Arrays.stream(options.get("clients").split(",")).map(String::trim).map(Integer::valueOf).toList(),
                seconds(options.get("seconds")), seconds(options.get("warm-up")), seconds(options.get("drain")));
        Path config = Path.of(options.get("config"));
        List<Subject> hubs = new ArrayList<>(List.of(Subject.hub("hub", absolute(options.get("hub")), config)));
        if (!options.get("compare").isEmpty()) {
            hubs.add(Subject.hub("compared", absolute(options.get("compare")), config));
        }
        JarStart starter = new JarStart(Duration.ZERO, seconds(options.get("timeout")));

        System.out.printf("%d cores, load average %s; %s s per step after a %s s warm-up%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), harness.step.toSeconds(),
                harness.warmUp.toSeconds());
        Map<Integer, ClosedLoop.Throughput> http = harness.bareHttp(starter,
                Subject.baseline(absolute(options.get("baseline"))));
        Map<Integer, ClosedLoop.Throughput> artemis = harness.rawArtemis();
        Map<String, Map<Integer, HubStep>> results = new LinkedHashMap<>();
        for (Subject hub : hubs) {
            results.put(hub.name(), harness.hub(starter, hub));
        }
        System.out.printf("load average after: %s%n", loadAverage());
        new ResultTable(harness.clients, http, artemis, results).print();
    }

    private Map<Integer, ClosedLoop.Throughput> bareHttp(JarStart starter, Subject bare) throws Exception {
        try (JarStart.Running running = starter.start(bare)) {
            HttpPoster poster = new HttpPoster(running.ports().http(), "bare");
            ClosedLoop loop = new ClosedLoop(0);
            loop.run(WARM_UP_CLIENTS, warmUp, poster);
            Map<Integer, ClosedLoop.Throughput> rates = new LinkedHashMap<>();
            for (int count : clients) {
                rates.put(count, report("raw HTTP", loop.run(count, step, poster)));
            }
            return rates;
        }
    }

    private Map<Integer, ClosedLoop.Throughput> rawArtemis() throws Exception {
        Path dataDir = Files.createTempDirectory("raw-artemis-");
        try (RawArtemis broker = new RawArtemis(dataDir)) {
            ClosedLoop loop = new ClosedLoop(0);
            loop.run(WARM_UP_CLIENTS, warmUp, broker);
            Map<Integer, ClosedLoop.Throughput> rates = new LinkedHashMap<>();
            for (int count : clients) {
                rates.put(count, report("raw Artemis", loop.run(count, step, broker)));
            }
            return rates;
        } finally {
            delete(dataDir);
        }
    }

    private Map<Integer, HubStep> hub(JarStart starter, Subject hub) throws Exception {
        try (JarStart.Running running = starter.start(hub)) {
            HttpPoster poster = new HttpPoster(running.ports().http(), hub.name());
            IntakeMetrics metrics = new IntakeMetrics(running.ports().http());
            ProcessHandle process = running.process().toHandle();
            ClosedLoop loop = new ClosedLoop(0);
            // The first orders also read the time-zone boundaries and warm the JIT.
            loop.run(WARM_UP_CLIENTS, warmUp, poster);
            metrics.drain(drain);
            Map<Integer, HubStep> steps = new LinkedHashMap<>();
            for (int count : clients) {
                IntakeMetrics.Queue before = metrics.read();
                double cpuBefore = cpuMillis(process);
                ClosedLoop.Throughput accepted = loop.run(count, step, poster);
                IntakeMetrics.Queue after = metrics.read();
                double cpu = cpuMillis(process) - cpuBefore;
                HubStep result = new HubStep(accepted,
                        (after.acknowledged() - before.acknowledged()) / accepted.seconds(), after.waiting(),
                        cpu / accepted.calls());
                report(hub.name(), accepted);
                System.out.printf(Locale.ROOT, "    intake took in %.0f/s, %d waiting at the end; %d left after "
                        + "waiting up to %d s%n", result.receivedPerSecond(), result.backlog(),
                        metrics.drain(drain), drain.toSeconds());
                steps.put(count, result);
            }
            return steps;
        }
    }

    private static ClosedLoop.Throughput report(String subject, ClosedLoop.Throughput measured) {
        System.out.printf(Locale.ROOT, "%-12s %2d clients: %7.0f/s  p50 %6.1f ms  p99 %6.1f ms%n", subject,
                measured.clients(), measured.rate(), measured.p50Millis(), measured.p99Millis());
        return measured;
    }

    private static double cpuMillis(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
    }

    private static Duration seconds(String value) {
        return Duration.ofSeconds(Long.parseLong(value));
    }

    private static Path absolute(String path) {
        return Path.of(path).toAbsolutePath();
    }

    private static String loadAverage() throws java.io.IOException {
        return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    }

    private static void delete(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
