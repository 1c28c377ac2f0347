package io.lastmilehub.hub.tracking;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Switches the embedded broker's security on with {@link MqttDeviceSecurity}, before it starts: devices on MQTT must
 * authenticate, everything else connects as before.
 */
@Configuration
public class MqttBeans {

    @Bean
    static BeanPostProcessor mqttDeviceSecurity(ObjectProvider<DeviceRegistry> devices) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof EmbeddedActiveMQ broker) {
                    broker.getConfiguration().setSecurityEnabled(true).setPopulateValidatedUser(true);
                    broker.setSecurityManager(new MqttDeviceSecurity(devices::getObject));
                }
                return bean;
            }
        };
    }
}
