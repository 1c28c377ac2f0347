package io.lastmilehub.benchmarks.intake;

import io.lastmilehub.benchmarks.inbound.CanonicalOrders;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts canonical orders, one per call, to the hub's inbound path on a port; each must be answered 202. */
final class HttpPoster implements ClosedLoop.Clients {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI uri;
    private final String prefix;

    /** {@code prefix} keeps the message ids of one subject's runs apart from another's. */
    HttpPoster(int port, String prefix) {
        this.uri = URI.create("http://127.0.0.1:" + port + CanonicalOrders.PATH);
        this.prefix = prefix;
    }

    @Override
    public ClosedLoop.Client open(int index) {
        return sequence -> {
            String id = prefix + "-" + sequence;
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("X-Api-Key", CanonicalOrders.KEY).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(CanonicalOrders.orderAcrossTown(id, sequence))).build();
            HttpResponse<String> answer;
            try {
                answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException closedBeforeAnswer) {
                // Tomcat closes a kept-alive connection after 100 requests; a POST sent on it as it closes gets no
                // answer, and Java's client re-sends only idempotent requests. Sending the same order again is safe:
                // the hub answers a repeated message as a duplicate, the bare application stores nothing.
                answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            }
            if (answer.statusCode() != 202) {
                throw new IllegalStateException("order " + id + ": " + answer.statusCode() + " " + answer.body());
            }
        };
    }
}
