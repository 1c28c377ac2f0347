package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.PlanningOrders;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database down: the API answers 503 in the hub's JSON error format at once (never 500, never a stack trace or a
 * Java name, never 202, no hanging request), nothing of the message is stored, and once the database is back the same
 * message is taken as new. A hub of its own on a database server (H2 over TCP) that the test stops, as a PostgreSQL
 * that stopped leaves the hub.
 */
@DirtiesContext
@TestPropertySource(properties = {"lastmile-it.server-id=3", "lastmile.broker.mqtt-url=",
        "lastmile.broker.acceptor-url=", "spring.datasource.hikari.connection-timeout=1000"})
class OutageIT extends HubIntegrationTest {

    private static final int DATABASE_PORT = freePort();
    private static Server database = startDatabase();

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void ownStores(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://127.0.0.1:" + DATABASE_PORT
                + "/hub;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("spring.artemis.embedded.data-directory", () -> DATA_DIR.resolve("outage/artemis").toString());
    }

    /**
     * The database server stops with the hub's context, after the hub's consumers and pool: stopped before them (in
     * an {@code @AfterAll}), the hub's shutdown ran into a database that was gone.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class DatabaseStoppedAfterTheHub {

        @Bean
        DisposableBean testDatabaseStop() {
            return () -> database.stop();
        }
    }

    @Test
    void whileTheDatabaseIsDownTheApiAnswers503AndTheMessageIsTakenAfterwards() throws Exception {
        byte[] order = PlanningOrders.batch("north", 1, 45.42, -75.69);
        database.stop();
        try {
            assertUnavailable(post("/api/v1/inbound/canonical-json", PLANHUB_KEY, order, MediaType.APPLICATION_JSON));
            assertUnavailable(get("/api/v1/orders", PLANHUB_KEY));
        } finally {
            database = startDatabase();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/v1/orders", PLANHUB_KEY).getStatusCode()
                .value() == 200);
        ResponseEntity<String> accepted = post("/api/v1/inbound/canonical-json", PLANHUB_KEY, order,
                MediaType.APPLICATION_JSON);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        assertThat(json.readTree(accepted.getBody()).path("duplicate").asBoolean()).isFalse();
    }

    private void assertUnavailable(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(503);
        JsonNode error = json.readTree(answer.getBody());
        assertThat(error.path("error").asText()).isEqualTo("unavailable");
        assertThat(answer.getBody()).doesNotContainPattern("(?i)exception|org\\.|java\\.|com\\.");
        assertThat(answer.getHeaders().getFirst("Retry-After")).isNotBlank();
    }

    /** The hub's database, served over TCP from the run's data directory. */
    private static Server startDatabase() {
        try {
            return Server.createTcpServer("-tcpPort", String.valueOf(DATABASE_PORT), "-baseDir",
                    DATA_DIR.resolve("outage/db").toString(), "-ifNotExists").start();
        } catch (SQLException e) {
            throw new IllegalStateException("the test's database server did not start", e);
        }
    }
}
