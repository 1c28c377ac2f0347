package io.lastmilehub.hub.orders;

import io.lastmilehub.pod.Tokens;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracking token of an order. Orders get theirs at intake ({@link OrderEntity}); one stored before tokens
 * existed gets one the first time it is asked for.
 */
@Component
public class TrackingTokens {

    private final OrderRepository orders;

    public TrackingTokens(OrderRepository orders) {
        this.orders = orders;
    }

    @Transactional
    public String tokenOf(OrderEntity order) {
        if (order.getTrackingToken() != null) {
            return order.getTrackingToken();
        }
        OrderEntity stored = orders.findById(order.getId()).orElseThrow();
        if (stored.getTrackingToken() == null) {
            stored.setTrackingToken(Tokens.newToken());
        }
        return stored.getTrackingToken();
    }
}
