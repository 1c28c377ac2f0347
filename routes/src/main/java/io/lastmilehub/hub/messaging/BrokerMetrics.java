package io.lastmilehub.hub.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.activemq.artemis.core.config.MetricsConfiguration;
import org.apache.activemq.artemis.core.server.metrics.ActiveMQMetricsPlugin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * The embedded broker's own gauges in the hub's metrics: per queue its depth ({@code artemis_message_count}) and
 * consumers ({@code artemis_consumer_count}), per address what was routed to it and its size, tagged with
 * {@code address} and {@code queue}. Artemis registers them as addresses and queues come and go.
 */
@Configuration
public class BrokerMetrics {

    @Bean
    ArtemisConfigurationCustomizer brokerMetricsInTheHubsRegistry(ObjectProvider<MeterRegistry> registry) {
        return configuration -> configuration.setMetricsConfiguration(new MetricsConfiguration()
                .setPlugin(new HubRegistry(registry.getObject())));
    }

    /** Hands Artemis the hub's registry instead of one of its own. */
    static final class HubRegistry implements ActiveMQMetricsPlugin {

        private final transient MeterRegistry registry;

        HubRegistry(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public ActiveMQMetricsPlugin init(Map<String, String> options) {
            return this;
        }

        @Override
        public MeterRegistry getRegistry() {
            return registry;
        }
    }
}
