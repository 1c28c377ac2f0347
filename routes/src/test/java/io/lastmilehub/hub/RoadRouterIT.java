package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lastmilehub.hub.testsupport.PlanningIntegrationTest;
import io.lastmilehub.hub.testsupport.PlanningOrders;
import io.lastmilehub.testsupport.osrm.OsrmTableStub;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Tenant road plans on the tables of its road router (OSRM, played by WireMock with answers in its documented
 * format): the legs of its plans are the router's distances and free-flow durations, stretched by the depot's rush
 * hours (1.5 all day at depot routed), and a day larger than the router's table size is asked in blocks. A router
 * that fails makes the plan request fail naming it and the reason: retried when a retry may help (503, timeout),
 * at once when not (400), then FAILED and dead-lettered; replayed once the router is back, it plans on the router's
 * tables. An order the router finds no road to is unassigned, the others planned.
 */
class RoadRouterIT extends PlanningIntegrationTest {

    private static final double RUSH_HOUR = 1.5;
    /** Free-flow seconds and metres between the depot (0) and the two orders, far from any straight-line guess. */
    private static final double[][] DURATIONS = {{0, 1500, 1700}, {1450, 0, 1900}, {1650, 1850, 0}};
    private static final double[][] DISTANCES = {{0, 21000, 23000}, {20500, 0, 26000}, {22500, 25500, 0}};


