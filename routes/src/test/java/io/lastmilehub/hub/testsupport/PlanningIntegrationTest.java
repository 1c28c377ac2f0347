package io.lastmilehub.hub.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The running hub, seen by a client of tenant planhub that sends orders and follows plan requests. */
public abstract class PlanningIntegrationTest extends HubIntegrationTest {

    protected final ObjectMapper json = new ObjectMapper();

    /** Sends a batch of {@link PlanningOrders} and returns the ids of its orders. */
    protected List<String> acceptOrders(byte[] batch) throws Exception {
        ResponseEntity<String> accepted = post("/api/v1/inbound/canonical-json", PLANHUB_KEY, batch,
                MediaType.APPLICATION_JSON);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        List<String> ids = new ArrayList<>();
        json.readTree(accepted.getBody()).path("orders").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /** The plan request once it has reached the state, as {@code GET /api/v1/plans/{id}/request} shows it. */
    protected JsonNode awaitRequestState(String id, String state) {
        AtomicReference<JsonNode> view = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            view.set(json.readTree(get("/api/v1/plans/" + id + "/request", PLANHUB_KEY).getBody()));
            return state.equals(view.get().path("state").asText());
        });
        return view.get();
    }
}
