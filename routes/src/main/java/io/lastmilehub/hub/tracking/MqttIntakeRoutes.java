package io.lastmilehub.hub.tracking;

import io.lastmilehub.hub.camel.HubErrorHandling;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.messaging.BrokerConsumers;
import io.lastmilehub.hub.messaging.MqttAddresses;
import io.lastmilehub.tracking.DeviceProtocol;
import io.lastmilehub.tracking.DeviceProtocols;
import io.lastmilehub.tracking.MqttTopic;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Takes in what devices publish over MQTT, one route {@code mqtt-<topic name>} per device protocol that declares an
 * MQTT topic: Artemis maps the MQTT topics to addresses ({@code /} becomes {@code .}) and the hub reads them through
 * durable queues of its own on the wildcard addresses, so nothing published while the hub is down is lost and
 * several hub instances share the work. {@code JMSDestination} is the address the device published to, which names
 * the device.
 */
@Component
public class MqttIntakeRoutes extends RouteBuilder {

    private final MqttPositions mqttPositions;
    private final DeviceProtocols protocols;

    public MqttIntakeRoutes(MqttPositions mqttPositions, DeviceProtocols protocols) {
        this.mqttPositions = mqttPositions;
        this.protocols = protocols;
    }

    @Override
    public void configure() {
        for (DeviceProtocol protocol : protocols.all()) {
            protocol.mqttTopic().ifPresent(topic -> intake(protocol.protocol(), topic));
        }
    }

    private void intake(String protocol, MqttTopic topic) {
        String arguments = "'" + protocol + "', ${header.JMSDestination.address}";
        from(BrokerConsumers.subscription(MqttAddresses.of(topic), MqttAddresses.subscription(topic)))
                .routeId("mqtt-" + topic.name()).routeConfigurationId(HubErrorHandling.ID)
                // the device's tenant as the message's tenant: a message that fails is that tenant's dead letter
                .setHeader(Addresses.TENANT_HEADER, method(mqttPositions, "tenantOf(" + arguments + ")"))
                .convertBodyTo(byte[].class)
                .bean(mqttPositions, "accept(" + arguments + ", ${body})");
    }
}
