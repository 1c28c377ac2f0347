package io.lastmilehub.hub.config;

import io.lastmilehub.connectors.support.geo.TimeZones;
import io.lastmilehub.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeZonePropertiesTest {

    private static final GeoPoint BERLIN = GeoPoint.builder().latitude(52.52).longitude(13.405).build();
    private static final GeoPoint OTTAWA = GeoPoint.builder().latitude(45.4215).longitude(-75.6972).build();

    private static TimeZoneProperties bind(Map<String, String> yaml) {
        return new Binder(new MapConfigurationPropertySource(yaml))
                .bindOrCreate("lastmile.time-zones", TimeZoneProperties.class);
    }

    @Test
    void whenAnAreaIsSet_onlyItsZonesShouldBeLoaded() {
        TimeZones zones = HubBeans.timeZones(bind(Map.of(
                "lastmile.time-zones.area.min-latitude", "34", "lastmile.time-zones.area.min-longitude", "-25",
                "lastmile.time-zones.area.max-latitude", "72", "lastmile.time-zones.area.max-longitude", "45")),
                Set.of(ZoneId.of("Europe/Berlin")));

        assertThat(zones.zoneAt(BERLIN)).contains(ZoneId.of("Europe/Berlin"));
        assertThat(zones.zoneAt(OTTAWA)).isEmpty();
    }

    @Test
    void whenNoAreaIsSet_theDepotsZonesShouldComeFirstAndTheWorldsAfter() {
        TimeZones zones = HubBeans.timeZones(bind(Map.of()), Set.of(ZoneId.of("Europe/Berlin")));

        assertThat(zones.zoneAt(BERLIN)).contains(ZoneId.of("Europe/Berlin"));
        assertThat(zones.zoneAt(OTTAWA)).contains(ZoneId.of("America/Toronto"));
    }

    @Test
    void whenAnAreaIsUpsideDown_bindingShouldFailNamingTheKey() {
        assertThatThrownBy(() -> bind(Map.of(
                "lastmile.time-zones.area.min-latitude", "55", "lastmile.time-zones.area.min-longitude", "5",
                "lastmile.time-zones.area.max-latitude", "47", "lastmile.time-zones.area.max-longitude", "15")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("lastmile.time-zones.area")
                .rootCause().hasMessageStartingWith("minLatitude: 55.0");
    }
}
