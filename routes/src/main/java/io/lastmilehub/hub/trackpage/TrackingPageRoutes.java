package io.lastmilehub.hub.trackpage;

import io.lastmilehub.hub.messaging.Addresses;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Tells the open tracking pages when their order changes: every status change and every live ETA that moved (a plain,
 * non-durable subscription per hub instance: a page that misses one gets the next, and reloads the whole view).
 */
@Component
public class TrackingPageRoutes extends RouteBuilder {

    private final TrackingPageUpdates trackingPageUpdates;

    public TrackingPageRoutes(TrackingPageUpdates trackingPageUpdates) {
        this.trackingPageUpdates = trackingPageUpdates;
    }

    @Override
    public void configure() {
        from("jms:topic:" + Addresses.STATUS + "?transacted=false").routeId("tracking-page-status")
                .bean(trackingPageUpdates, "changed(${header." + Addresses.ORDER_HEADER + "})");
        from("jms:topic:" + Addresses.ETA + "?transacted=false").routeId("tracking-page-eta")
                .bean(trackingPageUpdates, "changedAll(${header." + Addresses.ORDERS_HEADER + "})");
    }
}
