package io.lastmilehub.connectors.geocoding;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * One provider's HTTP side: waits for the rate limiter, sends a GET with the identifying User-Agent and the timeout,
 * and turns every answer but 200 into a {@link GeocodingException} whose message says whether to retry or to fix the
 * configuration.
 */
final class ProviderHttp {

    private static final int MAX_BODY_IN_MESSAGE = 300;

    private final String provider;
    private final String userAgent;
    private final Duration timeout;
    private final RateLimiter rateLimiter;
    private final HttpClient client;

    ProviderHttp(String provider, String userAgent, Duration timeout, RateLimiter rateLimiter) {
        this.provider = provider;
        this.userAgent = userAgent;
        this.timeout = timeout;
        this.rateLimiter = rateLimiter;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Sends a GET and answers the body of a 200 response.
     *
     * @throws GeocodingException for any other status, a timeout, an I/O failure or an interrupt
     */
    String get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", "application/json")
                .build();
        HttpResponse<String> response = send(request);
        int status = response.statusCode();
        if (status == 200) {
            return response.body();
        }
        throw statusException(status, response);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            rateLimiter.acquire();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new GeocodingException(provider + " did not answer within " + timeout + "; retry later", e);
        } catch (IOException e) {
            throw new GeocodingException(provider + " unreachable at " + request.uri().getHost() + ": " + e
                    + "; retry later", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeocodingException("interrupted while waiting for " + provider, e);
        }
    }

    private GeocodingException statusException(int status, HttpResponse<String> response) {
        if (status == 429) {
            String retryAfter = response.headers().firstValue("Retry-After").map(s -> " (Retry-After: " + s + ")")
                    .orElse("");
            return new GeocodingException(provider + " rate-limited the request (HTTP 429)" + retryAfter
                    + "; retry later and check min-interval");
        }
        if (status >= 500) {
            return new GeocodingException(provider + " failed (HTTP " + status + "); retry later");
        }
        if (status >= 400) {
            return new GeocodingException(provider + " refused the request (HTTP " + status + "): the configuration"
                    + " is likely wrong (check base-url, user-agent, email, api-key); it answered: "
                    + excerpt(response.body()));
        }
        return new GeocodingException(provider + " answered with unexpected HTTP " + status);
    }

    /** The start of a body on one line, for an error message. */
    static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_BODY_IN_MESSAGE ? line : line.substring(0, MAX_BODY_IN_MESSAGE) + "...";
    }
}
