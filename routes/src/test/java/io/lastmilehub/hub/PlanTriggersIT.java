package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.hub.planning.CutOffSchedule;
import io.lastmilehub.hub.planning.PlanRequestView;
import io.lastmilehub.hub.planning.ScheduledCutOff;
import io.lastmilehub.hub.testsupport.PlanningIntegrationTest;
import io.lastmilehub.hub.testsupport.PlanningOrders;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ReasonCode;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What makes plan requests besides the API: a depot's cut-off from the configuration, and a vehicle running late as
 * the tracking side reports it on the status topic.
 */
class PlanTriggersIT extends PlanningIntegrationTest {

    @Autowired
    private CutOffSchedule cutOffs;
    @Autowired
    private List<ScheduledTaskHolder> scheduled;

    @Test
    void aCutOffQueuesOneRequestForItsDepotsDayThatProducesAPlan() throws Exception {
        ScheduledCutOff east = cutOffs.cutOffs().stream().filter(c -> c.depotId().equals("east")).findFirst()
                .orElseThrow();
        assertThat(scheduled.stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .map(task -> task.getTask()).filter(CronTask.class::isInstance).map(CronTask.class::cast)
                .map(CronTask::getExpression)).contains("0 0 6 * * MON-FRI");
        acceptOrders(PlanningOrders.batch("east", 5, 45.4450, -75.5400));

        // Friday 20 November 2026, 06:00:04 in Ottawa: the 06:00 cut-off, fired a little late.
        Optional<PlanRequestView> fired = cutOffs.fire(east, Instant.parse("2026-11-20T11:00:04Z"));

        assertThat(fired).isPresent();
        assertThat(fired.get().planningDate()).hasToString("2026-11-20");
        assertThat(fired.get().triggerReason()).contains("0 0 6 * * MON-FRI", "2026-11-20T06:00-05:00");
        assertThat(cutOffs.fire(east, Instant.parse("2026-11-20T11:00:30Z"))).isEmpty();
        JsonNode done = awaitRequestState(fired.get().id(), "DONE");
        assertThat(done.path("trigger").asText()).isEqualTo("CUT_OFF");
        JsonNode plan = json.readTree(get("/api/v1/plans/" + done.path("id").asText(), PLANHUB_KEY).getBody());
        assertThat(plan.path("depotId").asText()).isEqualTo("east");
        assertThat(plan.path("routes").findValuesAsText("orderId")).hasSize(5);
    }

    @Test
    void aVehicleFarBehindPlanMakesOneReplanRequestForItsDepot() throws Exception {
        List<String> orders = acceptOrders(PlanningOrders.batch("late", 4, 45.4000, -75.7500));
        JsonNode plan = json.readTree(post("/api/v1/plans?wait=60s", PLANHUB_KEY,
                "{\"depotId\":\"late\"}".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON).getBody());
        String planId = plan.path("id").asText();
        String vehicle = plan.path("routes").get(0).path("vehicleId").asText();

        publishDelay(planId, vehicle, orders.get(0), Duration.ofMinutes(5));
        publishDelay(planId, vehicle, orders.get(0), Duration.ofMinutes(31));
        publishDelay(planId, vehicle, orders.get(1), Duration.ofMinutes(34));

        await().atMost(Duration.ofSeconds(30)).until(() -> replansOf("late").size() == 1);
        JsonNode replan = replansOf("late").get(0);
        assertThat(replan.path("triggerReason").asText()).contains("vehicle " + vehicle, "31 min behind plan",
                planId);
        assertThat(awaitRequestState(replan.path("id").asText(), "DONE").path("depotId").asText())
                .isEqualTo("late");
        // The slight delay came first and made nothing; the second stop's delay made no second request.
        assertThat(replansOf("late")).hasSize(1);
    }


    /** A delay as the hub's tracking publishes it: the canonical event, and how far behind plan as a header. */
    private static void publishDelay(String planId, String vehicleId, String orderId, Duration behind)
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

    private List<JsonNode> replansOf(String depot) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        json.readTree(get("/api/v1/plans/requests?depotId=" + depot, PLANHUB_KEY).getBody()).forEach(request -> {
            if ("DELAY".equals(request.path("trigger").asText())) {
                found.add(request);
            }
        });
        return found;
    }

}
