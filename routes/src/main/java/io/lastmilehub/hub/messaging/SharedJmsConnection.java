package io.lastmilehub.hub.messaging;

import jakarta.jms.ConnectionFactory;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.spi.ComponentCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camel's jms component works over the hub's shared connection factory (Spring Boot's), said here rather than left to
 * Camel's autowiring, which picks a connection factory from the registry only while there is one: on a cluster
 * {@link BrokerNodes} binds one per broker there too, and the component was left with none (no route started).
 */
@Configuration
public class SharedJmsConnection {

    @Bean
    ComponentCustomizer jmsOverTheSharedConnection(ConnectionFactory connectionFactory) {
        return ComponentCustomizer.forType(JmsComponent.class, jms -> jms.setConnectionFactory(connectionFactory));
    }
}
