package io.lastmilehub.hub.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.SourceRef;
import io.lastmilehub.model.TimeWindow;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A day on the road for tenant "track" (the demo fleet, Ottawa): orders with coordinates and a two-hour window,
 * a plan of them, a phone bound to the vehicle that serves them and its positions over the OsmAnd protocol.
 */
public abstract class TrackedRouteTest extends HubIntegrationTest {

    protected static final ZoneId OTTAWA = ZoneId.of("America/Toronto");
    /** A real 1x1 PNG, so a browser can decode it: the photo at the door of a proof of delivery. */
    protected static final byte[] PHOTO = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    protected final ObjectMapper json = new ObjectMapper();

    /** An order with coordinates and a window from {@code windowStart} for two hours, received and through intake. */
    protected String order(String reference, String postalCode, double latitude, double longitude, LocalDate day,
                           LocalTime windowStart) throws Exception {
        ZonedDateTime start = day.atTime(windowStart).atZone(OTTAWA);
        return order(TRACK_KEY, "track", reference, postalCode, latitude, longitude, start, Duration.ofHours(2));
    }

    /** An order of the key's tenant with coordinates and a window, received and through intake. */
    protected String order(String apiKey, String tenant, String reference, String postalCode, double latitude,
                           double longitude, ZonedDateTime windowStart, Duration windowLength) throws Exception {
        DeliveryOrder order = DeliveryOrder.builder()
                .timeWindow(TimeWindow.builder().start(windowStart.toInstant())
                        .end(windowStart.plus(windowLength).toInstant()).zoneId(OTTAWA.getId()).build())
                .source(SourceRef.builder().system("shop").messageId(reference + "-" + System.nanoTime()).build())
                .shipTo(Party.builder().name("Customer " + reference)
                        .address(Address.builder().line1("1 Test St").city("Ottawa").postalCode(postalCode)
                                .countryCode("CA").build())
                        .location(GeoPoint.builder().latitude(latitude).longitude(longitude).build()).build())
                .tenant(tenant).build();
        try (TopicRecorder statuses = new TopicRecorder("lastmile.status")) {
            String id = json.readTree(post("/api/v1/inbound/canonical-json", apiKey,
                    CanonicalJson.toJsonBytes(order), MediaType.APPLICATION_JSON).getBody())
                    .path("orders").get(0).asText();
            // The first order of a JVM waits for the time-zone engine the intake starts (seconds on a busy machine).
            await().atMost(Duration.ofSeconds(60)).until(() -> !statuses.documentsWhere("orderId", id).isEmpty());
            return id;
        }
    }

    /** The plan of the depot's open orders for the day (waiting for it); it must serve these. */
    protected JsonNode plan(LocalDate day, List<String> orders) throws Exception {
        return plan(TRACK_KEY, day, orders);
    }

    /** The plan of depot ottawa's open orders of the key's tenant for the day (waiting for it); it must serve these. */
    protected JsonNode plan(String apiKey, LocalDate day, List<String> orders) throws Exception {
        ResponseEntity<String> planned = post("/api/v1/plans?wait=60s", apiKey, ("{\"depotId\":\"ottawa\",\"date\":\""
                + day + "\"}").getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        // a failed request (200) says why in its failureReason
        assertThat(planned.getStatusCode()).as("the plan request's answer: %s", planned.getBody())
                .isEqualTo(HttpStatus.CREATED);
        JsonNode plan = json.readTree(planned.getBody());
        assertThat(plan.path("routes").findValuesAsText("orderId")).containsAll(orders);
        return plan;
    }

    /** The vehicle whose route in the plan serves the order. */
    protected static String vehicleServing(JsonNode plan, String orderId) {
        for (JsonNode route : plan.path("routes")) {
            if (route.path("stops").findValuesAsText("orderId").contains(orderId)) {
                return route.path("vehicleId").asText();
            }
        }
        throw new AssertionError("no route serves " + orderId);
    }

    /** A new phone, bound to the vehicle through the device API; its id. */
    protected String phoneOn(String vehicle) {
        return phoneOn(TRACK_KEY, vehicle);
    }

    /** A new phone, bound to the vehicle of the key's tenant through the device API with {@link #secretOf}; its id. */
    protected String phoneOn(String apiKey, String vehicle) {
        String device = "phone-" + System.nanoTime();
        assertThat(post("/api/v1/devices", apiKey, ("{\"id\":\"" + device + "\",\"vehicleId\":\"" + vehicle
                + "\",\"secret\":\"" + secretOf(device) + "\"}").getBytes(StandardCharsets.UTF_8),
                MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return device;
    }

    /** The secret a phone of {@link #phoneOn} was bound with. */
    protected static String secretOf(String device) {
        return "secret-of-" + device;
    }

    /** A position of the phone, as Traccar Client sends it to a server URL that carries the device's secret. */
    protected void report(String device, double latitude, double longitude, long epochSeconds) {
        assertThat(http.getForEntity("/devices/osmand?secret=" + secretOf(device) + "&id=" + device + "&lat="
                + latitude + "&lon=" + longitude + "&timestamp=" + epochSeconds + "&speed=8", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** The driver's app submitting a proof of delivery: the fields and {@link #PHOTO}, as multipart form data. */
    protected ResponseEntity<String> submitPod(String apiKey, String orderId, Map<String, String> fields) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        HttpHeaders photoHeaders = new HttpHeaders();
        photoHeaders.setContentType(MediaType.IMAGE_PNG);
        photoHeaders.setContentDispositionFormData("photo", "door.png");
        form.add("photo", new HttpEntity<>(new ByteArrayResource(PHOTO), photoHeaders));
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", apiKey);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange("/api/v1/orders/" + orderId + "/pod", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
    }
}
