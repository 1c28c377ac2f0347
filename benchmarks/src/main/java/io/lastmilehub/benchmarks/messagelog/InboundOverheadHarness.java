package io.lastmilehub.benchmarks.messagelog;

import io.lastmilehub.benchmarks.inbound.CanonicalOrders;
import io.lastmilehub.benchmarks.startup.JarStart;
import io.lastmilehub.benchmarks.startup.Options;
import io.lastmilehub.benchmarks.startup.Subject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The message log's overhead on inbound throughput (docs/message-log.md): the packaged hub started with
 * {@code lastmile.message-log.enabled} true, then false, alternately, in one session; each time a warm-up, then
 * canonical JSON orders posted to {@code /api/v1/inbound/canonical-json} by a few clients at once, each answered 202
 * (stored and enqueued). Prints messages per second of each run and the ratio of the medians. From the repository
 * root, after packaging the hub:
 *
 * <pre>
 * java -cp benchmarks/target/classes io.lastmilehub.benchmarks.messagelog.InboundOverheadHarness [--rounds 2]
 *     [--messages 1000] [--warm-up 200] [--clients 4] [--hub routes/target/lastmile-hub.jar] [--config config]
 * </pre>
 */
public final class InboundOverheadHarness {

    private InboundOverheadHarness() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, Map.of("rounds", "2", "messages", "1000", "warm-up", "200",
                "clients", "4", "hub", "routes/target/lastmile-hub.jar", "config", "config"));
        Subject hub = Subject.hub("hub", Path.of(options.get("hub")).toAbsolutePath(), Path.of(options.get("config")));
        List<Subject> subjects = List.of(hub.with("log-on", "--lastmile.message-log.enabled=true"),
                hub.with("log-off", "--lastmile.message-log.enabled=false"));
        JarStart starter = new JarStart(Duration.ZERO, Duration.ofMinutes(10));
        int messages = Integer.parseInt(options.get("messages"));
        int warmUp = Integer.parseInt(options.get("warm-up"));
        int clients = Integer.parseInt(options.get("clients"));
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        for (int round = 1; round <= Integer.parseInt(options.get("rounds")); round++) {
            for (Subject subject : subjects) {
                try (JarStart.Running running = starter.start(subject)) {
                    Poster poster = new Poster(running.ports().http(), subject.name() + "-" + round, clients);
                    poster.post(warmUp);
                    double rate = poster.post(messages);
                    rates.computeIfAbsent(subject.name(), name -> new ArrayList<>()).add(rate);
                    System.out.printf("round %d %-7s %7.1f messages/s%n", round, subject.name(), rate);
                }
            }
        }
        double on = median(rates.get("log-on"));
        double off = median(rates.get("log-off"));
        System.out.printf("median log-on %.1f/s, log-off %.1f/s: with the log %.1f%% slower%n", on, off,
                (off - on) / off * 100);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Posts distinct orders from several clients at once and tells the rate of 202s. */
    private static final class Poster {

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final URI uri;
        private final String prefix;
        private final int clients;
        private final AtomicInteger sequence = new AtomicInteger();

        Poster(int port, String prefix, int clients) {
            this.uri = URI.create("http://127.0.0.1:" + port + CanonicalOrders.PATH);
            this.prefix = prefix;
            this.clients = clients;
        }

        double post(int count) throws Exception {
            AtomicInteger left = new AtomicInteger(count);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                long started = System.nanoTime();
                List<Future<Void>> done = new ArrayList<>();
                for (int client = 0; client < clients; client++) {
                    done.add(pool.submit(() -> {
                        while (left.getAndDecrement() > 0) {
                            postOne();
                        }
                        return null;
                    }));
                }
                for (Future<Void> client : done) {
                    client.get();
                }
                return count / ((System.nanoTime() - started) / 1e9);
            } finally {
                pool.shutdown();
            }
        }

        private void postOne() throws IOException, InterruptedException {
            String id = prefix + "-" + sequence.incrementAndGet();
            HttpRequest request = HttpRequest.newBuilder(uri).header("X-Api-Key", CanonicalOrders.KEY)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(CanonicalOrders.order(id))).build();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 202) {
                throw new IllegalStateException("order " + id + ": " + answer.statusCode() + " " + answer.body());
            }
        }
    }
}
