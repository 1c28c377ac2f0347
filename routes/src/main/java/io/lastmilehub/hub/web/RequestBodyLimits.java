package io.lastmilehub.hub.web;

import io.lastmilehub.hub.config.HubProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Every path that takes a body has it bounded before anything reads it, Spring Security included. */
@Configuration
public class RequestBodyLimits {

    @Bean
    FilterRegistrationBean<BoundedRequestBodies> boundedRequestBodies(HubProperties properties) {
        FilterRegistrationBean<BoundedRequestBodies> registration = new FilterRegistrationBean<>(
                new BoundedRequestBodies(properties));
        registration.addUrlPatterns("/api/*", "/soap/*", "/devices/*", "/carriers/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
