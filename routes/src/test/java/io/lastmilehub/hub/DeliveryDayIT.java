package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.hub.testsupport.TopicRecorder;
import io.lastmilehub.hub.testsupport.TrackedRouteTest;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.PodRequirements;
import io.lastmilehub.model.SourceRef;
import io.lastmilehub.model.TimeWindow;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * One delivery day end to end, through the hub's public interfaces only (tenant "notify": webhooks and SMS at
 * WireMock, e-mail at GreenMail): a shop's order with a PIN requirement is planned; the phone bound to the vehicle
 * that serves it reports the way from the depot to the customer (OsmAnd protocol), which puts the order
 * OUT_FOR_DELIVERY, publishes its live ETA and, near the stop, ARRIVING; the customer is told on every channel, with
 * the PIN and the tracking link, and the public tracking page follows; the driver's proof with the PIN read out
 * delivers the order, the proof is kept and the shop and the customer hear of it. The status going out is the
 * canonical events on {@code lastmile.status} and the shop's signed webhooks.
 */
class DeliveryDayIT extends TrackedRouteTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Tomorrow: the day's positions come before the window, so the live ETA is ahead of it and nothing is late. */
    private static final LocalDate DAY = LocalDate.now(OTTAWA).plusDays(1);
    private static final LocalTime WINDOW_START = LocalTime.of(8, 0);
    private static final String SHOP_ORDER = "SHOP-DAY-0601";
    private static final String EMAIL = "day-0601@example.com";
    private static final String PHONE = "+16135550601";
    /** Depot ottawa of the demo fleet. */
    private static final GeoPoint DEPOT = point(45.4215, -75.6972);
    /** The customer, about 2.2 km south of the depot: beyond the 500 m arriving radius from anywhere near it. */
    private static final GeoPoint CUSTOMER = point(45.4030, -75.6870);

    @Test
    void anOrderIsPlannedDrivenToTheCustomerAnnouncedOnEveryChannelAndDeliveredWithThePin() throws Exception {
        NOTIFY.stubFor(WireMock.post(urlPathEqualTo(WEBHOOK_PATH)).willReturn(aResponse().withStatus(204)));
        NOTIFY.stubFor(WireMock.post(urlPathEqualTo(SMS_PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"sms-day\"}")));
        try (TopicRecorder statuses = new TopicRecorder("lastmile.status");
             TopicRecorder etas = new TopicRecorder("lastmile.eta")) {

            // 1. The shop's order, through intake (announced RECEIVED), then the day's plan.
            String orderId = receiveOrder();
            await().atMost(WAIT).until(() -> statuses.documentsWhere("orderId", orderId).stream()
                    .anyMatch(e -> "RECEIVED".equals(e.path("status").asText())));
            JsonNode plan = plan(NOTIFY_KEY, DAY, List.of(orderId));
            String planId = plan.path("id").asText();
            String vehicle = vehicleServing(plan, orderId);
            awaitStatus(orderId, "PLANNED");
            String device = phoneOn(NOTIFY_KEY, vehicle);
            JsonNode tracking = json.readTree(get("/api/v1/orders/" + orderId, NOTIFY_KEY).getBody())
                    .path("tracking");
            String token = tracking.path("token").asText();
            assertThat(tracking.path("url").asText()).endsWith("/track/" + token);

            // 2. The van waits at the depot for the dwell time, leaves it, and drives towards the customer.
            long now = Instant.now().getEpochSecond();
            report(device, DEPOT.getLatitude(), DEPOT.getLongitude(), now - 240);
            report(device, DEPOT.getLatitude(), DEPOT.getLongitude(), now - 170);
            report(device, 45.4195, -75.6960, now - 120); // 240 m out of the depot
            awaitStatus(orderId, "OUT_FOR_DELIVERY");
            report(device, 45.4120, -75.6920, now - 60); // still 1 km from the customer
            assertThat(status(orderId)).isEqualTo("OUT_FOR_DELIVERY");
            report(device, 45.4060, -75.6885, now); // 350 m from the customer
            awaitStatus(orderId, "ARRIVING");

            JsonNode eta = await().atMost(WAIT).until(() -> etas.entriesWhere("etas", "orderId", orderId).stream()
                    .filter(e -> e.path("vehicleLocation").path("latitude").asDouble() == 45.4060)
                    .findFirst().orElse(null), e -> e != null);
            Instant windowEnd = DAY.atTime(WINDOW_START).plusHours(2).atZone(OTTAWA).toInstant();
            assertThat(eta.path("tenant").asText()).isEqualTo("notify");
            assertThat(eta.path("planId").asText()).isEqualTo(planId);
            assertThat(eta.path("vehicleId").asText()).isEqualTo(vehicle);
            assertThat(eta.path("stopsBefore").asInt()).isZero();
            assertThat(Instant.parse(eta.path("positionTime").asText())).isEqualTo(Instant.ofEpochSecond(now));
            Instant expected = Instant.parse(eta.path("eta").asText());
            assertThat(expected).isAfter(Instant.ofEpochSecond(now)).isBefore(Instant.ofEpochSecond(now + 600))
                    .isBefore(windowEnd);
            assertThat(eta.path("delaySeconds").asLong()).isNegative();

            // 3. The customer hears of it on every channel, with the PIN and the tracking link.
            JsonNode outHook = json.readTree(signedWebhook(orderId, "delivery.out_for_delivery").getBodyAsString());
            String pin = outHook.path("pin").asText();
            assertThat(pin).matches("[0-9]{6}");
            assertThat(outHook.path("status").asText()).isEqualTo("OUT_FOR_DELIVERY");
            assertThat(outHook.path("references").path("shopOrder").asText()).isEqualTo(SHOP_ORDER);
            String link = tracking.path("url").asText();
            assertThat(text(email("Your delivery " + SHOP_ORDER + " is on its way")))
                    .contains("on its way to 790 Bank St, K1S 3V5 Ottawa", "arrives between 08:00 and 10:00",
                            "Please give the driver this PIN: " + pin, "Follow it here: " + link);
            assertThat(sms("on its way")).isEqualTo("Delivery " + SHOP_ORDER + " is on its way, 08:00-10:00. "
                    + "PIN for the driver: " + pin + ". Follow it: " + link);
            JsonNode arrivingHook = json.readTree(signedWebhook(orderId, "delivery.arriving").getBodyAsString());
            assertThat(arrivingHook.path("status").asText()).isEqualTo("ARRIVING");
            assertThat(arrivingHook.has("pin")).as("the PIN goes out once, with OUT_FOR_DELIVERY").isFalse();
            assertThat(sms("arrives")).isEqualTo("Your delivery " + SHOP_ORDER
                    + " arrives in a few minutes. Have your PIN ready.");

            // 4. The public tracking page shows the stop arriving, its ETA and the van nearby.
            JsonNode view = await().atMost(WAIT).until(() -> trackingView(token),
                    v -> "ARRIVING".equals(v.path("status").asText())
                            && v.path("vehicle").path("latitude").asDouble() == 45.4060);
            assertThat(Instant.parse(view.path("eta").path("expected").asText())).isEqualTo(expected);
            assertThat(Instant.parse(view.path("eta").path("start").asText())).isBefore(expected);
            assertThat(Instant.parse(view.path("eta").path("end").asText())).isAfter(expected);
            assertThat(Instant.parse(view.path("timeWindow").path("end").asText())).isEqualTo(windowEnd);
            assertThat(view.path("stopsBefore").asInt()).isZero();
            assertThat(view.path("destination").path("place").asText()).isEqualTo("K1S 3V5 Ottawa");
            assertThat(view.toString()).doesNotContain(orderId, SHOP_ORDER, "Bank St", "Lovelace", vehicle, device);

            // 5. The driver hands over the parcel against the PIN the customer got.
            ResponseEntity<String> submitted = submitPod(NOTIFY_KEY, orderId, Map.of("recipientName",
                    "Ada Lovelace", "pin", pin, "latitude", String.valueOf(CUSTOMER.getLatitude()),
                    "longitude", String.valueOf(CUSTOMER.getLongitude())));
            assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
            assertThat(status(orderId)).isEqualTo("DELIVERED");
            JsonNode pod = json.readTree(get("/api/v1/orders/" + orderId + "/pod", NOTIFY_KEY).getBody());
            assertThat(pod.path("orderId").asText()).isEqualTo(orderId);
            assertThat(pod.path("pinVerified").asBoolean()).isTrue();
            assertThat(pod.path("recipientName").asText()).isEqualTo("Ada Lovelace");
            assertThat(pod.path("location").path("latitude").asDouble()).isEqualTo(CUSTOMER.getLatitude());
            String photo = pod.path("photos").get(0).path("sha256").asText();
            assertThat(http.exchange("/api/v1/documents/" + photo, HttpMethod.GET, apiKey(), byte[].class)
                    .getBody()).isEqualTo(PHOTO);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PHOTO)))
                    .isEqualTo(photo);

            JsonNode deliveredHook = json.readTree(signedWebhook(orderId, "delivery.delivered").getBodyAsString());
            assertThat(deliveredHook.path("status").asText()).isEqualTo("DELIVERED");
            assertThat(email("Your delivery " + SHOP_ORDER + " has been delivered")).isNotNull();
            assertThat(sms("delivered")).isEqualTo("Delivery " + SHOP_ORDER + " delivered.");
            await().atMost(WAIT).untilAsserted(() -> assertThat(notifications(orderId)).containsExactlyInAnyOrder(
                    "webhook:OUT_FOR_DELIVERY:SENT", "email:OUT_FOR_DELIVERY:SENT", "sms:OUT_FOR_DELIVERY:SENT",
                    "webhook:ARRIVING:SENT", "sms:ARRIVING:SENT",
                    "webhook:DELIVERED:SENT", "email:DELIVERED:SENT", "sms:DELIVERED:SENT"));
            JsonNode delivered = await().atMost(WAIT).until(() -> trackingView(token),
                    v -> "DELIVERED".equals(v.path("status").asText()));
            assertThat(delivered.path("proofOfDelivery").path("recipientName").asText()).isEqualTo("Ada Lovelace");
            assertThat(delivered.has("vehicle")).isFalse();

            // The status that went out: the order's canonical events in the order they happened.
            await().atMost(WAIT).untilAsserted(() -> assertThat(statuses.documentsWhere("orderId", orderId))
                    .extracting(e -> e.path("status").asText())
                    .containsExactly("RECEIVED", "PLANNED", "OUT_FOR_DELIVERY", "ARRIVING", "DELIVERED"));
            Map<String, JsonNode> byStatus = statuses.documentsWhere("orderId", orderId).stream()
                    .collect(Collectors.toMap(e -> e.path("status").asText(), e -> e));
            for (String onTheRoad : List.of("PLANNED", "OUT_FOR_DELIVERY", "ARRIVING")) {
                assertThat(byStatus.get(onTheRoad).path("planId").asText()).as(onTheRoad).isEqualTo(planId);
                assertThat(byStatus.get(onTheRoad).path("vehicleId").asText()).as(onTheRoad).isEqualTo(vehicle);
            }
            assertThat(byStatus.get("DELIVERED").path("references").path("shopOrder").asText())
                    .isEqualTo(SHOP_ORDER);
        }
    }

    /** The shop's order: a PIN to check, the customer's e-mail address and phone, tomorrow 08:00-10:00. */
    private String receiveOrder() throws Exception {
        ZonedDateTime start = DAY.atTime(WINDOW_START).atZone(OTTAWA);
        DeliveryOrder order = DeliveryOrder.builder().tenant("notify")
                .source(SourceRef.builder().system("shop").messageId("day-" + System.nanoTime()).build())
                .references(ExternalReferences.builder().shopOrder(SHOP_ORDER).build())
                .shipTo(Party.builder().name("A. Lovelace")
                        .address(Address.builder().line1("790 Bank St").city("Ottawa").postalCode("K1S 3V5")
                                .countryCode("CA").build())
                        .location(CUSTOMER)
                        .contact(Contact.builder().name("Ada Lovelace").email(EMAIL).phone(PHONE).build()).build())
                .timeWindow(TimeWindow.builder().start(start.toInstant()).end(start.plusHours(2).toInstant())
                        .zoneId(OTTAWA.getId()).build())
                .podRequirements(PodRequirements.builder().pin(true).build())
                .build();
        ResponseEntity<String> received = post("/api/v1/inbound/canonical-json", NOTIFY_KEY,
                CanonicalJson.toJsonBytes(order), MediaType.APPLICATION_JSON);
        assertThat(received.getStatusCode().is2xxSuccessful()).as(received.getBody()).isTrue();
        return json.readTree(received.getBody()).path("orders").get(0).asText();
    }

    private String status(String orderId) throws Exception {
        return json.readTree(get("/api/v1/orders/" + orderId, NOTIFY_KEY).getBody()).path("status").asText();
    }

    private void awaitStatus(String orderId, String status) {
        await().atMost(WAIT).until(() -> status(orderId), status::equals);
    }

    private JsonNode trackingView(String token) throws Exception {
        return json.readTree(http.getForObject("/track/" + token + ".json", String.class));
    }

    /**
     * The shop's webhook of a type about the order, once it came, after checking its signature as the README tells
     * a receiver to: {@code LastMile-Signature: t=…,v1=hex HMAC-SHA256(secret, t + "." + raw body)}.
     */
    private LoggedRequest signedWebhook(String orderId, String type) throws Exception {
        LoggedRequest request = await().atMost(WAIT).until(() -> NOTIFY.findAll(
                postRequestedFor(urlPathEqualTo(WEBHOOK_PATH)).withRequestBody(containing(orderId))
                        .withRequestBody(containing("\"type\":\"" + type + "\""))),
                requests -> requests.size() == 1).get(0);
        String[] parts = request.getHeader("LastMile-Signature").split(",");
        assertThat(parts).hasSize(2);
        assertThat(parts[0]).startsWith("t=");
        assertThat(parts[1]).startsWith("v1=");
        String t = parts[0].substring(2);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal((t + "." + request.getBodyAsString())
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(parts[1].substring(3)).as("signature of " + type).isEqualTo(signature);
        assertThat(Long.parseLong(t)).isCloseTo(Instant.now().getEpochSecond(),
                within(300L));
        return request;
    }

    /** The one e-mail to the customer with this subject. */
    private static MimeMessage email(String subject) {
        Predicate<MimeMessage> wanted = message -> {
            try {
                return subject.equals(message.getSubject())
                        && EMAIL.equals(message.getRecipients(Message.RecipientType.TO)[0].toString());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        };
        return await().atMost(WAIT).until(() -> Arrays.stream(MAIL.getReceivedMessages()).filter(wanted).toList(),
                found -> found.size() == 1).get(0);
    }

    private static String text(MimeMessage message) throws Exception {
        return message.getContent().toString().replace("\r\n", "\n");
    }

    /** The text of the one SMS to the customer's phone containing the fragment, sent with the provider's token. */
    private String sms(String fragment) {
        return await().atMost(WAIT).until(() -> {
            List<String> texts = new ArrayList<>();
            for (LoggedRequest request : NOTIFY.findAll(postRequestedFor(urlPathEqualTo(SMS_PATH))
                    .withHeader("Authorization", WireMock.equalTo(SMS_TOKEN))
                    .withRequestBody(containing("\"to\":\"" + PHONE + "\"")))) {
                texts.add(json.readTree(request.getBodyAsString()).path("text").asText());
            }
            return texts.stream().filter(text -> text.contains(fragment)).toList();
        }, found -> found.size() == 1).get(0);
    }

    /** What the hub says it sent about the order: channel:kind:status. */
    private List<String> notifications(String orderId) throws Exception {
        List<String> sent = new ArrayList<>();
        json.readTree(get("/api/v1/orders/" + orderId + "/notifications", NOTIFY_KEY).getBody()).forEach(n ->
                sent.add(n.path("channel").asText() + ":" + n.path("kind").asText() + ":" + n.path("status")
                        .asText()));
        return sent;
    }

    private static HttpEntity<Void> apiKey() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", NOTIFY_KEY);
        return new HttpEntity<>(headers);
    }

    private static GeoPoint point(double latitude, double longitude) {
        return GeoPoint.builder().latitude(latitude).longitude(longitude).build();
    }
}
