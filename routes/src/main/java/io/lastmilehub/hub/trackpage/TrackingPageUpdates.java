package io.lastmilehub.hub.trackpage;

import io.lastmilehub.hub.orders.OrderEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The open tracking pages of this hub instance (Server-Sent Events), by order. Every instance hears every status
 * change and ETA on the broker's topics, so a page gets its updates whichever instance computed them.
 */
@Component
public class TrackingPageUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingPageUpdates.class);
    /** A page's stream is closed after this; the browser's EventSource reconnects by itself. */
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(10);

    private record Listener(String token, SseEmitter emitter) {
    }

    private final Map<String, Set<Listener>> byOrder = new ConcurrentHashMap<>();
    private final TrackingViews views;

    public TrackingPageUpdates(TrackingViews views) {
        this.views = views;
    }

    /** A new stream for a page of the order, starting with the current view. */
    public SseEmitter open(String token, OrderEntity order) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Listener listener = new Listener(token, emitter);
        Set<Listener> listeners = byOrder.computeIfAbsent(order.getId(), id -> new CopyOnWriteArraySet<>());
        listeners.add(listener);
        Runnable remove = () -> listeners.remove(listener);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        send(listener, views.view(token, order));
        return emitter;
    }

    /** Something about the order changed: its open pages get the new view. */
    public void changed(String orderId) {
        Set<Listener> listeners = orderId == null ? null : byOrder.get(orderId);
        if (listeners == null || listeners.isEmpty()) {
            return;
        }
        for (Listener listener : listeners) {
            views.order(listener.token()).ifPresent(order -> send(listener, views.view(listener.token(), order)));
        }
    }

    /** The ETAs of several orders changed (a comma-separated list of their ids): their open pages get new views. */
    public void changedAll(String orderIds) {
        if (orderIds != null) {
            Arrays.stream(orderIds.split(",")).forEach(this::changed);
        }
    }

    private static void send(Listener listener, TrackingView view) {
        try {
            listener.emitter().send(SseEmitter.event().name("view").data(view, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            LOG.debug("tracking page stream closed: {}", gone.getMessage());
            listener.emitter().completeWithError(gone);
        }
    }
}
