package io.lastmilehub.hub.web;

import io.lastmilehub.hub.config.HubProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Lets controllers take a {@link RawBody}, bounded by {@code lastmile.inbound.max-payload-size}. */
@Configuration
public class RawBodyConfig implements WebMvcConfigurer {

    private final HubProperties properties;

    public RawBodyConfig(HubProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new RawBodyArgumentResolver(properties.inbound().maxPayloadSize()));
    }
}
