package io.lastmilehub.hub.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.connectors.spi.InboundFormats;
import io.lastmilehub.connectors.spi.InboundMappers;
import io.lastmilehub.connectors.support.address.AddressNormalizer;
import io.lastmilehub.connectors.support.geo.TimeZones;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Clock;

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

    @Bean
    TimeZones timeZones(TimeZoneProperties properties) {
        return properties.area() == null ? new TimeZones() : new TimeZones(properties.area());
    }

    @Bean
    AddressNormalizer addressNormalizer() {
        return new AddressNormalizer();
    }
}
