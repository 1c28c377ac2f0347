package io.lastmilehub.hub.notify;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * POSTs JSON to a receiver outside the hub (webhook, SMS provider). Anything but a 2xx answer, a timeout or a
 * broken connection is thrown, so the route retries and then dead-letters the notification.
 */
@Component
public class HttpPosts {

    private static final int MAX_ERROR_BODY = 300;

    /** HTTP/1.1: plain-http receivers need not understand an h2c upgrade (some servers stall on one). */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    void postJson(URI url, Duration timeout, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(url + " cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while posting to " + url, e);
        }
        if (response.statusCode() / 100 != 2) {
            String answer = response.body() == null ? "" : response.body();
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": "
                    + answer.substring(0, Math.min(answer.length(), MAX_ERROR_BODY)));
        }
    }
}
