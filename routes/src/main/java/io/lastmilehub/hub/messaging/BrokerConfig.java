package io.lastmilehub.hub.messaging;

import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.tracking.DeviceProtocols;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded broker: a network acceptor for systems outside the hub and an MQTT acceptor for devices when
 * configured, the hub's own durable subscriptions (also on the wildcard addresses devices publish to), and the
 * broker's dead-letter address for messages a consumer rolled back too often, and each tenant's copies of the event
 * topics ({@link TenantAddresses}). Who may connect, and read or publish where, is decided by
 * {@link io.lastmilehub.hub.security.BrokerSecurity}.
 */
@Configuration
public class BrokerConfig {

    private static final int INTAKE_GROUP_BUCKETS = 256;

    @Bean
    ArtemisConfigurationCustomizer hubBrokerSettings(HubProperties properties, DeviceProtocols protocols) {
        return configuration -> {
            String acceptor = properties.broker().acceptorUrl();
            if (!acceptor.isBlank()) {
                try {
                    configuration.addAcceptorConfiguration("network", acceptor);
                } catch (Exception e) {
                    throw new IllegalStateException("Invalid lastmile.broker.acceptor-url " + acceptor, e);
                }
            }
            String mqtt = properties.broker().mqttUrl();
            if (!mqtt.isBlank()) {
                try {
                    // MQTT only: devices never speak the hub's own protocols on this port.
                    configuration.addAcceptorConfiguration("mqtt", mqtt + (mqtt.contains("?") ? "&" : "?")
                            + "protocols=MQTT");
                } catch (Exception e) {
                    throw new IllegalStateException("Invalid lastmile.broker.mqtt-url " + mqtt, e);
                }
            }
            MqttAddresses.topics(protocols).forEach(topic -> subscribe(configuration, MqttAddresses.of(topic),
                    MqttAddresses.subscription(topic)));
            subscribe(configuration, Addresses.STATUS, Addresses.SAP_STATUS_SUBSCRIPTION);
            subscribe(configuration, Addresses.COST, Addresses.SAP_COST_SUBSCRIPTION);
            configuration.addQueueConfiguration(QueueConfiguration.of(Addresses.PLANNING_DELAYS_SUBSCRIPTION)
                    .setAddress(Addresses.STATUS).setRoutingType(RoutingType.MULTICAST).setDurable(true)
                    .setFilterString(Addresses.DELAY_HEADER + " IS NOT NULL"));
            subscribe(configuration, Addresses.STATUS, Addresses.EDI_STATUS_SUBSCRIPTION);
            subscribe(configuration, Addresses.COST, Addresses.EDI_COST_SUBSCRIPTION);
            subscribe(configuration, Addresses.STATUS, Addresses.CUSTOMER_NOTIFICATIONS_SUBSCRIPTION);
            TenantAddresses.declare(configuration, properties.tenants().keySet());
            configuration.addAddressSetting("lastmile.#", new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of("DLQ"))
                    .setMaxDeliveryAttempts(10)
                    .setAutoCreateDeadLetterResources(true));
            // No prefetch for plan requests (merged over the settings above): a consumer busy with one depot's long
            // solve must not hold requests of other depots in its buffer while other consumers are idle.
            configuration.addAddressSetting(Addresses.PLANNING_REQUESTS, new AddressSettings()
                    .setDefaultConsumerWindowSize(0));
            // The same for inbound jobs: a consumer taking in a large message must not hold the next job meanwhile.
            configuration.addAddressSetting(Addresses.INBOUND_JOBS, new AddressSettings()
                    .setDefaultConsumerWindowSize(0));
            // Intake messages are grouped by order: buckets bound the broker's map of groups to consumers (one entry
            // per order would only grow), and still send all of one order's messages to one consumer.
            configuration.addAddressSetting(Addresses.ORDERS_RECEIVED, new AddressSettings()
                    .setDefaultGroupBuckets(INTAKE_GROUP_BUCKETS));
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
