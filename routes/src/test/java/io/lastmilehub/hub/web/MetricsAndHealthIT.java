package io.lastmilehub.hub.web;

import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Prometheus endpoint answers the metrics collector's credential of config/application.yaml with the JVM's and
 * each Camel route's metrics, and nobody else; the health groups answer anyone.
 */
class MetricsAndHealthIT extends HubIntegrationTest {

    private static final String PROMETHEUS = "/actuator/prometheus";
    /** The demo credential of config/application.yaml (lastmile.metrics). */
    private static final String METRICS_USER = "prometheus";
    private static final String METRICS_PASSWORD = "demo-metrics-secret";

    @Test
    void theMetricsCollectorReadsTheJvmAndEveryRoutesMessageCounts() {
        ResponseEntity<String> answer = http.withBasicAuth(METRICS_USER, METRICS_PASSWORD)
                .getForEntity(PROMETHEUS, String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody())
                .containsPattern("(?m)^jvm_memory_used_bytes\\{.*area=\"heap\"")
                .containsPattern("(?m)^camel_exchanges_total\\{.*routeId=\"order-intake\"")
                .containsPattern("(?m)^camel_exchanges_failed_total\\{.*routeId=\"order-intake\"");
    }

    @Test
    void theBrokersQueuesAndEachPlanningRunAreMeasured() {
        LocalDate day = LocalDate.now(ZoneId.of("America/Toronto")).plusDays(60);
        post("/api/v1/plans?wait=60s", DEMO_KEY, ("{\"depotId\":\"ottawa\",\"date\":\"" + day + "\"}")
                .getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(metrics())
                .containsPattern("(?m)^artemis_message_count\\{.*\"lastmile\\.planning\\.requests\"")
                .containsPattern("(?m)^artemis_consumer_count\\{.*\"lastmile\\.planning\\.requests\"")
                .containsPattern("(?m)^lastmile_planning_duration_seconds_count\\{.*trigger=\"REQUEST\""));
    }

    @Test
    void withoutTheCredentialTheMetricsAre401InTheHubsErrorFormat() {
        ResponseEntity<String> anonymous = http.getForEntity(PROMETHEUS, String.class);
        ResponseEntity<String> wrongPassword = http.withBasicAuth(METRICS_USER, "not-the-password")
                .getForEntity(PROMETHEUS, String.class);
        // A tenant's key opens its own data, not the metrics of every tenant.
        ResponseEntity<String> tenant = http.withBasicAuth("demo", DEMO_KEY).getForEntity(PROMETHEUS, String.class);
        ResponseEntity<String> tenantHeader = get(PROMETHEUS, DEMO_KEY);

        for (ResponseEntity<String> answer : List.of(anonymous, wrongPassword, tenant, tenantHeader)) {
            assertThat(answer.getStatusCode().value()).isEqualTo(401);
            assertThat(answer.getBody()).contains("\"error\":\"unauthorized\"").doesNotContain("jvm_");
        }
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    private String metrics() {
        return http.withBasicAuth(METRICS_USER, METRICS_PASSWORD).getForEntity(PROMETHEUS, String.class).getBody();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void theHealthGroupsAnswerAnyoneUp(String path) {
        ResponseEntity<String> answer = http.getForEntity(path, String.class);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        assertThat(answer.getBody()).contains("\"status\":\"UP\"");
    }
}
