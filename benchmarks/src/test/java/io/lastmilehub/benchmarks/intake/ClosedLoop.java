package io.lastmilehub.benchmarks.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop load: a number of clients, each calling as fast as its answers come, for a while. Every call must
 * succeed (a failure ends the run: a rate of failures is no rate). Counts the calls and times each one.
 */
final class ClosedLoop {

    /** One client's connection to the subject; calls come from one thread. */
    interface Client extends AutoCloseable {

        /** One request, answered; {@code sequence} is unique across the clients of a run. */
        void call(int sequence) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** Opens the client with this index (0 to clients - 1). */
    interface Clients {
        Client open(int index) throws Exception;
    }

    private final AtomicInteger sequence;

    /** Sequence numbers continue from {@code first}, so that runs on one subject never repeat a message id. */
    ClosedLoop(int first) {
        this.sequence = new AtomicInteger(first);
    }

    Throughput run(int clients, Duration duration, Clients subject) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long started = System.nanoTime();
            long deadline = started + duration.toNanos();
            List<Future<long[]>> done = new ArrayList<>();
            for (int index = 0; index < clients; index++) {
                int client = index;
                done.add(pool.submit(() -> loop(subject, client, deadline)));
            }
            List<long[]> latencies = new ArrayList<>();
            for (Future<long[]> client : done) {
                latencies.add(client.get());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return Throughput.of(clients, seconds, latencies);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Calls until the deadline; the nanoseconds each call took. */
    private long[] loop(Clients subject, int index, long deadline) throws Exception {
        long[] nanos = new long[1024];
        int calls = 0;
        try (Client client = subject.open(index)) {
            while (System.nanoTime() < deadline) {
                long sent = System.nanoTime();
                client.call(sequence.incrementAndGet());
                if (calls == nanos.length) {
                    nanos = Arrays.copyOf(nanos, calls * 2);
                }
                nanos[calls++] = System.nanoTime() - sent;
            }
        }
        return Arrays.copyOf(nanos, calls);
    }

    /** Calls per second and latency percentiles of one run. */
    record Throughput(int clients, long calls, double seconds, double p50Millis, double p99Millis) {

        static Throughput of(int clients, double seconds, List<long[]> perClient) {
            long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Throughput(clients, all.length, seconds, percentile(all, 0.50), percentile(all, 0.99));
        }

        double rate() {
            return calls / seconds;
        }

        private static double percentile(long[] sorted, double fraction) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] / 1e6;
        }
    }
}
