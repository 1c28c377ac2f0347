package io.lastmilehub.hub.trackpage;

import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.pod.DocumentStore;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The public tracking page, no credentials: the token in the link is the only key. {@code /track/{token}} is a plain
 * HTML page whose script reads {@code /track/{token}.json} and then follows {@code /track/{token}/events} (Server-Sent
 * Events); the proof's photos and signature are served on the same token. An unknown token is a 404 like any other;
 * a client that tries many unknown tokens is answered 429 for them for the rest of the minute, never for a known one.
 */
@RestController
public class TrackingPageController {

    /** Tokens are URL-safe Base64; anything else (a dot, a slash) is never a token. */
    private static final String TOKEN = "{token:[A-Za-z0-9_-]+}";

    private final String page = resource("trackpage/track.html");
    private final String notFoundPage = resource("trackpage/not-found.html");
    private final TrackingViews views;
    private final TrackingPageUpdates updates;
    private final LookupLimiter limiter;
    private final DocumentStore store;
    private final String contentSecurityPolicy;

    public TrackingPageController(TrackingViews views, TrackingPageUpdates updates, LookupLimiter limiter,
                                  DocumentStore store, TrackingPageProperties settings) {
        this.contentSecurityPolicy = settings.contentSecurityPolicy();
        this.views = views;
        this.updates = updates;
        this.limiter = limiter;
        this.store = store;
    }

    @GetMapping(path = "/track/" + TOKEN, produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page(@PathVariable String token, HttpServletRequest request) {
        return order(token, request).map(order -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .header("Referrer-Policy", "no-referrer")
                        .header("Content-Security-Policy", contentSecurityPolicy).body(page))
                .orElseGet(() -> refused(request).contentType(MediaType.TEXT_HTML).body(notFoundPage));
    }

    @GetMapping(path = "/track/" + TOKEN + ".json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Object> view(@PathVariable String token, HttpServletRequest request) {
        return order(token, request).<ResponseEntity<Object>>map(order -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore()).body(views.view(token, order)))
                .orElseGet(() -> refused(request).contentType(MediaType.APPLICATION_JSON)
                        .body("{\"error\":\"not_found\",\"message\":\"no such tracking link\"}"));
    }

    @GetMapping(path = "/track/" + TOKEN + "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public ResponseEntity<Object> events(@PathVariable String token, HttpServletRequest request) {
        return order(token, request).<ResponseEntity<Object>>map(order -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore()).body(updates.open(token, order)))
                .orElseGet(() -> refused(request).contentType(MediaType.TEXT_PLAIN).body("no such tracking link"));
    }

    /** A photo or signature of the order's proof of delivery. */
    @GetMapping("/track/" + TOKEN + "/documents/{sha256:[0-9a-f]+}")
    public ResponseEntity<Object> document(@PathVariable String token, @PathVariable String sha256,
                                           HttpServletRequest request) throws IOException {
        Optional<OrderEntity> order = order(token, request);
        if (order.isEmpty()) {
            return refused(request).contentType(MediaType.TEXT_PLAIN).body("no such tracking link");
        }
        var document = views.document(order.get(), sha256);
        Optional<InputStream> content = document.isEmpty() ? Optional.empty() : store.open(sha256);
        if (content.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("no such document");
        }
        String type = document.get().getMediaType();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(type == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(type))
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content.get()));
    }

    /**
     * The order of a known token, whoever asks: customers behind one proxy share an address, and a guesser among
     * them must not lock them out. Only misses are counted.
     */
    private Optional<OrderEntity> order(String token, HttpServletRequest request) {
        Optional<OrderEntity> order = views.order(token);
        if (order.isEmpty() && limiter.allows(request.getRemoteAddr())) {
            limiter.failed(request.getRemoteAddr());
        }
        return order;
    }

    /** Not found; once the client tried too many unknown tokens this minute, too many requests. */
    private ResponseEntity.BodyBuilder refused(HttpServletRequest request) {
        return ResponseEntity.status(limiter.allows(request.getRemoteAddr()) ? HttpStatus.NOT_FOUND
                : HttpStatus.TOO_MANY_REQUESTS).cacheControl(CacheControl.noStore());
    }

    private static String resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing " + path, e);
        }
    }
}
