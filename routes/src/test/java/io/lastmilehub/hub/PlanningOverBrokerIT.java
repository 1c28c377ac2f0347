package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.hub.testsupport.PlanningIntegrationTest;
import io.lastmilehub.hub.testsupport.PlanningOrders;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Plan requests over the broker in the running hub: queued and answered at once, solved by concurrent consumers
 * with one message group per depot, followed through the API while they run, failed solves retried, FAILED and
 * dead-lettered. Tenant planhub's solves take their whole 2 s budget, so that overlaps are real.
 */
class PlanningOverBrokerIT extends PlanningIntegrationTest {

    @Test
    void twoDepotsArePlannedInParallelButOneDepotsRequestsOneAfterTheOther() throws Exception {
        acceptOrders(PlanningOrders.batch("north", 8, 45.4720, -75.6950));
        acceptOrders(PlanningOrders.batch("south", 8, 45.3520, -75.6960));

        String north = requestPlan("north").path("id").asText();
        String south = requestPlan("south").path("id").asText();
        String northAgain = requestPlan("north").path("id").asText();

        JsonNode first = awaitRequestState(north, "DONE");
        JsonNode parallel = awaitRequestState(south, "DONE");
        JsonNode second = awaitRequestState(northAgain, "DONE");
        assertThat(start(first)).isBefore(end(parallel));
        assertThat(start(parallel)).isBefore(end(first));
        // Planned at the same time, the second would fail on the orders the first moved to PLANNED and start again.
        assertThat(List.of(first, parallel, second)).allMatch(request -> request.path("attempts").asInt() == 1);
        assertThat(start(second)).isAfterOrEqualTo(end(first));
        assertThat(json.readTree(get("/api/v1/plans/" + north, PLANHUB_KEY).getBody())
                .path("routes").findValuesAsText("orderId")).hasSize(8);
    }

