package io.lastmilehub.tracking;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviceProtocolsTest {

    private final DeviceProtocols protocols = DeviceProtocols.load();

    @Test
    void whenLoaded_itShouldKnowEachRegisteredProtocolByItsDecodersName() {
        // "contains", not "containsExactly": a new protocol is one class, its decoder and one services line.
        assertThat(protocols.names()).contains("flespi", "osmand", "owntracks");
        assertThat(protocols.names()).allSatisfy(name -> {
            DeviceProtocol protocol = protocols.find(name).orElseThrow();
            assertThat(protocol.decoder(null).protocol()).isEqualTo(name);
            assertThat(protocol.authentication()).isNotNull();
        });
    }

    @Test
    void whenLoaded_theMqttProtocolsShouldEachHaveATopicOfTheirOwn() {
        assertThat(protocols.all()).extracting(DeviceProtocol::protocol).containsAll(protocols.names());
        List<MqttTopic> topics = protocols.all().stream().flatMap(protocol -> protocol.mqttTopic().stream())
                .toList();

        assertThat(topics).extracting(MqttTopic::filter).contains("owntracks/+/+", "lastmile/devices/+/position");
        assertThat(topics).extracting(MqttTopic::name).doesNotHaveDuplicates();
    }

    @Test
    void whenTheTransportKnowsTheDevice_everyReportShouldBeThatDevices() throws DecodeException {
        String ownTracks = "{\"_type\":\"location\",\"tid\":\"JJ\",\"lat\":48.85833,\"lon\":2.29513,\"tst\":1497349316}";

        List<DeviceReport> reports = protocols.get("owntracks").decoder("van-2").decode(ownTracks,
                Instant.parse("2017-06-13T10:22:00Z"));

        assertThat(reports).extracting(DeviceReport::deviceId).containsExactly("van-2");
    }

    @Test
    void whenAProtocolIsUnknown_itShouldNameTheKnownOnes() {
        assertThatThrownBy(() -> protocols.get("gt06")).isInstanceOf(DecodeException.class)
                .hasMessageStartingWith("unknown protocol 'gt06'; known: ").hasMessageContaining("osmand");
    }
}
