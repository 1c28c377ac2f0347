package io.lastmilehub.hub.inbound.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.PlanningOrders;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Messages answered 202 with a job before they are taken in ({@code Prefer: respond-async} here; large messages in
 * LargeBatchesIT): the job tells its state, progress and outcome to its own tenant only; the same bytes sent again
 * answer with the job, then with the stored message; a job whose queue message was lost is swept and run.
 */
class InboundJobsIT extends HubIntegrationTest {

    private static final Duration JOB = Duration.ofMinutes(1);

    private final ObjectMapper json = new ObjectMapper();
    @Autowired
    private CamelContext camel;
    @Autowired
    private JmsTemplate jms;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private InboundJobSweeper sweeper;

    @Test
    void aSenderThatPrefersRespondAsyncGetsAJobThatEndsDoneWithItsOrdersVisibleToItsTenantOnly() throws Exception {
        ResponseEntity<String> accepted = postAsync(PlanningOrders.batch("north", 3, 45.42, -75.69));

        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        assertThat(accepted.getHeaders().getFirst("Preference-Applied")).isEqualTo("respond-async");
        JsonNode job = json.readTree(accepted.getBody());
        String href = job.path("href").asText();
        assertThat(accepted.getHeaders().getLocation()).hasToString(href);
        assertThat(job.path("state").asText()).isIn("QUEUED", "RUNNING", "DONE");
        assertThat(job.path("format").asText()).isEqualTo("canonical-json");

        JsonNode done = awaitFinished(href, PLANHUB_KEY);
        assertThat(done.path("state").asText()).isEqualTo("DONE");
        assertThat(done.path("attempts").asInt()).isEqualTo(1);
        assertThat(done.path("progress").path("orders").asInt()).isEqualTo(3);
        assertThat(done.path("progress").path("stored").asInt()).isEqualTo(3);
        assertThat(done.path("result").path("duplicate").asBoolean()).isFalse();
        assertThat(done.path("result").path("messageId").asText()).isEqualTo(done.path("messageId").asText());
        JsonNode orders = done.path("result").path("orders");
        assertThat(orders).hasSize(3);
        assertThat(get("/api/v1/orders/" + orders.get(0).asText(), PLANHUB_KEY).getStatusCode().value())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from inbound_job_payload where job_id = ?", Integer.class,
                job.path("id").asText())).as("the stored message keeps the bytes from now on").isZero();

        assertThat(get(href, OTHER_KEY).getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/v1/inbound/jobs", OTHER_KEY).getBody()).doesNotContain(job.path("id").asText());
        JsonNode listed = json.readTree(get("/api/v1/inbound/jobs?limit=500", PLANHUB_KEY).getBody());
        assertThat(listed.findValuesAsText("id")).contains(job.path("id").asText());
        assertThat(listed.findValues("result")).as("lists leave the order ids out").isEmpty();
    }

    @Test
    void theSameBytesSentAgainAnswerWithTheirJobWhileItWaitsThenWithTheStoredMessage() throws Exception {
        byte[] batch = PlanningOrders.batch("north", 2, 45.41, -75.70);
        String first;
        camel.getRouteController().stopRoute("inbound-job");
        try {
            first = json.readTree(postAsync(batch).getBody()).path("id").asText();
            assertThat(json.readTree(postAsync(batch).getBody()).path("id").asText()).isEqualTo(first);
        } finally {
            camel.getRouteController().startRoute("inbound-job");
        }
        JsonNode done = awaitFinished("/api/v1/inbound/jobs/" + first, PLANHUB_KEY);

        JsonNode again = json.readTree(postAsync(batch).getBody());
        assertThat(again.path("duplicate").asBoolean()).isTrue();
        assertThat(again.path("messageId").asText()).isEqualTo(done.path("messageId").asText());
        assertThat(again.path("orders")).isEqualTo(done.path("result").path("orders"));
    }

    @Test
    void aJobWhoseQueueMessageWasLostIsSweptAndRun() throws Exception {
        String jobId;
        camel.getRouteController().stopRoute("inbound-job");
        try {
            jobId = json.readTree(postAsync(PlanningOrders.batch("north", 2, 45.43, -75.68)).getBody())
                    .path("id").asText();
            jms.setReceiveTimeout(5_000);
            // The message is lost: what a crash between the database's commit and the broker's leaves behind.
            assertThat(jms.receiveSelected(Addresses.INBOUND_JOBS, Addresses.TENANT_HEADER + " = 'planhub'"))
                    .isNotNull();
        } finally {
            camel.getRouteController().startRoute("inbound-job");
        }
        assertThat(sweeper.sweep()).as("a job that has not stood still long enough waits").isZero();
        jdbc.update("update inbound_job set touched_at = ? where id = ?",
                java.sql.Timestamp.from(CLOCK.instant().minus(InboundJobSweeper.PATIENCE).minusSeconds(1)), jobId);

        assertThat(sweeper.sweep()).isEqualTo(1);
        JsonNode done = awaitFinished("/api/v1/inbound/jobs/" + jobId, PLANHUB_KEY);
        assertThat(done.path("state").asText()).isEqualTo("DONE");
        assertThat(done.path("result").path("orders")).hasSize(2);
        assertThat(sweeper.sweep()).as("a finished job is not sent again").isZero();
    }

    private ResponseEntity<String> postAsync(byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", PLANHUB_KEY);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Prefer", "respond-async, wait=0");
        return http.exchange("/api/v1/inbound/canonical-json", HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }

    private JsonNode awaitFinished(String href, String key) throws Exception {
        await().atMost(JOB).until(() -> json.readTree(get(href, key).getBody()).path("finishedAt").isTextual());
        return json.readTree(get(href, key).getBody());
    }
}
