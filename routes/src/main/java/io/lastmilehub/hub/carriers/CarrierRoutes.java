package io.lastmilehub.hub.carriers;

import io.lastmilehub.hub.camel.HubErrorHandling;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.messaging.BrokerConsumers;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The carriers' own routes: plans give orders to carriers (a durable queue of its own on the cost topic, declared in
 * {@link CarrierBroker}), bookings go to the carrier's API, and verified status webhooks are applied. All use
 * hub-errors: a refused booking or webhook goes straight to the dead-letter store, anything else is retried first.
 */
@Component
public class CarrierRoutes extends RouteBuilder {

    /** Where a verified webhook body is applied; a dead letter replays here. */
    public static final String WEBHOOK = "direct:carrier-webhook";

    private final CarrierAssignments carrierAssignments;
    private final CarrierBookings carrierBookings;
    private final CarrierWebhooks carrierWebhooks;

    public CarrierRoutes(CarrierAssignments carrierAssignments, CarrierBookings carrierBookings,
                         CarrierWebhooks carrierWebhooks) {
        this.carrierAssignments = carrierAssignments;
        this.carrierBookings = carrierBookings;
        this.carrierWebhooks = carrierWebhooks;
    }

    @Override
    public void configure() {
        from(BrokerConsumers.subscription(Addresses.COST, CarrierBroker.ASSIGNMENTS_SUBSCRIPTION))
                .routeId("carrier-assignment")
                .routeConfigurationId(HubErrorHandling.ID)
                .bean(carrierAssignments, "onPlanCost")
                .bean(carrierAssignments, "requestBookings");

        from(BrokerConsumers.queue(CarrierQueues.BOOKINGS)).routeId("carrier-booking")
                .routeConfigurationId(HubErrorHandling.ID)
                .bean(carrierBookings, "book(${header." + CarrierQueues.CARRIER_HEADER + "}, ${header."
                        + Addresses.ORDER_HEADER + "}, ${header." + Addresses.LOG_ENTRY_HEADER + "})");

        from(WEBHOOK).routeId("carrier-webhook").routeConfigurationId(HubErrorHandling.ID)
                .convertBodyTo(byte[].class)
                .bean(carrierWebhooks, "apply(${header." + CarrierQueues.CARRIER_HEADER + "}, ${body})");
    }
}
