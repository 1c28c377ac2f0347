package io.lastmilehub.benchmarks.startup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The start-up benchmark (docs/performance.md): starts the packaged hub and, as the baseline, a bare Spring Boot web
 * application the same way, alternately, several times each, and prints time to ready, CPU time to ready and idle RSS
 * (median, min, max) and the hub's figures as multiples of the baseline's. Both run in the same session so that a
 * busy machine slows both. {@code --compare other.jar} adds another build of the hub (e.g. the one before a change)
 * to the same session. From the repository root, after packaging both jars:
 *
 * <pre>
 * java -cp benchmarks/target/classes io.lastmilehub.benchmarks.startup.StartupHarness [--runs 5] [--warm-up 1]
 *     [--settle 5] [--timeout 600] [--hub routes/target/lastmile-hub.jar] [--config config]
 *     [--baseline benchmarks/target/bare-web.jar] [--compare other-hub.jar]
 * </pre>
 */
public final class StartupHarness {

    private StartupHarness() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = Options.parse(args, Map.of("runs", "5", "warm-up", "1", "settle", "5",
                "timeout", "600", "hub", "routes/target/lastmile-hub.jar", "config", "config",
                "baseline", "benchmarks/target/bare-web.jar", "compare", ""));
        int runs = Integer.parseInt(options.get("runs"));
        int warmUps = Integer.parseInt(options.get("warm-up"));
        JarStart starter = new JarStart(Duration.ofSeconds(Long.parseLong(options.get("settle"))),
                Duration.ofSeconds(Long.parseLong(options.get("timeout"))));
        Path config = Path.of(options.get("config"));
        List<Subject> subjects = new ArrayList<>(List.of(Subject.baseline(absolute(options.get("baseline"))),
                Subject.hub("hub", absolute(options.get("hub")), config)));
        if (!options.get("compare").isEmpty()) {
            subjects.add(Subject.hub("compared", absolute(options.get("compare")), config));
        }

        System.out.printf("load average before: %s; %d warm-up and %d measured starts each%n",
                ProcStatus.loadAverage(), warmUps, runs);
        for (int i = 0; i < warmUps; i++) {
            for (Subject subject : subjects) {
                starter.measure(subject);
            }
        }
        Map<Subject, List<Measurement>> results = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            for (Subject subject : subjects) {
                Measurement measured = starter.measure(subject);
                results.computeIfAbsent(subject, s -> new ArrayList<>()).add(measured);
                System.out.printf("run %d %-8s ready %6.1f s  cpu %6.1f s  rss %6.0f MB%n", run, subject.name(),
                        measured.readySeconds(), measured.cpuSeconds(), measured.rssMegabytes());
            }
        }
        System.out.printf("load average after: %s%n", ProcStatus.loadAverage());
        print(results, subjects.get(0));
    }

    private static Path absolute(String path) {
        return Path.of(path).toAbsolutePath();
    }

    private static void print(Map<Subject, List<Measurement>> results, Subject baseline) {
        System.out.println("median min max: ready s                 cpu s                   idle RSS MB");
        for (Subject subject : results.keySet()) {
            List<Measurement> runs = results.get(subject);
            System.out.printf("%-14s %s   %s   %s%n", subject.name(),
                    Figures.of(runs, Measurement::readySeconds).format(),
                    Figures.of(runs, Measurement::cpuSeconds).format(),
                    Figures.of(runs, Measurement::rssMegabytes).format());
        }
        List<Measurement> baseRuns = results.get(baseline);
        for (Subject hub : results.keySet()) {
            if (hub != baseline) {
                List<Measurement> hubRuns = results.get(hub);
                System.out.printf("%s / %s (medians): ready x%.2f, cpu x%.2f, idle RSS x%.2f%n", hub.name(),
                        baseline.name(), ratio(hubRuns, baseRuns, Measurement::readySeconds),
                        ratio(hubRuns, baseRuns, Measurement::cpuSeconds),
                        ratio(hubRuns, baseRuns, Measurement::rssMegabytes));
            }
        }
    }

    private static double ratio(List<Measurement> hub, List<Measurement> baseline,
                                ToDoubleFunction<Measurement> figure) {
        return Figures.of(hub, figure).median() / Figures.of(baseline, figure).median();
    }
}
