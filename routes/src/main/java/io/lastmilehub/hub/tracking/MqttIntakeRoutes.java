package io.lastmilehub.hub.tracking;

import io.lastmilehub.hub.camel.HubErrorHandling;
import io.lastmilehub.hub.messaging.Addresses;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Takes in what devices publish over MQTT: Artemis maps the MQTT topics to addresses ({@code /} becomes {@code .})
 * and the hub reads them through durable queues of its own on the wildcard addresses, so nothing published while
 * the hub is down is lost and several hub instances share the work. {@code JMSDestination} is the address the
 * device published to, which names the device.
 */
@Component
public class MqttIntakeRoutes extends RouteBuilder {

    /** The device's tenant as the message's tenant: a message that fails is that tenant's dead letter. */
    private static final String TENANT = "tenantOf(${header.JMSDestination.address})";

    private final MqttPositions mqttPositions;

    public MqttIntakeRoutes(MqttPositions mqttPositions) {
        this.mqttPositions = mqttPositions;
    }

    @Override
    public void configure() {
        from(subscription(Addresses.MQTT_OWNTRACKS, Addresses.MQTT_OWNTRACKS_SUBSCRIPTION))
                .routeId("mqtt-owntracks").routeConfigurationId(HubErrorHandling.ID)
                .setHeader(Addresses.TENANT_HEADER, method("mqttPositions", TENANT))
                .convertBodyTo(byte[].class)
                .bean(mqttPositions, "ownTracks(${header.JMSDestination.address}, ${body})");

        from(subscription(Addresses.MQTT_DEVICE_JSON, Addresses.MQTT_DEVICE_JSON_SUBSCRIPTION))
                .routeId("mqtt-device-json").routeConfigurationId(HubErrorHandling.ID)
                .setHeader(Addresses.TENANT_HEADER, method("mqttPositions", TENANT))
                .convertBodyTo(byte[].class)
                .bean(mqttPositions, "json(${header.JMSDestination.address}, ${body})");
    }

    private static String subscription(String address, String queue) {
        return "jms:queue:" + address + "::" + queue;
    }
}
