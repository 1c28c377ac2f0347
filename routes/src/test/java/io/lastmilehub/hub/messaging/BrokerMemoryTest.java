package io.lastmilehub.hub.messaging;

import io.lastmilehub.hub.config.MemoryProperties;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerMemoryTest {

    @Test
    void whenConfigured_theBrokerPagesBeyondTheConfiguredSize_notBeyondHalfTheHeap() {
        Configuration broker = new ConfigurationImpl();

        new BrokerMemory().brokerMemoryLimit(new MemoryProperties(DataSize.ofMegabytes(64), true))
                .customize(broker);

        assertThat(broker.getGlobalMaxSize()).isEqualTo(64L * 1024 * 1024);
    }
}
