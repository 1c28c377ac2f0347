package io.lastmilehub.hub.security;

import io.lastmilehub.hub.messaging.MqttAddresses;
import io.lastmilehub.tracking.DeviceProtocols;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Switches the embedded broker's security on with {@link BrokerSecurity}, before it starts: every client but the hub
 * itself must authenticate.
 */
@Configuration
public class BrokerSecurityBeans {

    @Bean
    static BeanPostProcessor brokerSecurity(ObjectProvider<DeviceCredentials> devices,
                                            ObjectProvider<BrokerUsers> users,
                                            ObjectProvider<DeviceProtocols> protocols) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof EmbeddedActiveMQ broker) {
                    // No caches: a user's subject or rights must not be reused for another connection of that name.
                    broker.getConfiguration().setSecurityEnabled(true).setPopulateValidatedUser(true)
                            .setAuthenticationCacheSize(0).setAuthorizationCacheSize(0);
                    broker.setSecurityManager(new BrokerSecurity(devices::getObject, users::getObject,
                            () -> MqttAddresses.topics(protocols.getObject())));
                }
                return bean;
            }
        };
    }
}
