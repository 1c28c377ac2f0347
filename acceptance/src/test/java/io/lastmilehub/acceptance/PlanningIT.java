package io.lastmilehub.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.acceptance.support.AcceptanceTest;
import io.lastmilehub.acceptance.support.Broker;
import io.lastmilehub.acceptance.support.HubClient;
import io.lastmilehub.acceptance.support.HubProcess;
import io.lastmilehub.acceptance.support.Orders;
import io.lastmilehub.acceptance.support.Repository;
import io.lastmilehub.acceptance.support.TopicSubscriber;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client plans a depot and waits for the plan ({@code ?wait}), then draws it; an ERP subscribed to the topics
 * the demo tenant's copies of {@code lastmile.status} and {@code lastmile.cost} with a plain JMS client hears of the order and the plan's cost.
 */
@AcceptanceTest
class PlanningIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** A day of its own, so that the other cases' orders do not land in this plan. */
    private static final LocalDate DAY = LocalDate.now(Orders.OTTAWA).plusDays(3);

    @Test
    void aPlanMadeWhileTheClientWaitsIsDrawnAndItsStatusAndCostGoOutOnTheTopics(HubProcess hub) throws Exception {
        HubClient client = new HubClient(hub);
        try (TopicSubscriber statuses = new TopicSubscriber(hub, Broker.demoTopic("status"));
             TopicSubscriber costs = new TopicSubscriber(hub, Broker.demoTopic("cost"))) {
            String orderId = Orders.accepted(client.postJson("/api/v1/inbound/canonical-json",
                    Orders.canonicalJson("planning-" + System.nanoTime(), 45.4180, -75.6900, DAY)));
            await().atMost(WAIT).until(() -> statusesOf(statuses, orderId).contains("RECEIVED"));

            // the example of POST /api/v1/plans in the API's description, for the day of the orders
            HttpResponse<String> planned = client.postJson("/api/v1/plans?wait=60s", new String(Repository
                    .apiExample("plan-request.json"), StandardCharsets.UTF_8).replaceFirst(
                    "\"date\": *\"[0-9-]+\"", "\"date\": \"" + DAY + "\""));
            assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
            JsonNode plan = HubClient.json(planned);
            String planId = plan.path("id").asText();
            assertThat(plan.path("routes").findValuesAsText("orderId")).contains(orderId);

            HttpResponse<String> map = client.get("/api/v1/plans/" + planId + "/map.svg");
            assertThat(map.statusCode()).isEqualTo(200);
            assertThat(map.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("image/svg+xml"));
            assertThat(map.body()).startsWith("<svg").contains("</svg>");

            await().atMost(WAIT).until(() -> statusesOf(statuses, orderId), s -> s.contains("PLANNED"));
            JsonNode cost = await().atMost(WAIT).until(() -> costs.where("planId", planId), c -> !c.isEmpty()).get(0);
            assertThat(cost.path("tenant").asText()).isEqualTo("demo");
            assertThat(cost.path("depotId").asText()).isEqualTo("ottawa");
            assertThat(cost.path("totalCost").asDouble()).isPositive();
            assertThat(cost.path("distanceMeters").asDouble()).isPositive();
        }
    }

    private static List<String> statusesOf(TopicSubscriber statuses, String orderId) {
        return statuses.where("orderId", orderId).stream().map(event -> event.path("status").asText()).toList();
    }
}
