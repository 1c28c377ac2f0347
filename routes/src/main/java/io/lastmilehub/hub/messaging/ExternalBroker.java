package io.lastmilehub.hub.messaging;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * {@code spring.artemis.mode=native} (an external broker or cluster at {@code spring.artemis.broker-url}) switches
 * the embedded broker off. Spring Boot starts the embedded broker whenever {@code spring.artemis.embedded.enabled} is
 * true, whatever the mode, and the hub's defaults say true: a hub told to use an external cluster also ran a broker
 * of its own, with network and MQTT acceptors on the shipped ports, so a second instance on the host did not start.
 */
public class ExternalBroker implements EnvironmentPostProcessor {

    static final String MODE = "spring.artemis.mode";
    static final String EMBEDDED_ENABLED = "spring.artemis.embedded.enabled";
    private static final String SOURCE = "lastmile-external-broker";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if ("native".equalsIgnoreCase(environment.getProperty(MODE, ""))) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(EMBEDDED_ENABLED, "false")));
        }
    }
}