    @Test
    void thePlansLegsAreTheRoutersDurationsStretchedByTheRushHoursAndItsDistances() throws Exception {
        String depot = tableRequestsOf("-75\\.600000,45\\.500000");
        ROAD_ROUTER.stubFor(table(depot));
        awaitReceived(acceptOrders(ROAD_KEY, PlanningOrders.batch("road", "routed", 2, 45.5, -75.6)));

        JsonNode plan = planAndWait("routed");

        assertThat(plan.path("depotId").asText()).isEqualTo("routed");
        List<LoggedRequest> asked = ROAD_ROUTER.findAll(getRequestedFor(urlPathMatching(depot)));
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).queryParameter("annotations").firstValue()).isEqualTo("distance,duration");
        List<double[]> locations = locationsOf(asked.get(0));
        JsonNode stops = plan.path("routes").get(0).path("stops");
        assertThat(stops.findValuesAsText("orderId")).hasSize(2);
        int from = 0;
        for (JsonNode stop : stops) {
            int to = indexOf(stop.path("location"), locations);
            assertThat(stop.path("durationSeconds").asDouble()).isCloseTo(RUSH_HOUR * DURATIONS[from][to], within(1.0));
            assertThat(stop.path("distanceMeters").asDouble()).isCloseTo(DISTANCES[from][to], within(0.5));
            from = to;
        }
    }

    @Test
    void aRouterThatFailsFailsThePlanRequestNamingItRetriedThenDeadLetteredAndReplayable() throws Exception {
        String depot = tableRequestsOf("-75\\.800000,45\\.300000");
        ROAD_ROUTER.stubFor(WireMock.get(urlPathMatching(depot)).willReturn(aResponse().withStatus(503)
                .withBody("<html><body>503 Service Temporarily Unavailable</body></html>")));
        List<String> orders = acceptOrders(ROAD_KEY, PlanningOrders.batch("road", "down", 2, 45.3, -75.8));
        awaitReceived(orders);

        JsonNode failed = planFailing("down", 3, "HTTP 503");

        ROAD_ROUTER.verify(3, getRequestedFor(urlPathMatching(depot)));
        for (String order : orders) {
            assertThat(json.readTree(get("/api/v1/orders/" + order, ROAD_KEY).getBody()).path("status").asText())
                    .isEqualTo("RECEIVED");
        }
        JsonNode letter = awaitDeadLetterOf(failed.path("id").asText());
        assertThat(letter.path("reason").asText()).contains(ROAD_ROUTER.baseUrl(), "HTTP 503");

        ROAD_ROUTER.stubFor(table(depot));
        post("/api/v1/dead-letters/" + letter.path("id").asText() + "/replay", ROAD_KEY, new byte[0],
                MediaType.APPLICATION_JSON);

        String id = failed.path("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(json.readTree(
                get("/api/v1/plans/" + id + "/request", ROAD_KEY).getBody()).path("state").asText()));
        JsonNode plan = json.readTree(get("/api/v1/plans/" + id, ROAD_KEY).getBody());
        assertThat(plan.path("routes").findValuesAsText("orderId")).containsExactlyInAnyOrderElementsOf(orders);
        assertThat(plan.path("routes").get(0).path("stops").get(0).path("distanceMeters").asDouble())
                .isIn(DISTANCES[0][1], DISTANCES[0][2]);
    }

    @Test
    void aRouterThatRefusesTheRequestFailsItAtOnceNamingOsrmsCodeAndMessageWithoutRetries() throws Exception {
        String depot = tableRequestsOf("-75\\.900000,45\\.200000");
        ROAD_ROUTER.stubFor(WireMock.get(urlPathMatching(depot)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"NoSegment\",\"message\":"
                        + "\"Could not find a matching segment for coordinate 2\"}")));
        List<String> orders = acceptOrders(ROAD_KEY, PlanningOrders.batch("road", "refused", 2, 45.2, -75.9));
        awaitReceived(orders);

        JsonNode failed = planFailing("refused", 1,
                "HTTP 400 NoSegment: Could not find a matching segment for coordinate 2");

        ROAD_ROUTER.verify(1, getRequestedFor(urlPathMatching(depot)));
        assertThat(awaitDeadLetterOf(failed.path("id").asText()).path("reason").asText())
                .isEqualTo(failed.path("failureReason").asText());
    }

    @Test
    void aRouterThatDoesNotAnswerInTimeIsRetriedAndTheReasonSaysAfterHowLong() throws Exception {
        String depot = tableRequestsOf("-75\\.700000,45\\.100000");
        ROAD_ROUTER.stubFor(WireMock.get(urlPathMatching(depot)).willReturn(aResponse().withFixedDelay(3_000)
                .withBody("{}")));
        awaitReceived(acceptOrders(ROAD_KEY, PlanningOrders.batch("road", "slow", 2, 45.1, -75.7)));

        planFailing("slow", 3, "timed out after 1000 ms");
    }

    @Test
    void anOrderTheRouterFindsNoRoadToIsUnassignedSayingSoAndTheOtherIsPlanned() throws Exception {
        String depot = tableRequestsOf("-75\\.500000,45\\.600000");
        ObjectNode table = json.createObjectNode().put("code", "Ok");
        table.set("durations", json.readTree("[[0,1500,null],[1450,0,null],[null,null,0]]"));
        table.set("distances", json.readTree("[[0,21000,null],[20500,0,null],[null,null,0]]"));
        ROAD_ROUTER.stubFor(WireMock.get(urlPathMatching(depot)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(json.writeValueAsString(table))));
        List<String> orders = acceptOrders(ROAD_KEY, PlanningOrders.batch("road", "island", 2, 45.6, -75.5));
        awaitReceived(orders);

        JsonNode plan = planAndWait("island");

        List<double[]> locations = locationsOf(ROAD_ROUTER.findAll(getRequestedFor(urlPathMatching(depot))).get(0));
        JsonNode stop = plan.path("routes").get(0).path("stops").get(0);
        assertThat(indexOf(stop.path("location"), locations)).isEqualTo(1);
        assertThat(stop.path("distanceMeters").asDouble()).isEqualTo(21000);
        JsonNode unassigned = plan.path("unassigned");
        assertThat(unassigned).hasSize(1);
        assertThat(unassigned.get(0).path("orderId").asText()).isIn(orders)
                .isNotEqualTo(stop.path("orderId").asText());
        assertThat(unassigned.get(0).path("reasonCode").asText()).isEqualTo("NO_ROAD_ROUTE");
        assertThat(unassigned.get(0).path("reason").asText()).isEqualTo("the road router finds no road to the "
                + "ship-to from where any vehicle starts, or from there back to its depot");
        assertThat(json.readTree(get("/api/v1/orders/" + unassigned.get(0).path("orderId").asText(), ROAD_KEY)
                .getBody()).path("status").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void aDayOfMoreLocationsThanTheRoutersTableSizeIsAskedInBlocksAndItsLegsAreTheRoutersValues() throws Exception {
        // every location of depot split's day, and no other depot's: longitudes -75.6..., latitudes 45.3...
        String split = "/table/v1/driving/(-75\\.6\\d+,45\\.3\\d+;?)+";
        ROAD_ROUTER.stubFor(WireMock.get(urlPathMatching(split)).willReturn(aResponse()
                .withTransformers(OsrmTableStub.NAME)));
        awaitReceived(acceptOrders(ROAD_KEY, PlanningOrders.batch("road", "split", 5, 45.35, -75.65)));

        JsonNode plan = planAndWait("split");

        // six locations in chunks of two: one request per pair of chunks, each within the router's size
        List<LoggedRequest> asked = ROAD_ROUTER.findAll(getRequestedFor(urlPathMatching(split)));
        assertThat(asked).hasSize(3).allSatisfy(request -> assertThat(locationsOf(request)).hasSize(ROAD_TABLE_SIZE));
        assertThat(ROAD_ROUTER.getAllServeEvents()).filteredOn(event -> asked.stream()
                .anyMatch(request -> request.getId().equals(event.getRequest().getId())))
                .allSatisfy(event -> assertThat(event.getResponse().getStatus()).isEqualTo(200));
        JsonNode stops = plan.path("routes").get(0).path("stops");
        assertThat(stops.findValuesAsText("orderId")).hasSize(5);
        double[] from = {-75.65, 45.35};
        for (JsonNode stop : stops) {
            double[] to = {stop.path("location").path("longitude").asDouble(),
                    stop.path("location").path("latitude").asDouble()};
            assertThat(stop.path("distanceMeters").asDouble()).isCloseTo(OsrmTableStub.metres(asRequested(from),
                    asRequested(to)), within(0.5));
            assertThat(stop.path("durationSeconds").asDouble()).isCloseTo(OsrmTableStub.seconds(asRequested(from),
                    asRequested(to)), within(1.0));
            from = to;
        }
    }

    /** A longitude-latitude pair as a table request carries it: six decimals. */
    private static double[] asRequested(double[] lonLat) {
        return new double[] {Math.round(lonLat[0] * 1e6) / 1e6, Math.round(lonLat[1] * 1e6) / 1e6};
    }

    /** The path of a driving table whose first location, the depot, is at the given "lon,lat" (a regex). */
    private static String tableRequestsOf(String depot) {
        return "/table/v1/driving/" + depot + ";.*";
    }

    private MappingBuilder table(String path) throws Exception {
        ObjectNode table = json.createObjectNode().put("code", "Ok");
        table.set("durations", json.valueToTree(DURATIONS));
        table.set("distances", json.valueToTree(DISTANCES));
        return WireMock.get(urlPathMatching(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(json.writeValueAsString(table)));
    }

    private void awaitReceived(List<String> orders) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (String order : orders) {
                ResponseEntity<String> found = get("/api/v1/orders/" + order, ROAD_KEY);
                if (found.getStatusCode() != HttpStatus.OK
                        || !"RECEIVED".equals(json.readTree(found.getBody()).path("status").asText())) {
                    return false;
                }
            }
            return true;
        });
    }

    private JsonNode planAndWait(String depot) throws Exception {
        ResponseEntity<String> created = post("/api/v1/plans?wait=30s", ROAD_KEY, command(depot),
                MediaType.APPLICATION_JSON);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody());
    }

    /** Plans the depot, which fails after that many attempts for that reason (naming the router); the request. */
    private JsonNode planFailing(String depot, int attempts, String reason) throws Exception {
        JsonNode failed = json.readTree(post("/api/v1/plans?wait=30s", ROAD_KEY, command(depot),
                MediaType.APPLICATION_JSON).getBody());
        assertThat(failed.path("state").asText()).isEqualTo("FAILED");
        assertThat(failed.path("failureReason").asText())
                .isEqualTo("OSRM table request to " + ROAD_ROUTER.baseUrl() + " failed: " + reason);
        assertThat(failed.path("attempts").asInt()).isEqualTo(attempts);
        return failed;
    }

    private JsonNode awaitDeadLetterOf(String planId) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            for (JsonNode letter : json.readTree(get("/api/v1/dead-letters", ROAD_KEY).getBody())) {
                String payload = get("/api/v1/dead-letters/" + letter.path("id").asText() + "/payload", ROAD_KEY)
                        .getBody();
                if (payload != null && payload.contains(planId)) {
                    found.set(letter);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    /** The locations of a table request, "lon,lat;lon,lat;..." after the profile, as {latitude, longitude}. */
    private static List<double[]> locationsOf(LoggedRequest request) {
        String path = request.getUrl().substring("/table/v1/driving/".length()).split("\\?")[0];
        List<double[]> locations = new ArrayList<>();
        for (String pair : path.split(";")) {
            String[] lonLat = pair.split(",");
            locations.add(new double[] {Double.parseDouble(lonLat[1]), Double.parseDouble(lonLat[0])});
        }
        return locations;
    }

    private static int indexOf(JsonNode location, List<double[]> locations) {
        for (int i = 0; i < locations.size(); i++) {
            if (Math.abs(locations.get(i)[0] - location.path("latitude").asDouble()) < 1e-6
                    && Math.abs(locations.get(i)[1] - location.path("longitude").asDouble()) < 1e-6) {
                return i;
            }
        }
        throw new AssertionError("the router was not asked for " + location);
    }

    private static byte[] command(String depot) {
        return ("{\"depotId\":\"" + depot + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
