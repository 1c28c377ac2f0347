package io.lastmilehub.hub.messaging;

import io.lastmilehub.hub.config.HubProperties;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded broker: a network acceptor for systems outside the hub when configured, and the broker's own
 * dead-letter address for messages a consumer rolled back too often.
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
            configuration.addAddressSetting("lastmile.#", new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of("DLQ"))
                    .setMaxDeliveryAttempts(10)
                    .setAutoCreateDeadLetterResources(true));
        };
    }
}
