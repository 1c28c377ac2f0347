package io.lastmilehub.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.acceptance.support.AcceptanceTest;
import io.lastmilehub.acceptance.support.Broker;
import io.lastmilehub.acceptance.support.HubClient;
import io.lastmilehub.acceptance.support.HubProcess;
import io.lastmilehub.acceptance.support.Orders;
import io.lastmilehub.acceptance.support.TopicSubscriber;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Phones report over the OsmAnd protocol as Traccar Client sends it (a GET without credentials) and over MQTT as the
 * OwnTracks app publishes; the customer's public tracking page (its JSON) follows the vehicle that brings the order.
 */
@AcceptanceTest
class DeviceTrackingIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Depot ottawa of config/fleet/demo.yaml. */
    private static final double DEPOT_LATITUDE = 45.4215;
    private static final double DEPOT_LONGITUDE = -75.6972;

    private final HubProcess hub;
    private final HubClient client;

    DeviceTrackingIT(HubProcess hub) {
        this.hub = hub;
        this.client = new HubClient(hub);
    }

    @Test
    void theShippedPhoneReportsAndItsPositionIsPublishedForItsVehicle() throws Exception {
        try (TopicSubscriber positions = new TopicSubscriber(hub, Broker.demoTopic("positions"))) {
            HttpResponse<String> answer = report("van-1-phone", 45.4236, -75.7009, Instant.now().getEpochSecond());

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode position = await().atMost(WAIT).until(() -> positions.where("deviceId", "van-1-phone"),
                    received -> !received.isEmpty()).get(0);
            assertThat(position.path("vehicleId").asText()).isEqualTo("van-1");
            assertThat(position.path("tenant").asText()).isEqualTo("demo");
            assertThat(position.path("location").path("latitude").asDouble()).isEqualTo(45.4236);
        }
    }

    @Test
    void theShippedOwnTracksPhonePublishesOverMqttAndItsPositionIsPublishedForItsVehicle() throws Exception {
        // config/application.yaml binds van-2-owntracks to van-2, with this secret as its MQTT password.
        String device = "van-2-owntracks";
        MqttConnectOptions credentials = new MqttConnectOptions();
        credentials.setUserName(device);
        credentials.setPassword("demo-device-secret".toCharArray());
        String location = "{\"_type\":\"location\",\"acc\":15,\"lat\":45.4250,\"lon\":-75.6950,\"tid\":\"v2\","
                + "\"tst\":" + Instant.now().getEpochSecond() + "}";
        try (TopicSubscriber positions = new TopicSubscriber(hub, Broker.demoTopic("positions"))) {
            MqttClient phone = new MqttClient(hub.mqttUrl(), device + "-" + UUID.randomUUID(), new MemoryPersistence());
            phone.connect(credentials);
            // As the app does: QoS 1, retained, on owntracks/<user>/<device>.
            phone.publish("owntracks/" + device + "/phone", location.getBytes(StandardCharsets.UTF_8), 1, true);
            phone.disconnect();
            phone.close();

            JsonNode position = await().atMost(WAIT).until(() -> positions.where("deviceId", device),
                    received -> !received.isEmpty()).get(0);
            assertThat(position.path("vehicleId").asText()).isEqualTo("van-2");
            assertThat(position.path("location").path("latitude").asDouble()).isEqualTo(45.4250);
        }
    }

    @Test
    void theTrackingPageShowsTheVehicleThatBringsTheOrderAndNothingElse() {
        LocalDate tomorrow = LocalDate.now(Orders.OTTAWA).plusDays(1);
        // The first window of the day: its stop comes first, and the page shows the vehicle only a few stops ahead.
        String orderId = Orders.accepted(client.postJson("/api/v1/inbound/canonical-json", Orders.canonicalJson(
                "tracking-" + System.nanoTime(), 45.4180, -75.6900, tomorrow, Duration.ofHours(1))));
        HttpResponse<String> planned = client.postJson("/api/v1/plans?wait=60s",
                "{\"depotId\":\"ottawa\",\"date\":\"" + tomorrow + "\"}");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        String vehicle = vehicleServing(HubClient.json(planned), orderId);
        String phone = "phone-" + System.nanoTime();
        HttpResponse<String> bound = client.postJson("/api/v1/devices",
                "{\"id\":\"" + phone + "\",\"vehicleId\":\"" + vehicle + "\"}");
        assertThat(bound.statusCode()).as(bound.body()).isEqualTo(201);
        String token = client.getJson("/api/v1/orders/" + orderId).path("tracking").path("token").asText();

        // A device bound through the API gets a secret, shown once, which it sends with every report.
        String secret = HubClient.json(bound).path("secret").asText();
        assertThat(report(phone + "&secret=" + secret, DEPOT_LATITUDE, DEPOT_LONGITUDE,
                Instant.now().getEpochSecond()).statusCode()).isEqualTo(200);

        JsonNode view = await().atMost(WAIT).until(() -> HubClient.json(client.getPublic("/track/" + token + ".json")),
                v -> v.path("vehicle").path("latitude").asDouble() == DEPOT_LATITUDE);
        assertThat(view.path("status").asText()).isEqualTo("PLANNED");
        assertThat(view.path("destination").path("place").asText()).isEqualTo("K1P 1J1 Ottawa");
        assertThat(view.toString()).doesNotContain(orderId, vehicle, phone, "Elgin");
    }

    private HttpResponse<String> report(String device, double latitude, double longitude, long epochSeconds) {
        return client.getPublic("/devices/osmand?id=" + device + "&lat=" + latitude + "&lon=" + longitude
                + "&timestamp=" + epochSeconds + "&speed=8");
    }

    private static String vehicleServing(JsonNode plan, String orderId) {
        for (JsonNode route : plan.path("routes")) {
            if (route.path("stops").findValuesAsText("orderId").contains(orderId)) {
                return route.path("vehicleId").asText();
            }
        }
        throw new AssertionError("no route serves " + orderId + ": " + plan);
    }
}
