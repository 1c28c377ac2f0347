package io.lastmilehub.hub.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.connectors.spi.InboundFormats;
import io.lastmilehub.connectors.spi.InboundMappers;
import io.lastmilehub.connectors.support.address.AddressNormalizer;
import io.lastmilehub.connectors.support.geo.TimeZones;
import io.lastmilehub.model.Depot;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The plain-Java libraries the routes call, as beans. */
@Configuration
public class HubBeans {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** One JSON dialect everywhere: the canonical one (ISO-8601 instants, empty values left out). */
    @Bean
    @Primary
    ObjectMapper objectMapper() {
        return CanonicalJson.newMapper();
    }

    /** The inbound formats registered in META-INF/services (connectors' {@code InboundFormat}). */
    @Bean
    InboundFormats inboundFormats() {
        return InboundFormats.load();
    }

    /** Each format's mapper with its default settings, for what is not a tenant's message. */
    @Bean
    InboundMappers inboundMappers(InboundFormats formats) {
        return formats.defaults();
    }

    /**
     * The area's zones when one is set; else the zones of the tenants' depots first and the world's boundaries only
     * for an address outside them (the world's take about 200 MB of heap: docs/performance.md).
     */
    @Bean
    TimeZones timeZones(TimeZoneProperties properties, HubProperties hub, FleetRegistry fleets) {
        return timeZones(properties, hub.tenants().keySet().stream()
                .flatMap(tenant -> fleets.fleetOf(tenant).depots().stream())
                .map(Depot::getZoneId).filter(Objects::nonNull).map(ZoneId::of).collect(Collectors.toSet()));
    }

    static TimeZones timeZones(TimeZoneProperties properties, Set<ZoneId> depotZones) {
        if (properties.area() != null) {
            return new TimeZones(properties.area());
        }
        return depotZones.isEmpty() ? new TimeZones() : new TimeZones(depotZones);
    }

    @Bean
    AddressNormalizer addressNormalizer() {
        return new AddressNormalizer();
    }
}
