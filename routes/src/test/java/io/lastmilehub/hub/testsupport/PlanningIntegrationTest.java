package io.lastmilehub.hub.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ReasonCode;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The running hub, seen by a client of tenant planhub that sends orders and follows plan requests. */
public abstract class PlanningIntegrationTest extends HubIntegrationTest {

    protected final ObjectMapper json = new ObjectMapper();

    /** Sends a batch of {@link PlanningOrders} and returns the ids of its orders. */
    protected List<String> acceptOrders(byte[] batch) throws Exception {
        return acceptOrders(PLANHUB_KEY, batch);
    }

    /** Sends a batch of {@link PlanningOrders} of the tenant of that key and returns the ids of its orders. */
    protected List<String> acceptOrders(String key, byte[] batch) throws Exception {
        ResponseEntity<String> accepted = post("/api/v1/inbound/canonical-json", key, batch,
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

    /** A delay as the hub's tracking publishes it: the canonical event, and how far behind plan as a header. */
    protected static void publishDelay(String planId, String vehicleId, String orderId, Duration behind)
            throws Exception {
        DeliveryStatusEvent event = DeliveryStatusEvent.builder().eventId("evt-" + UUID.randomUUID())
                .tenant("planhub").orderId(orderId).status(DeliveryStatus.EXCEPTION).reasonCode(ReasonCode.DELAYED)
                .reason("ETA is after the time window end").occurredAt(Instant.now()).planId(planId)
                .vehicleId(vehicleId).build();
        try (Connection connection = new ActiveMQConnectionFactory("vm://0").createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message message = session.createTextMessage(CanonicalJson.toJson(event));
            message.setStringProperty("LastMileTenant", "planhub");
            message.setStringProperty("LastMileDelaySeconds", Long.toString(behind.toSeconds()));
            session.createProducer(session.createTopic("lastmile.status")).send(message);
        }
    }
}
