package io.lastmilehub.hub.messaging;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalBrokerTest {

    private final ExternalBroker externalBroker = new ExternalBroker();

    @Test
    void whenTheModeIsNative_itShouldNotStartTheEmbeddedBroker() {
        MockEnvironment environment = new MockEnvironment().withProperty(ExternalBroker.MODE, "native")
                .withProperty(ExternalBroker.EMBEDDED_ENABLED, "true");

        externalBroker.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(ExternalBroker.EMBEDDED_ENABLED)).isEqualTo("false");
    }

    @Test
    void whenTheModeIsEmbedded_itShouldKeepTheEmbeddedBroker() {
        MockEnvironment environment = new MockEnvironment().withProperty(ExternalBroker.MODE, "embedded")
                .withProperty(ExternalBroker.EMBEDDED_ENABLED, "true");

        externalBroker.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(ExternalBroker.EMBEDDED_ENABLED)).isEqualTo("true");
    }
}
