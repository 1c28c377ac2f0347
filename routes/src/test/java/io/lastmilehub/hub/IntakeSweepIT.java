package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.orders.IntakeSweeper;
import io.lastmilehub.hub.orders.IntakeMarks;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.PlanningOrders;
import io.lastmilehub.hub.testsupport.TopicRecorder;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jms.core.JmsTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An order stored without its intake message (the hub crashed, or the broker failed, between the database commit and
 * the broker commit) is found by the sweep and taken in; an order taken already is passed over when its message
 * comes again.
 */
class IntakeSweepIT extends HubIntegrationTest {

    @Autowired
    private CamelContext camel;
    @Autowired
    private JmsTemplate jms;
    @Autowired
    private IntakeSweeper sweeper;
    @Autowired
    private IntakeMarks marks;

    @Test
    void anOrderWhoseIntakeMessageWasLostIsSweptIntoTheIntakeStage() throws Exception {
        String orderId;
        camel.getRouteController().stopRoute("order-intake");
        try {
            ResponseEntity<String> accepted = post("/api/v1/inbound/canonical-json", PLANHUB_KEY,
                    PlanningOrders.batch("north", 1, 45.42, -75.69), MediaType.APPLICATION_JSON);
            assertThat(accepted.getStatusCode().value()).isEqualTo(202);
            orderId = new ObjectMapper().readTree(accepted.getBody()).path("orders").get(0).asText();
            jms.setReceiveTimeout(5_000);
            // The message is lost: what a crash between the two commits leaves behind.
            assertThat(jms.receiveSelected(Addresses.ORDERS_RECEIVED,
                    Addresses.ORDER_HEADER + " = '" + orderId + "'")).isNotNull();
        } finally {
            camel.getRouteController().startRoute("order-intake");
        }
        assertThat(marks.countTaken(orderId)).isZero();

        try (TopicRecorder status = new TopicRecorder("lastmile.status")) {
            assertThat(sweeper.sweepNow()).isGreaterThanOrEqualTo(1);
            await().atMost(Duration.ofSeconds(20)).until(() -> marks.countTaken(orderId) == 1);
            await().atMost(Duration.ofSeconds(5)).until(() -> status.received().stream()
                    .anyMatch(m -> m.body().contains(orderId) && m.body().contains("RECEIVED")));
        }
        JsonNode order = new ObjectMapper().readTree(get("/api/v1/orders/" + orderId, PLANHUB_KEY).getBody());
        assertThat(order.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(sweeper.sweepNow()).as("a taken order is not sent again").isZero();
    }
}
