package io.lastmilehub.tracking;

import io.lastmilehub.model.TrackingPosition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two flespi samples: a basic tracker and a reefer with six temperature sensors.
 */
class FlespiProtocolDecoderTest extends ProtocolTest {

    private final FlespiProtocolDecoder decoder = new FlespiProtocolDecoder();

    @Test
    void basic_twoMessages() throws DecodeException {
        List<TrackingPosition> positions = verifyPositions(decoder, text("flespi-1-basic.json"));

        assertThat(positions).hasSize(2);
        OsmAndProtocolDecoderTest.assertFix(positions.get(0), "605630", 53.90573, 27.455848,
                Instant.parse("2017-10-02T14:54:35Z"));
        assertThat(positions.get(0).getSpeedKmh()).isZero();
        assertThat(positions.get(0).getTemperatureCelsius()).isNull();
        OsmAndProtocolDecoderTest.assertFix(positions.get(1), "605630", 53.905569, 27.455986,
                Instant.parse("2017-09-29T14:36:25Z"));
        assertThat(positions.get(1).getHeadingDeg()).isEqualTo(262.643854);
        assertThat(positions.get(1).getAltitudeMeters()).isEqualTo(233.48);
    }

    @Test
    void reefer_temperaturesInSensorOrder_andInvalidFixFlagged() throws DecodeException {
        String message = text("flespi-2-reefer.json");
        List<TrackingPosition> positions = verifyPositions(decoder, message);
        List<DeviceReport> reports = decoder.decode(message, RECEIVED_AT);

        OsmAndProtocolDecoderTest.assertFix(positions.get(0), "605630", 10.11223, 20.88774,
                Instant.parse("2000-01-01T00:00:40Z"));
        assertThat(reports.get(0).validFix()).as("position.valid false").isFalse();
        assertThat(reports.get(0).temperatures()).containsExactly(62.5, 68.2, 71.4, 66.7, 71.3, 68.9);
        assertThat(positions.get(0).getTemperatureCelsius()).isEqualTo(62.5);
        OsmAndProtocolDecoderTest.assertFix(positions.get(1), "605630", 57.986744, 56.207576,
                Instant.parse("2014-02-13T06:15:12Z"));
        assertThat(reports.get(1).validFix()).isTrue();
        assertThat(reports.get(1).temperatures()).containsExactly(74.1, 71.3, 71.4, 70.5, 68.1, 69.3);
        assertThat(reports.get(1).attributes()).containsEntry("position.hdop", "21.1");
    }

    @Test
    void fractionalTimestamp_keptToTheMillisecond() throws DecodeException {
        String message = "{\"ident\":\"1\",\"timestamp\":1700000000.125,\"position.latitude\":1.5,"
                + "\"position.longitude\":2.5}";

        TrackingPosition position = verifyPosition(decoder, message);

        assertThat(position.getTime()).isEqualTo(Instant.parse("2023-11-14T22:13:20.125Z"));
    }

    @Test
    void aNumberNoDoubleHolds_isRefusedNamingItsField() {
        // found by DeviceDecodersFuzzTest: read as infinity, the timestamp escaped as a NumberFormatException
        assertThatThrownBy(() -> decoder.decode("[{\"ident\":\"7\",\"timestamp\":13922721E770473961}]",
                RECEIVED_AT)).isInstanceOf(DecodeException.class)
                .hasMessage("flespi: [0].timestamp: number out of range");
        assertThatThrownBy(() -> decoder.decode("{\"ident\":\"7\",\"timestamp\":1700000000,"
                + "\"position.latitude\":52.1,\"position.longitude\":4.3,\"position.speed\":-1e999}", RECEIVED_AT))
                .isInstanceOf(DecodeException.class).hasMessage("flespi: position.speed: number out of range");
    }

    @Test
    void aDeviceKnownFromTheTransport_ownsEveryMessage() throws DecodeException {
        List<TrackingPosition> positions = verifyPositions(new FlespiProtocolDecoder("reefer-7"),
                text("flespi-1-basic.json"));

        assertThat(positions).extracting(TrackingPosition::getDeviceId).containsExactly("reefer-7", "reefer-7");
    }

    @Test
    void everyCargoSensorIsKept_numberedEitherWay_andEngineOrTrackerTemperaturesAreNot() throws DecodeException {
        String message = "{\"ident\":\"reefer-9\",\"timestamp\":1700000000,\"position.latitude\":52.1,"
                + "\"position.longitude\":4.3,\"ble.sensor.temperature.2\":-18.4,\"ble.sensor.temperature.1\":-18.9,"
                + "\"ble.sensor.temperature.10\":-17.5,\"can.refrigerator.temperature\":-19.0,"
                + "\"refrigerator.sensor.temperature#1\":-18.0,\"refrigerator.sensor.temperature#2\":-18.1,"
                + "\"engine.coolant.temperature\":88,\"device.temperature\":31,\"can.engine.temperature\":90}";

        DeviceReport report = decoder.decode(message, RECEIVED_AT).get(0);

        assertThat(report.temperatures()).containsExactly(-18.9, -18.4, -17.5, -19.0, -18.0, -18.1);
        assertThat(report.position().getTemperatureCelsius()).isEqualTo(-18.9);
    }
}
