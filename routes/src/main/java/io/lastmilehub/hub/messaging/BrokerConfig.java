package io.lastmilehub.hub.messaging;

import io.lastmilehub.hub.config.HubProperties;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded broker: a network acceptor for systems outside the hub when configured, the hub's own durable
 * subscriptions, and the broker's dead-letter address for messages a consumer rolled back too often.
 */
@Configuration
public class BrokerConfig {

    @Bean
    ArtemisConfigurationCustomizer hubBrokerSettings(HubProperties properties) {
        return configuration -> {
            String acceptor = properties.broker().acceptorUrl();
            if (!acceptor.isBlank()) {
                try {
                    configuration.addAcceptorConfiguration("network", acceptor);
                } catch (Exception e) {
                    throw new IllegalStateException("Invalid lastmile.broker.acceptor-url " + acceptor, e);
                }
            }
            subscribe(configuration, Addresses.STATUS, Addresses.SAP_STATUS_SUBSCRIPTION);
            subscribe(configuration, Addresses.COST, Addresses.SAP_COST_SUBSCRIPTION);
            subscribe(configuration, Addresses.STATUS, Addresses.CUSTOMER_NOTIFICATIONS_SUBSCRIPTION);
            configuration.addAddressSetting("lastmile.#", new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of("DLQ"))
                    .setMaxDeliveryAttempts(10)
                    .setAutoCreateDeadLetterResources(true));
        };
    }

    /**
     * A durable queue of its own on a topic's address, consumed as {@code address::queue}: it keeps what is
     * published while its consumer is down, and several hub instances compete for it. Declared here because a
     * consumer would auto-create it as an anycast queue, which multicast messages never reach.
     */
    private static void subscribe(org.apache.activemq.artemis.core.config.Configuration configuration, String topic,
                                  String queue) {
        configuration.addQueueConfiguration(QueueConfiguration.of(queue).setAddress(topic)
                .setRoutingType(RoutingType.MULTICAST).setDurable(true));
    }
}
