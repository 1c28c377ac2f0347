package io.lastmilehub.connectors.sap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SapTimeZonesTest {

    private final SapTimeZones zones = new SapTimeZones(Map.of("ZHAM", ZoneId.of("Europe/Berlin")));

    @ParameterizedTest
    @CsvSource({
            "CET, Europe/Berlin",
            "EST, America/New_York",
            "MSTNO, America/Phoenix",
            "UTC, UTC",
            "UTC+1, Etc/GMT-1",
            "UTC-5, Etc/GMT+5",
            "Asia/Singapore, Asia/Singapore",
            "ZHAM, Europe/Berlin"})
    void whenACodeIsKnown_itShouldBeItsIanaZone(String code, String zone) {
        assertThat(zones.zone(code)).contains(ZoneId.of(zone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MARS", "UTC+99", "Mars/Olympus"})
    void whenACodeIsUnknown_itShouldHaveNoZone(String code) {
        assertThat(zones.zone(code)).isEmpty();
    }

    @Test
    void whenSapsEstIsRead_itShouldKeepDaylightSavingTime() {
        ZoneId est = zones.zone("EST").orElseThrow();

        assertThat(est.getRules().isDaylightSavings(java.time.Instant.parse("2024-07-01T12:00:00Z"))).isTrue();
    }
}
