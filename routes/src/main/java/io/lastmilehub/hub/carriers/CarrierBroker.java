package io.lastmilehub.hub.carriers;

import io.lastmilehub.hub.messaging.Addresses;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The carriers' durable subscription on the cost topic (see {@link io.lastmilehub.hub.messaging.BrokerConfig} for why
 * it is declared, not auto-created): plans made while the carrier stage is down still reach it.
 */
@Configuration
public class CarrierBroker {

    /** Durable multicast queue on {@link Addresses#COST}: plans whose orders may go to carriers. */
    public static final String ASSIGNMENTS_SUBSCRIPTION = "carrier-assignments";

    @Bean
    ArtemisConfigurationCustomizer carrierSubscriptions() {
        return configuration -> configuration.addQueueConfiguration(QueueConfiguration.of(ASSIGNMENTS_SUBSCRIPTION)
                .setAddress(Addresses.COST).setRoutingType(RoutingType.MULTICAST).setDurable(true));
    }
}
