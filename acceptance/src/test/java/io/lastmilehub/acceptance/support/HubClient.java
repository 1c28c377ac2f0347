package io.lastmilehub.acceptance.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * What a system integrating with the hub does over HTTP: plain requests with the tenant's API key in
 * {@code X-Api-Key}, or none for the public endpoints.
 */
public final class HubClient {

    /** The demo credential of the shipped config/application.yaml, as the README gives it. */
    public static final String DEMO_KEY = "demo-key";
    /** What curl sends with {@code -d} or {@code --data-binary} unless told otherwise. */
    public static final String CURL_DEFAULT_TYPE = "application/x-www-form-urlencoded";
    public static final String JSON = "application/json";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String apiKey;

    public HubClient(HubProcess hub) {
        this(hub.baseUrl(), DEMO_KEY);
    }

    /** {@code apiKey} null: a client that sends no credentials. */
    public HubClient(URI base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
    }

    /**
     * Any method, with this body and Content-Type and Authorization header (each left out when null), and the key of
     * the client if it has one.
     */
    public HttpResponse<String> send(String method, String path, String contentType, byte[] body,
                                     String authorization) {
        HttpRequest.Builder request = request(path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The status of a GET whose body does not end (an event stream): read once the headers came, then closed. */
    public int streamStatus(String path) {
        HttpResponse<InputStream> response = send(request(path).GET(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream ignored = response.body()) {
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A GET without credentials, as a device or a customer's browser sends it. */
    public HttpResponse<String> getPublic(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Follows a public event stream (a tracking page's Server-Sent Events) as a browser does, without credentials:
     * every line received is added to {@code lines} (a thread-safe list) until the stream ends.
     */
    public void followPublic(String path, List<String> lines) {
        http.sendAsync(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(lines::add));
    }

    /** A POST of the raw bytes with this Content-Type. */
    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST whose sender asks for a job (RFC 7240 {@code Prefer: respond-async}) instead of waiting for storage. */
    public HttpResponse<String> postPreferringAsync(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).header("Prefer", "respond-async")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return post(path, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> postMultipart(String path, Multipart form) {
        return post(path, form.contentType(), form.body());
    }

    /** The body of an answer as JSON. */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** The JSON of a GET that must answer 200. */
    public JsonNode getJson(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json(response);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        return apiKey == null ? request : request.header("X-Api-Key", apiKey);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
