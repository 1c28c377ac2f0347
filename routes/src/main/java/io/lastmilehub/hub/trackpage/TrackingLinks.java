package io.lastmilehub.hub.trackpage;

import io.lastmilehub.hub.orders.TrackingTokens;
import io.lastmilehub.hub.orders.OrderEntity;
import org.springframework.stereotype.Component;

/** The public tracking page link of an order, as the customer gets it in notifications. */
@Component
public class TrackingLinks {

    private final TrackingTokens tokens;
    private final TrackingPageProperties page;

    public TrackingLinks(TrackingTokens tokens, TrackingPageProperties page) {
        this.tokens = tokens;
        this.page = page;
    }

    /** The link of the order's tracking page. */
    public String of(OrderEntity order) {
        return page.link(tokens.tokenOf(order));
    }
}