    @Test
    void aRunningRequestShowsItsProgressThroughTheApi() throws Exception {
        acceptOrders(PlanningOrders.batch("west", 12, 45.3450, -75.8050));
        ResponseEntity<String> accepted = post("/api/v1/plans", PLANHUB_KEY, command("west"),
                MediaType.APPLICATION_JSON);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String location = accepted.getHeaders().getLocation().toString();
        assertThat(json.readTree(accepted.getBody()).path("state").asText()).isIn("QUEUED", "RUNNING");

        AtomicReference<JsonNode> running = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            ResponseEntity<String> now = get(location, PLANHUB_KEY);
            JsonNode view = json.readTree(now.getBody());
            running.set(view);
            return now.getStatusCode() == HttpStatus.ACCEPTED && "RUNNING".equals(view.path("state").asText())
                    && view.path("progress").path("iterations").asInt() > 0;
        });
        JsonNode progress = running.get().path("progress");
        assertThat(progress.path("maxIterations").asInt()).isEqualTo(1_000_000);
        assertThat(progress.path("bestCost").asDouble()).isPositive();
        assertThat(progress.path("vehicles").asInt()).isBetween(1, 2);
        assertThat(progress.path("unassigned").asInt()).isZero();
        assertThat(progress.path("elapsedMillis").asLong()).isPositive();

        JsonNode done = awaitRequestState(running.get().path("id").asText(), "DONE");
        assertThat(done.path("progress").path("iterations").asInt())
                .isGreaterThanOrEqualTo(progress.path("iterations").asInt());
        assertThat(done.path("plan").asText()).isEqualTo(location);
        ResponseEntity<String> plan = get(location, PLANHUB_KEY);
        assertThat(plan.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(plan.getBody()).path("routes").findValuesAsText("orderId")).hasSize(12);
        assertThat(get(location, OTHER_KEY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aClientCanWaitForItsPlanWithPreferWait() throws Exception {
        acceptOrders(PlanningOrders.batch("north", 3, 45.4720, -75.6950));
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", PLANHUB_KEY);
        headers.set("Prefer", "respond-async, wait=30");
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> created = http.exchange("/api/v1/plans", HttpMethod.POST,
                new HttpEntity<>(command("north"), headers), String.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode plan = json.readTree(created.getBody());
        assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/plans/" + plan.path("id").asText());
        assertThat(plan.path("depotId").asText()).isEqualTo("north");
        assertThat(plan.path("routes").findValuesAsText("orderId")).isNotEmpty();
    }

    @Test
    void aSolveThatFailsIsRetriedThenFailedWithItsReasonAndKeptAsADeadLetter() throws Exception {
        ResponseEntity<String> answer = post("/api/v1/plans?wait=30s", PLANHUB_KEY, command("mixed"),
                MediaType.APPLICATION_JSON);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode failed = json.readTree(answer.getBody());
        String id = failed.path("id").asText();
        assertThat(failed.path("state").asText()).isEqualTo("FAILED");
        assertThat(failed.path("failureReason").asText()).contains("more than one driver");
        assertThat(failed.path("attempts").asInt()).isEqualTo(3);
        assertThat(failed.path("finishedAt").asText()).isNotEmpty();

        JsonNode letter = awaitDeadLetterOf(id);
        assertThat(letter.path("reason").asText()).contains("more than one driver");
        assertThat(get("/api/v1/dead-letters/" + letter.path("id").asText() + "/payload", PLANHUB_KEY).getBody())
                .contains("\"id\":\"" + id + "\"", "\"depotId\":\"mixed\"");
        JsonNode replayed = json.readTree(post("/api/v1/dead-letters/" + letter.path("id").asText() + "/replay",
                PLANHUB_KEY, new byte[0], MediaType.APPLICATION_JSON).getBody());
        assertThat(replayed.path("replayCount").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> json.readTree(get("/api/v1/plans/" + id + "/request",
                PLANHUB_KEY).getBody()).path("attempts").asInt() == 6);
        assertThat(awaitRequestState(id, "FAILED").path("failureReason").asText()).contains("more than one driver");
    }

    @Test
    void anUnknownDepotIsRefusedAndNothingIsQueued() throws Exception {
        int before = json.readTree(get("/api/v1/plans/requests?limit=500", PLANHUB_KEY).getBody()).size();

        ResponseEntity<String> refused = post("/api/v1/plans", PLANHUB_KEY, command("atlantis"),
                MediaType.APPLICATION_JSON);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).path("violations").get(0).path("field").asText())
                .isEqualTo("depotId");
        assertThat(json.readTree(get("/api/v1/plans/requests?limit=500", PLANHUB_KEY).getBody()).size())
                .isEqualTo(before);
        assertThat(post("/api/v1/plans?wait=soon", PLANHUB_KEY, command("north"), MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }


    private JsonNode requestPlan(String depot) throws Exception {
        ResponseEntity<String> accepted = post("/api/v1/plans", PLANHUB_KEY, command(depot),
                MediaType.APPLICATION_JSON);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode request = json.readTree(accepted.getBody());
        assertThat(accepted.getHeaders().getLocation()).hasToString("/api/v1/plans/" + request.path("id").asText());
        assertThat(request.path("trigger").asText()).isEqualTo("REQUEST");
        return request;
    }


    private JsonNode awaitDeadLetterOf(String planId) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            for (JsonNode letter : json.readTree(get("/api/v1/dead-letters", PLANHUB_KEY).getBody())) {
                String payload = get("/api/v1/dead-letters/" + letter.path("id").asText() + "/payload",
                        PLANHUB_KEY).getBody();
                if (payload != null && payload.contains(planId)) {
                    found.set(letter);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    private static byte[] command(String depot) {
        return ("{\"depotId\":\"" + depot + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static Instant start(JsonNode request) {
        return Instant.parse(request.path("startedAt").asText());
    }

    private static Instant end(JsonNode request) {
        return Instant.parse(request.path("finishedAt").asText());
    }
}
