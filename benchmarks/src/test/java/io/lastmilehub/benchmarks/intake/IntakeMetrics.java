package io.lastmilehub.benchmarks.intake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The intake stage's progress as the hub's metrics show it ({@code /actuator/prometheus}, the shipped config's
 * metrics credential): the embedded broker's gauges of {@code lastmile.orders.received}, messages acknowledged
 * (orders the intake stage took in and committed: RECEIVED published, time zone placed) and messages still waiting.
 */
final class IntakeMetrics {

    private static final String QUEUE_TAG = "queue=\"lastmile.orders.received\"";
    private static final String CREDENTIAL = "prometheus:demo-metrics-secret";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpRequest request;

    IntakeMetrics(int port) {
        request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(CREDENTIAL.getBytes(StandardCharsets.UTF_8))).build();
    }

    /** Acknowledged and waiting messages of the queue, read at one moment. */
    record Queue(long acknowledged, long waiting) {
    }

    Queue read() throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("metrics answered " + answer.statusCode());
        }
        return new Queue(gauge(answer.body(), "artemis_messages_acknowledged"),
                gauge(answer.body(), "artemis_message_count"));
    }

    /** Waits until the queue is empty or the time is up; the messages still waiting. */
    long drain(Duration atMost) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        long waiting = read().waiting();
        while (waiting > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            waiting = read().waiting();
        }
        return waiting;
    }

    private static long gauge(String exposition, String name) {
        for (String line : exposition.split("\n")) {
            if (line.startsWith(name + "{") && line.contains(QUEUE_TAG)) {
                return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new IllegalStateException("no " + name + " of lastmile.orders.received in the hub's metrics");
    }
}
