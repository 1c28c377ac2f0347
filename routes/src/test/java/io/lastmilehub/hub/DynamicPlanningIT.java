package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.StatusChange;
import io.lastmilehub.hub.orders.StatusRecorder;
import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.hub.testsupport.PlanningIntegrationTest;
import io.lastmilehub.hub.testsupport.PlanningOrders;
import io.lastmilehub.model.DeliveryStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Plans that change while they are driven: new orders inserted and a late vehicle re-planned, with the stops already
 * dispatched kept on their vehicle in their order; on-demand orders dispatched tier by tier.
 */
class DynamicPlanningIT extends PlanningIntegrationTest {

    @Autowired
    private OrderRepository orders;
    @Autowired
    private OrderDocuments documents;
    @Autowired
    private StatusRecorder statuses;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void insertedOrdersJoinThePlanUnderWayAndALateVehicleIsReplannedWithItsDispatchedStopsKept() throws Exception {
        acceptOrders(PlanningOrders.batch("insert", 6, 45.3800, -75.6500));
        JsonNode first = planWithin("{\"depotId\":\"insert\"}");
        JsonNode route = first.path("routes").get(0);
        String vehicle = route.path("vehicleId").asText();
        List<String> stops = route.path("stops").findValuesAsText("orderId");
        assertThat(stops).hasSizeGreaterThanOrEqualTo(3);
        // The van delivered its first stop and is out with the next two; the rest is only planned.
        move(stops.get(0), DeliveryStatus.DELIVERED, first, vehicle);
        move(stops.get(1), DeliveryStatus.OUT_FOR_DELIVERY, first, vehicle);
        move(stops.get(2), DeliveryStatus.DISPATCHED, first, vehicle);
        List<String> added = acceptOrders(PlanningOrders.batch("insert", 2, 45.3900, -75.6400));

        ResponseEntity<String> inserted = post("/api/v1/plans/" + first.path("id").asText() + "/orders?wait=60s",
                PLANHUB_KEY, ("{\"orderIds\":[\"" + String.join("\",\"", added) + "\"]}")
                        .getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);

        assertThat(inserted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode second = json.readTree(inserted.getBody());
        assertThat(second.path("id").asText()).isNotEqualTo(first.path("id").asText());
        assertKeeps(second, vehicle, stops.subList(1, 3));
        assertThat(second.path("routes").findValuesAsText("orderId")).doesNotContain(stops.get(0))
                .containsAll(added).containsAll(stops.subList(3, stops.size()));
        assertThat(statusOf(added.get(0))).isEqualTo(DeliveryStatus.PLANNED);
        assertThat(get("/api/v1/plans/" + first.path("id").asText(), PLANHUB_KEY).getHeaders().getFirst("Link"))
                .isEqualTo("</api/v1/plans/" + second.path("id").asText() + ">; rel=\"successor-version\"");
        JsonNode request = json.readTree(get("/api/v1/plans/" + second.path("id").asText() + "/request",
                PLANHUB_KEY).getBody());
        assertThat(request.path("trigger").asText()).isEqualTo("INSERT_ORDERS");
        assertThat(request.path("basePlanId").asText()).isEqualTo(first.path("id").asText());
        assertThat(json.convertValue(request.path("orderIds"), List.class)).containsExactlyElementsOf(added);

        publishDelay(second.path("id").asText(), vehicle, stops.get(1), Duration.ofMinutes(25));

        await().atMost(Duration.ofSeconds(30)).until(() -> latestRequestOf("insert").path("trigger").asText()
                .equals("DELAY"));
        String replanId = awaitRequestState(latestRequestOf("insert").path("id").asText(), "DONE").path("id")
                .asText();
        JsonNode replanned = json.readTree(get("/api/v1/plans/" + replanId, PLANHUB_KEY).getBody());
        assertKeeps(replanned, vehicle, stops.subList(1, 3));
        assertThat(replanned.path("routes").findValuesAsText("orderId")).containsAll(added)
                .doesNotContain(stops.get(0));
    }

    @Test
    void onDemandOrdersGoToTheOwnFleetThenAContractorThenTheCarrierWithTheRefusals() throws Exception {
        acceptOrders(PlanningOrders.batch("ondemand", 2, 45.4300, -75.6200));
        JsonNode plan = planWithin("{\"depotId\":\"ondemand\"}");
        assertThat(plan.path("routes").findValuesAsText("vehicleId")).containsExactly("ondemand-van-1");
        // Near (about 1 km), near again, and 20 km away; one order of the own van's three stops at most is left.
        List<String> onDemand = new ArrayList<>();
        onDemand.addAll(acceptOrders(PlanningOrders.batch("ondemand", 1, 45.4350, -75.6300)));
        onDemand.addAll(acceptOrders(PlanningOrders.batch("ondemand", 1, 45.4250, -75.6300)));
        onDemand.addAll(acceptOrders(PlanningOrders.batch("ondemand", 1, 45.6000, -75.8000)));

        ResponseEntity<String> answer = post("/api/v1/dispatch", PLANHUB_KEY,
                ("{\"orderIds\":[\"" + String.join("\",\"", onDemand) + "\"]}").getBytes(StandardCharsets.UTF_8),
                MediaType.APPLICATION_JSON);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode dispatch = json.readTree(answer.getBody());
        JsonNode decisions = dispatch.path("decisions");
        assertThat(decisions.get(0).path("tier").asText()).isEqualTo("own fleet");
        assertThat(decisions.get(0).path("vehicleId").asText()).isEqualTo("ondemand-van-1");
        assertThat(json.convertValue(decisions.get(0).path("route"), List.class)).hasSize(3)
                .contains(onDemand.get(0)).containsAll(plan.path("routes").findValuesAsText("orderId"));
        assertThat(decisions.get(0).path("addedCost").asDouble()).isPositive();
        assertThat(decisions.get(1).path("tier").asText()).isEqualTo("contractors");
        assertThat(decisions.get(1).path("vehicleId").asText()).isEqualTo("ondemand-sub-1");
        assertThat(decisions.get(2).path("carrier").asText()).isEqualTo("courier-3pl");
        assertThat(decisions.get(2).path("refusals").asText())
                .contains("own fleet: no vehicle near enough", "contractors: no vehicle near enough");

        assertThat(statusOf(onDemand.get(0))).isEqualTo(DeliveryStatus.DISPATCHED);
        assertThat(statusOf(onDemand.get(1))).isEqualTo(DeliveryStatus.DISPATCHED);
        OrderEntity handedOver = orders.findByIdAndTenant(onDemand.get(2), "planhub").orElseThrow();
        assertThat(handedOver.getStatus()).isEqualTo(DeliveryStatus.DISPATCHED);
        assertThat(documents.read(handedOver).getStatusReason()).isEqualTo("handed to carrier courier-3pl");
        String version = dispatch.path("request").path("id").asText();
        JsonNode next = json.readTree(get("/api/v1/plans/" + version, PLANHUB_KEY).getBody());
        Map<String, List<String>> byVehicle = stopsByVehicle(next);
        assertThat(byVehicle.get("ondemand-van-1")).containsExactlyElementsOf(
                json.convertValue(decisions.get(0).path("route"), List.class));
        assertThat(byVehicle.get("ondemand-sub-1")).containsExactly(onDemand.get(1));
        assertThat(json.readTree(get("/api/v1/dispatch/" + version, PLANHUB_KEY).getBody()).path("decisions"))
                .hasSize(3);
    }

    @Test
    void aDispatchNamingNoOrderOrAnUnknownOneIsRefusedWithTheField() throws Exception {
        ResponseEntity<String> unknown = post("/api/v1/dispatch", PLANHUB_KEY,
                "{\"orderIds\":[\"no-such-order\"]}".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        ResponseEntity<String> none = post("/api/v1/dispatch", PLANHUB_KEY,
                "{\"orderIds\":[]}".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).contains("orderIds[0]", "unknown order 'no-such-order'");
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(none.getBody()).contains("orderIds", "name at least one order");
    }

    private JsonNode planWithin(String command) throws Exception {
        ResponseEntity<String> planned = post("/api/v1/plans?wait=60s", PLANHUB_KEY,
                command.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        assertThat(planned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(planned.getBody());
    }

    /** The vehicle's route serves these orders in this order (other stops may come between them). */
    private static void assertKeeps(JsonNode plan, String vehicle, List<String> fixed) {
        List<String> route = stopsByVehicle(plan).get(vehicle);
        assertThat(route).containsSubsequence(fixed);
    }

    private static Map<String, List<String>> stopsByVehicle(JsonNode plan) {
        Map<String, List<String>> byVehicle = new HashMap<>();
        plan.path("routes").forEach(route -> byVehicle.put(route.path("vehicleId").asText(),
                route.path("stops").findValuesAsText("orderId")));
        return byVehicle;
    }

    /** A status change as the tracking side or a driver app records it. */
    private void move(String orderId, DeliveryStatus status, JsonNode plan, String vehicle) {
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            OrderEntity order = orders.findByIdAndTenant(orderId, "planhub").orElseThrow();
            statuses.record(order, documents.read(order), new StatusChange(status, null, null,
                    plan.path("id").asText(), vehicle));
        });
    }

    private DeliveryStatus statusOf(String orderId) {
        return orders.findByIdAndTenant(orderId, "planhub").orElseThrow().getStatus();
    }

    private JsonNode latestRequestOf(String depot) throws Exception {
        return json.readTree(get("/api/v1/plans/requests?depotId=" + depot + "&limit=1", PLANHUB_KEY).getBody())
                .get(0);
    }
}
