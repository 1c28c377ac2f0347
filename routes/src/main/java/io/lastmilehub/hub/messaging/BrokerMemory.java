package io.lastmilehub.hub.messaging;

import io.lastmilehub.hub.config.MemoryProperties;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds the embedded broker's memory: without it Artemis keeps messages in memory up to half the heap's maximum,
 * which the JVM sizes from the machine (3 GB on a 24 GiB machine), before paging them to disk.
 */
@Configuration
public class BrokerMemory {

    @Bean
    ArtemisConfigurationCustomizer brokerMemoryLimit(MemoryProperties memory) {
        return configuration -> configuration.setGlobalMaxSize(memory.brokerMaxSize().toBytes());
    }
}
