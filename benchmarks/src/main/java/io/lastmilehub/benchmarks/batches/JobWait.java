package io.lastmilehub.benchmarks.batches;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Follows the job a 202 names (a message over the hub's job size) until it is finished, as its sender would. */
final class JobWait {

    private static final Duration POLL = Duration.ofMillis(200);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /**
     * Waits for the job of a 202 body, if it names one, and returns its state (DONE or FAILED), or "stored" when the
     * 202 came once the message was stored.
     */
    String finished(int port, String acceptedBody, Duration timeout) throws IOException, InterruptedException {
        JsonNode accepted = json.readTree(acceptedBody);
        if (!accepted.has("href")) {
            return "stored";
        }
        URI job = URI.create("http://127.0.0.1:" + port + accepted.path("href").asText());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(job).header("X-Api-Key", "demo-key")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode state = json.readTree(answer.body());
            if (state.has("finishedAt")) {
                return state.path("state").asText();
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("job " + job + " not finished within " + timeout);
    }
}
