package io.lastmilehub.benchmarks.batches;

import io.lastmilehub.benchmarks.startup.InboundPost;
import io.lastmilehub.benchmarks.startup.JarStart;
import io.lastmilehub.benchmarks.startup.Options;
import io.lastmilehub.benchmarks.startup.Subject;
import io.lastmilehub.benchmarks.wms.WmsCsvHarness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The large-batch benchmark (docs/performance.md, "Batches"): starts a build of the hub and sends it one message of
 * many orders in each of three formats, canonical JSON, EDIFACT IFTMIN (one UNH per order) and WMS CSV (rows), timing
 * each until its {@code 202} and, when the 202 names a job, until the job is finished (the orders stored). With {@code --compare before.jar} the same messages then go to that build, started
 * afresh in the same session, so the table has a baseline measured under the same load. From the repository root,
 * after packaging the hub:
 *
 * <pre>
 * java -cp benchmarks/target/classes io.lastmilehub.benchmarks.batches.BatchHarness [--orders 10000]
 *     [--hub routes/target/lastmile-hub.jar] [--config config] [--compare before.jar] [--timeout 900]
 * </pre>
 */
public final class BatchHarness {

    private BatchHarness() {
    }

    /** One message of a batch format, as posted to {@code /api/v1/inbound/{format}}. */
    record Batch(String name, String format, String contentType, byte[] body) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = Options.parse(args, Map.of("orders", "10000", "hub",
                "routes/target/lastmile-hub.jar", "config", "config", "compare", "", "timeout", "900"));
        int orders = Integer.parseInt(options.get("orders"));
        Duration timeout = Duration.ofSeconds(Long.parseLong(options.get("timeout")));
        Path config = Path.of(options.get("config"));
        List<Batch> batches = List.of(
                new Batch("canonical JSON, " + orders + " orders", "canonical-json", "application/json",
                        BatchMessages.canonicalJson(orders)),
                new Batch("EDIFACT IFTMIN, " + orders + " messages", "edifact", "application/edifact",
                        BatchMessages.edifact(orders)),
                new Batch("WMS CSV, " + orders + " rows", "wms-csv", "text/csv; charset=UTF-8",
                        WmsCsvHarness.confirmations(orders).getBytes(StandardCharsets.UTF_8)));
        JarStart starter = new JarStart(Duration.ZERO, timeout);
        List<Timing> after = timed(starter, Subject.hub("hub", Path.of(options.get("hub")).toAbsolutePath(), config),
                batches, timeout);
        List<Timing> before = options.get("compare").isEmpty() ? List.of() : timed(starter, Subject.hub("compared",
                Path.of(options.get("compare")).toAbsolutePath(), config), batches, timeout);
        System.out.println("| message | size | compared: 202 | compared: stored | this build: 202 | this build: "
                + "stored | ratio of 202 | ratio of stored |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (int i = 0; i < batches.size(); i++) {
            Timing now = after.get(i);
            Timing then = before.isEmpty() ? null : before.get(i);
            System.out.printf(Locale.ROOT, "| %s | %d kB | %s | %s | %.1f s | %.1f s | %s | %s |%n",
                    batches.get(i).name(), batches.get(i).body().length / 1024,
                    then == null ? "-" : seconds(then.accepted()), then == null ? "-" : seconds(then.stored()),
                    now.accepted(), now.stored(), then == null ? "-" : ratio(now.accepted(), then.accepted()),
                    then == null ? "-" : ratio(now.stored(), then.stored()));
        }
    }

    /** Seconds until the 202, and until the message was stored (the same when the 202 waited for it). */
    record Timing(double accepted, double stored) {
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f s", value);
    }

    private static String ratio(double now, double then) {
        return String.format(Locale.ROOT, "%.2f", now / then);
    }

    /**
     * Starts the jar, sends it each batch once, in turn (each after the last is stored), stops it, and returns the
     * seconds until each answer and until each was stored.
     */
    private static List<Timing> timed(JarStart starter, Subject subject, List<Batch> batches, Duration timeout)
            throws IOException, InterruptedException {
        List<Timing> timings = new ArrayList<>();
        JobWait jobs = new JobWait();
        try (JarStart.Running running = starter.start(subject)) {
            for (Batch batch : batches) {
                long sent = System.nanoTime();
                InboundPost.Accepted accepted;
                String outcome;
                try {
                    accepted = InboundPost.accepted(running.ports().http(), batch.format(), batch.contentType(),
                            batch.body(), timeout);
                    outcome = jobs.finished(running.ports().http(), accepted.body(), timeout);
                } catch (IllegalStateException notAccepted) {
                    System.out.println(subject.name() + ", " + batch.name() + ": " + notAccepted.getMessage());
                    timings.add(new Timing(Double.NaN, Double.NaN));
                    continue;
                }
                timings.add(new Timing(accepted.seconds(), (System.nanoTime() - sent) / 1e9));
                // Each figure as it comes: a run on a loaded machine takes long.
                System.out.printf(Locale.ROOT, "%s, %s: 202 after %.1f s, %s after %.1f s%n", subject.name(),
                        batch.name(), accepted.seconds(), outcome, timings.get(timings.size() - 1).stored());
            }
        }
        return timings;
    }
}
