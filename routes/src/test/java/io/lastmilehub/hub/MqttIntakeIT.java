package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.TopicRecorder;
import io.lastmilehub.hub.testsupport.TrackingSamples;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Devices publish over MQTT to the embedded broker's MQTT acceptor (Paho, as the OwnTracks app and trackers do):
 * each with its own id and secret, on its own topics; the hub takes the real samples in as its vehicles' positions.
 * Devices of tenant track, which never re-plans: the samples are far from any plan of its fleet.
 */
class MqttIntakeIT extends HubIntegrationTest {

    /** Bound in config/application.yaml (tenant demo) to van-2, with this secret; it reports nothing here. */
    private static final String OWNTRACKS_DEVICE = "van-2-owntracks";
    private static final String OWNTRACKS_SECRET = "demo-device-secret";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theOwnTracksAppPublishesOnItsTopicAndItsLocationsBecomeItsVehiclesPositions() throws Exception {
        String device = "mqtt-owntracks-1";
        String secret = bind(device, "van-2");
        List<String> locations = TrackingSamples.recent("tracking/owntracks-locations.jsonl").lines()
                .filter(line -> !line.isBlank()).toList();
        try (TopicRecorder positions = new TopicRecorder("lastmile.positions")) {
            MqttClient phone = connect(device, secret);
            for (String location : locations) {
                // As the app does: QoS 1, retained, on owntracks/<user>/<device>.
                phone.publish("owntracks/" + device + "/phone", bytes(location), 1, true);
            }
            phone.disconnect();

            // The samples jump from Trento to Paris within seconds: the first is the vehicle's, the rest implausible.
            await().atMost(Duration.ofSeconds(10)).until(() -> !positions.documentsWhere("deviceId", device)
                    .isEmpty());
            JsonNode first = positions.documentsWhere("deviceId", device).get(0);
            assertThat(first.path("vehicleId").asText()).isEqualTo("van-2");
            assertThat(first.path("tenant").asText()).isEqualTo("track");
            assertThat(first.path("location").path("latitude").asDouble()).isEqualTo(46.0681247);
            assertThat(first.path("accuracyMeters").asDouble()).isEqualTo(15.0);
        }
    }

    @Test
    void aTrackerPublishesFlespiStyleJsonOnItsPositionTopic() throws Exception {
        String secret = bind("mqtt-tracker-1", "cargo-bike-1");
        try (TopicRecorder positions = new TopicRecorder("lastmile.positions")) {
            MqttClient tracker = connect("mqtt-tracker-1", secret);
            tracker.publish("lastmile/devices/mqtt-tracker-1/position",
                    bytes(TrackingSamples.recent("tracking/flespi-1-basic.json")), 1, false);
            tracker.disconnect();

            await().atMost(Duration.ofSeconds(10)).until(() -> positions.documentsWhere("deviceId", "mqtt-tracker-1")
                    .size() == 2);
            List<JsonNode> published = positions.documentsWhere("deviceId", "mqtt-tracker-1");
            assertThat(published).allSatisfy(position ->
                    assertThat(position.path("vehicleId").asText()).isEqualTo("cargo-bike-1"));
            assertThat(published.get(0).path("location").path("longitude").asDouble()).isEqualTo(27.455848);
        }
    }

    @Test
    void anUnreadableMessageIsTheTenantsDeadLetterWithItsPayload() throws Exception {
        String secret = bind("mqtt-tracker-2", "van-1");
        MqttClient tracker = connect("mqtt-tracker-2", secret);
        tracker.publish("lastmile/devices/mqtt-tracker-2/position", bytes("{\"ident\": broken"), 1, false);
        tracker.disconnect();

        JsonNode letter = await().atMost(Duration.ofSeconds(10)).until(() -> deadLetterWith("broken"),
                found -> found != null);
        assertThat(letter.path("reason").asText()).contains("payload");
        assertThat(get("/api/v1/dead-letters/" + letter.path("id").asText() + "/payload", TRACK_KEY).getBody())
                .isEqualTo("{\"ident\": broken");
    }

    @Test
    void aWrongSecretOrAnUnboundDeviceCannotConnect() {
        // The broker refuses the CONNECT and closes the connection.
        assertThatThrownBy(() -> connect(OWNTRACKS_DEVICE, "guessed")).isInstanceOf(MqttException.class);
        assertThatThrownBy(() -> connect("nobody", "whatever-secret")).isInstanceOf(MqttException.class);
    }

    @Test
    void aDeviceCannotPublishOnAnotherDevicesTopic() throws Exception {
        MqttClient phone = connect(OWNTRACKS_DEVICE, OWNTRACKS_SECRET);
        try {
            phone.publish("owntracks/van-1-phone/phone", bytes("{\"_type\":\"location\",\"lat\":45.4,\"lon\":-75.7}"),
                    1, false);
        } catch (MqttException refused) {
            // the broker may refuse at once or drop the connection; either way it is not accepted
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !phone.isConnected());
        phone.close();
    }

    /** Binds a device of tenant track to the vehicle; the secret the hub made up. */
    private String bind(String device, String vehicle) throws Exception {
        return json.readTree(post("/api/v1/devices", TRACK_KEY, bytes("{\"id\":\"" + device + "\",\"vehicleId\":\""
                + vehicle + "\"}"), MediaType.APPLICATION_JSON).getBody()).path("secret").asText();
    }

    private JsonNode deadLetterWith(String payloadText) throws Exception {
        for (JsonNode letter : json.readTree(get("/api/v1/dead-letters", TRACK_KEY).getBody())) {
            if (!"mqtt-device-json".equals(letter.path("routeId").asText())) {
                continue;
            }
            String payload = get("/api/v1/dead-letters/" + letter.path("id").asText() + "/payload", TRACK_KEY)
                    .getBody();
            if (payload != null && payload.contains(payloadText)) {
                return letter;
            }
        }
        return null;
    }

    private static MqttClient connect(String device, String secret) throws MqttException {
        MqttClient client = new MqttClient(MQTT_URL, device + "-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(device);
        options.setPassword(secret.toCharArray());
        options.setCleanSession(true);
        options.setConnectionTimeout(10);
        client.connect(options);
        return client;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
