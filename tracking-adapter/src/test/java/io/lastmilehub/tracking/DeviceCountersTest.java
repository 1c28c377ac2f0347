package io.lastmilehub.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The vehicle's counters in one unit whatever the protocol: real samples where they carry them. */
class DeviceCountersTest extends ProtocolTest {

    @Test
    void whenFlespiSendsMileage_itShouldBeTheOdometerInMetres() throws DecodeException {
        List<DeviceReport> reports = new FlespiProtocolDecoder().decode(text("flespi-1-basic.json"), RECEIVED_AT);
        assertThat(DeviceCounters.odometerMeters(reports.get(0))).as("the first sends none").isNull();
        assertThat(DeviceCounters.odometerMeters(reports.get(1))).isEqualTo(160_000.0);
        assertThat(DeviceCounters.fuelLitres(reports.get(1))).isNull();
    }

    @Test
    void whenTraccarClientSendsItsOdometer_itShouldBeMetresAsSent() throws DecodeException {
        DeviceReport report = new TraccarClientJsonDecoder().decode(text("osmand-json-1-android-motionchange.json"),
                RECEIVED_AT).get(0);
        assertThat(DeviceCounters.odometerMeters(report)).isZero();
    }

    @Test
    void whenFlespiSendsTheCanFuelCounter_itShouldBeLitres() throws DecodeException {
        DeviceReport report = new FlespiProtocolDecoder().decode("{\"ident\": \"605630\", \"timestamp\": 1506956075, "
                + "\"position.latitude\": 53.9, \"position.longitude\": 27.4, \"can.fuel.consumed\": 1234.5}",
                RECEIVED_AT).get(0);
        assertThat(DeviceCounters.fuelLitres(report)).isEqualTo(1234.5);
    }

    @Test
    void whenACounterIsNotANumber_itShouldBeAbsent() {
        DeviceReport report = new DeviceReport("d", Instant.EPOCH, null, false, List.of(),
                Map.of("odometer", "n/a", "can.fuel.consumed", "-3"));
        assertThat(DeviceCounters.odometerMeters(report)).isNull();
        assertThat(DeviceCounters.fuelLitres(report)).isNull();
    }
}
