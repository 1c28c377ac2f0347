package io.lastmilehub.hub.notify;

import io.lastmilehub.hub.camel.HubErrorHandling;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.messaging.BrokerConsumers;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Customer notifications: the status topic through a durable queue of its own
 * ({@link Addresses#CUSTOMER_NOTIFICATIONS_SUBSCRIPTION}) to {@link CustomerNotifications}, which queues one message
 * per channel; one route per channel sends them, so a channel that is down holds up only its own messages. A failed
 * send is retried with back-off and then kept as a dead letter (hub-errors); a replay goes back to the channel's queue.
 */
@Component
public class NotificationRoutes extends RouteBuilder {

    private final CustomerNotifications customerNotifications;
    private final NotificationLog notificationLog;

    public NotificationRoutes(CustomerNotifications customerNotifications, NotificationLog notificationLog) {
        this.customerNotifications = customerNotifications;
        this.notificationLog = notificationLog;
    }

    @Override
    public void configure() {
        from(BrokerConsumers.subscription(Addresses.STATUS, Addresses.CUSTOMER_NOTIFICATIONS_SUBSCRIPTION))
                .routeId("customer-notifications").routeConfigurationId(HubErrorHandling.ID)
                .bean(customerNotifications, "onStatus");

        for (Channel channel : Channel.values()) {
            from(BrokerConsumers.queue(Addresses.NOTIFICATIONS) + "&selector=RAW(" + Addresses.CHANNEL_HEADER + " = '"
                    + channel.key() + "')")
                    .routeId("notify-" + channel.key()).routeConfigurationId(HubErrorHandling.ID)
                    .onCompletion().bean(notificationLog, "completed").end()
                    .bean(notificationLog, "requireRecorded")
                    .filter(method(notificationLog, "unsent"))
                        .bean(channel.key() + "Sender", "send")
                    .end();
        }
    }
}
