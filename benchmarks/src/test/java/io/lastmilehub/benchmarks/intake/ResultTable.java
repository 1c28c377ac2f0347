package io.lastmilehub.benchmarks.intake;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The harness's summary: per number of clients, the baselines, then each hub with its ratios to them. */
record ResultTable(List<Integer> clients, Map<Integer, ClosedLoop.Throughput> http,
                   Map<Integer, ClosedLoop.Throughput> artemis, Map<String, Map<Integer, HubStep>> hubs) {

    void print() {
        System.out.println("| clients | subject | accepted/s | p50 ms | p99 ms | RECEIVED/s | RECEIVED/accepted "
                + "| waiting at end | CPU ms/order | / raw Artemis | / raw HTTP |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (int count : clients) {
            baseline(count, "raw HTTP (bare Spring Boot)", http.get(count));
            baseline(count, "raw Artemis (committing producers)", artemis.get(count));
            hubs.forEach((name, steps) -> {
                HubStep step = steps.get(count);
                ClosedLoop.Throughput accepted = step.accepted();
                System.out.printf(Locale.ROOT, "| %d | %s | %.0f | %.1f | %.1f | %.0f | %.2f | %d | %.2f | %.2f | %.2f "
                        + "|%n", count, name, accepted.rate(), accepted.p50Millis(), accepted.p99Millis(),
                        step.receivedPerSecond(), step.receivedShare(), step.backlog(), step.cpuMillisPerOrder(),
                        accepted.rate() / artemis.get(count).rate(), accepted.rate() / http.get(count).rate());
            });
        }
    }

    private static void baseline(int count, String name, ClosedLoop.Throughput measured) {
        System.out.printf(Locale.ROOT, "| %d | %s | %.0f | %.1f | %.1f | | | | | | |%n", count, name, measured.rate(),
                measured.p50Millis(), measured.p99Millis());
    }
}
