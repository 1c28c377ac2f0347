package io.lastmilehub.benchmarks.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One message posted to a started hub's inbound endpoint, timed until its answer. */
public final class InboundPost {

    private InboundPost() {
    }

    /** Posts a message as the demo tenant and returns the seconds until the answer, which must be a 202. */
    public static double answerSeconds(int port, String format, String contentType, byte[] body, Duration timeout)
            throws IOException, InterruptedException {
        return accepted(port, format, contentType, body, timeout).seconds();
    }

    /** Posts a message as the demo tenant and returns its answer, which must be a 202, and the seconds it took. */
    public static Accepted accepted(int port, String format, String contentType, byte[] body, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/inbound/"
                        + format)).timeout(timeout).header("X-Api-Key", "demo-key").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long sent = System.nanoTime();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - sent) / 1e9;
        if (answer.statusCode() != 202) {
            throw new IllegalStateException(format + " answered " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(answer.body().length(), 500)));
        }
        return new Accepted(seconds, answer.body());
    }

    /** A 202: the seconds until it came, and its body (the stored message, or the job that will store it). */
    public record Accepted(double seconds, String body) {
    }
}
