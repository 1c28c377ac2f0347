package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.PlanningOrders;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker down: a hub on an external broker (scale-out mode, {@code spring.artemis.mode=native}), which the test
 * stops and starts again. While it is down, the inbound API answers 503 in the hub's JSON error format within the
 * send timeout (not 500, not 202, no hanging request), the message is kept as a dead letter and nothing of it is
 * stored as an order, and once the broker is back the same message is taken as new.
 */
@DirtiesContext
@TestPropertySource(properties = {"spring.artemis.mode=native", "spring.artemis.embedded.enabled=false",
        "lastmile.broker.mqtt-url=", "lastmile.broker.acceptor-url=", "lastmile.broker.send-timeout=2s"})
class BrokerOutageIT extends HubIntegrationTest {

    private static final String BROKER_URL = "tcp://127.0.0.1:" + freePort();
    private static EmbeddedActiveMQ broker = startBroker();

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void externalBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.artemis.broker-url", () -> BROKER_URL);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA_DIR.resolve("broker-outage/db/hub")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    /**
     * The test's broker stops with the hub's context, after the hub's consumers: stopped before them (in an
     * {@code @AfterAll}), they kept reconnecting for the whole of Camel's shutdown timeout (45 s).
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class BrokerStoppedAfterTheHub {

        @Bean
        DisposableBean testBrokerStop() {
            return () -> broker.stop();
        }
    }

    @Test
    void whileTheBrokerIsDownInboundAnswers503AndTheMessageIsTakenAfterwards() throws Exception {
        // A hub that has had traffic: the first request of a JVM also pays for warming up (10 s on a loaded machine).
        assertThat(post("/api/v1/inbound/canonical-json", PLANHUB_KEY, PlanningOrders.batch("north", 1, 45.42, -75.69),
                MediaType.APPLICATION_JSON).getStatusCode().value()).isEqualTo(202);
        byte[] order = PlanningOrders.batch("north", 1, 45.42, -75.69);
        broker.stop();
        ResponseEntity<String> answer;
        Duration waited;
        try {
            long start = System.nanoTime();
            answer = post("/api/v1/inbound/canonical-json", PLANHUB_KEY, order, MediaType.APPLICATION_JSON);
            waited = Duration.ofNanos(System.nanoTime() - start);
        } finally {
            broker = startBroker();
        }

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(503);
        assertThat(waited).as("answered within the send timeouts and redeliveries").isLessThan(Duration.ofSeconds(15));
        JsonNode error = json.readTree(answer.getBody());
        assertThat(error.path("error").asText()).isEqualTo("unavailable");
        assertThat(answer.getBody()).doesNotContainPattern("(?i)exception|org\\.|java\\.|com\\.");
        assertThat(answer.getHeaders().getFirst("Retry-After")).isNotBlank();
        String deadLetter = error.path("deadLetter").asText();
        assertThat(http.exchange("/api/v1/dead-letters/" + deadLetter + "/payload", HttpMethod.GET,
                new HttpEntity<>(apiKey()), byte[].class).getBody()).as("kept for replay").isEqualTo(order);

        await().atMost(Duration.ofSeconds(60)).until(() -> post("/api/v1/inbound/canonical-json", PLANHUB_KEY,
                PlanningOrders.batch("north", 1, 45.42, -75.69), MediaType.APPLICATION_JSON).getStatusCode()
                .value() == 202);
        ResponseEntity<String> again = post("/api/v1/inbound/canonical-json", PLANHUB_KEY, order,
                MediaType.APPLICATION_JSON);
        assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(202);
        assertThat(json.readTree(again.getBody()).path("duplicate").asBoolean()).as("nothing half stored").isFalse();
    }

    private static HttpHeaders apiKey() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", PLANHUB_KEY);
        return headers;
    }

    /** A plain broker without persistence or security, where the hub's external one would be. */
    private static EmbeddedActiveMQ startBroker() {
        try {
            EmbeddedActiveMQ server = new EmbeddedActiveMQ();
            server.setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false).setSecurityEnabled(false)
                    .addAcceptorConfiguration("tcp", BROKER_URL));
            server.start();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException("the test's broker did not start", e);
        }
    }
}
