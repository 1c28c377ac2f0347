package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.hub.notify.Channel;
import io.lastmilehub.hub.notify.NotificationEntity;
import io.lastmilehub.hub.notify.NotificationKind;
import io.lastmilehub.hub.notify.NotificationRepository;
import io.lastmilehub.hub.notify.NotificationSweeper;
import io.lastmilehub.hub.notify.OutboundNotification;
import io.lastmilehub.hub.notify.WebhookSender;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.LoggedMessages;
import io.lastmilehub.hub.tracking.TrackedOrderStatus;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.PodRequirements;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.model.SourceRef;
import io.lastmilehub.model.TimeWindow;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Customer notifications in the running hub (tenant "notify"): a status change reaches the customer as a signed
 * webhook, an e-mail (GreenMail) and an SMS (WireMock), each once; the PIN sent with "out for delivery" is what the
 * POD check accepts; a webhook receiver that fails is retried, dead-lettered and replayed; a locker deposit sends a
 * pickup code that opens once and expires.
 */
class CustomerNotificationsIT extends HubIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Three tries of an answer that comes after the 5 s timeout, and the retries' back-off. */
    private static final Duration FAULT_WAIT = Duration.ofSeconds(60);
    /** Shop order numbers of the fault suite's orders (and their customers' phone numbers). */
    private static final AtomicInteger FAULT_ORDERS = new AtomicInteger(7100);

    private final ObjectMapper json = new ObjectMapper();
    @Autowired
    private TrackedOrderStatus tracking;
    @Autowired
    private NotificationRepository notificationRows;
    @Autowired
    private NotificationSweeper sweeper;
    @Autowired
    private EventPublisher publisher;

    @BeforeEach
    void receiversAnswer() {
        NOTIFY.stubFor(WireMock.post(urlPathEqualTo(WEBHOOK_PATH)).willReturn(aResponse().withStatus(204)));
        NOTIFY.stubFor(WireMock.post(urlPathEqualTo(SMS_PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"sms-1\"}")));
    }

    @Test
    void outForDeliveryReachesTheCustomerOnEveryChannelWithThePinThePodAccepts() throws Exception {
        String orderId = newOrder("SHOP-7001", true);

        move(orderId, DeliveryStatus.OUT_FOR_DELIVERY, null);

        JsonNode hook = json.readTree(signedWebhook(orderId, "delivery.out_for_delivery").getBodyAsString());
        String pin = hook.path("pin").asText();
        assertThat(pin).matches("[0-9]{6}");
        assertThat(hook.path("orderId").asText()).isEqualTo(orderId);
        assertThat(hook.path("status").asText()).isEqualTo("OUT_FOR_DELIVERY");
        assertThat(hook.path("references").path("shopOrder").asText()).isEqualTo("SHOP-7001");
        MimeMessage mail = email("shop-7001@example.com", "Your delivery SHOP-7001 is on its way");
        assertThat(mail.getFrom()[0].toString()).contains("noreply@example.com");
        assertThat(text(mail)).contains("Hello Ada Lovelace,", "on its way to 150 Elgin St, K1P 1J1 Ottawa",
                "arrives between 14:00 and 16:00", "Please give the driver this PIN: " + pin);
        JsonNode sms = json.readTree(sms("+16135557001").getBodyAsString());
        assertThat(sms.path("from").asText()).isEqualTo("LastMile");
        String trackingUrl = trackingUrl(orderId);
        assertThat(trackingUrl).startsWith("https://track.example.com/track/");
        assertThat(text(mail)).contains("Follow it here: " + trackingUrl);
        assertThat(sms.path("text").asText()).isEqualTo("Delivery SHOP-7001 is on its way, 14:00-16:00. "
                + "PIN for the driver: " + pin + ". Follow it: " + trackingUrl);
        await().atMost(WAIT).untilAsserted(() -> assertThat(notifications(orderId, NOTIFY_KEY))
                .extracting(n -> n.path("channel").asText() + ":" + n.path("kind").asText() + ":"
                        + n.path("status").asText())
                .containsExactlyInAnyOrder("webhook:OUT_FOR_DELIVERY:SENT", "email:OUT_FOR_DELIVERY:SENT",
                        "sms:OUT_FOR_DELIVERY:SENT"));

        ResponseEntity<String> wrong = submitPod(orderId, Map.of("pin", pin.equals("000000") ? "111111" : "000000"));
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrong.getBody()).contains("pin", "wrong, 4 attempts left");
        ResponseEntity<String> right = submitPod(orderId, Map.of("pin", pin));
        assertThat(right.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(right.getBody()).path("pinVerified").asBoolean()).isTrue();
        email("shop-7001@example.com", "Your delivery SHOP-7001 has been delivered");
        assertThat(get("/api/v1/orders/" + orderId + "/notifications", OTHER_KEY).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aFailingWebhookIsRetriedThenDeadLetteredWhileTheOtherChannelsGoOutAndAReplayDeliversIt()
            throws Exception {
        String orderId = newOrder("SHOP-7002", false);
        StubMapping down = NOTIFY.stubFor(WireMock.post(urlPathEqualTo(WEBHOOK_PATH)).atPriority(1)
                .withRequestBody(containing(orderId)).willReturn(aResponse().withStatus(500).withBody("down")));

        move(orderId, DeliveryStatus.EXCEPTION, ReasonCode.DELAYED);

        AtomicReference<JsonNode> webhook = new AtomicReference<>();
        await().atMost(WAIT).untilAsserted(() -> {
            List<JsonNode> sent = notifications(orderId, NOTIFY_KEY);
            assertThat(sent).extracting(n -> n.path("channel").asText() + ":" + n.path("status").asText())
                    .containsExactlyInAnyOrder("webhook:FAILED", "email:SENT", "sms:SENT");
            webhook.set(sent.stream().filter(n -> n.path("channel").asText().equals("webhook")).findFirst()
                    .orElseThrow());
        });
        assertThat(webhook.get().path("kind").asText()).isEqualTo("DELAYED");
        assertThat(webhook.get().path("error").asText()).contains("answered 500");
        NOTIFY.verify(moreThanOrExactly(3), postRequestedFor(urlPathEqualTo(WEBHOOK_PATH))
                .withRequestBody(containing(orderId)));
        assertThat(json.readTree(sms("+16135557002").getBodyAsString()).path("text").asText())
                .isEqualTo("Your delivery SHOP-7002 is running late. ETA 16:40 is after the window");
        LoggedMessages log = new LoggedMessages(http, NOTIFY_KEY);
        assertThat(log.outcome(orderId, "webhook")).isEqualTo("DEAD_LETTERED");
        assertThat(log.outcome(orderId, "email")).isEqualTo("SENT");
        assertThat(http.withBasicAuth("prometheus", "demo-metrics-secret").getForObject("/actuator/prometheus",
                String.class))
                .containsPattern("(?m)^lastmile_notification_sends_total\\{.*channel=\"webhook\".*outcome=\"failed\"")
                .containsPattern("(?m)^lastmile_notification_sends_total\\{.*channel=\"email\".*outcome=\"sent\"")
                .containsPattern("(?m)^lastmile_dead_letters_total\\{.*routeId=\"notify-webhook\"");

        NOTIFY.removeStub(down);
        String deadLetter = webhook.get().path("deadLetterId").asText();
        ResponseEntity<String> replay = post("/api/v1/dead-letters/" + deadLetter + "/replay", NOTIFY_KEY,
                new byte[0], MediaType.APPLICATION_JSON);

        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.OK);
        await().atMost(WAIT).untilAsserted(() -> assertThat(notifications(orderId, NOTIFY_KEY))
                .filteredOn(n -> n.path("channel").asText().equals("webhook"))
                .extracting(n -> n.path("status").asText()).containsExactly("SENT"));
        await().atMost(WAIT).until(() -> log.outcome(orderId, "webhook"), "REPLAYED"::equals);
        assertThat(json.readTree(signedWebhook(orderId, "delivery.delayed").getBodyAsString()).path("id").asText())
                .isEqualTo(webhook.get().path("id").asText());
    }

    /**
     * The fault suite of the two HTTP receivers: whatever the fault (the connection reset, a 503 asking to retry
     * later, an answer after the timeout), the notification is tried three times (lastmile.redelivery), then kept as
     * a dead letter with its payload while the other channels go out; once the receiver answers again, a replay sends
     * it, and every try carried the same notification id, for the receiver to drop a repeat.
     */
    @ParameterizedTest(name = "{0} receiver: {1}")
    @CsvSource({"webhook, reset", "webhook, 503", "webhook, slow", "sms, reset", "sms, 503", "sms, slow"})
    void aFaultyReceiverIsRetriedThenDeadLetteredWithThePayloadAndAReplaySendsIt(String channel, String fault)
            throws Exception {
        String shopOrder = "SHOP-" + FAULT_ORDERS.incrementAndGet();
        String orderId = newOrder(shopOrder, false);
        String path = channel.equals("sms") ? SMS_PATH : WEBHOOK_PATH;
        String marker = channel.equals("sms") ? "+1613555" + shopOrder.substring(shopOrder.length() - 4) : orderId;
        StubMapping down = NOTIFY.stubFor(WireMock.post(urlPathEqualTo(path)).atPriority(1)
                .withRequestBody(containing(marker)).willReturn(switch (fault) {
                    case "reset" -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
                    case "503" -> aResponse().withStatus(503).withHeader("Retry-After", "1").withBody("busy");
                    default -> aResponse().withStatus(204).withFixedDelay(6_000); // the receiver's timeout is 5 s
                }));

        move(orderId, DeliveryStatus.EXCEPTION, ReasonCode.DELAYED);

        AtomicReference<JsonNode> failed = new AtomicReference<>();
        await().atMost(FAULT_WAIT).untilAsserted(() -> {
            List<JsonNode> sent = notifications(orderId, NOTIFY_KEY);
            assertThat(sent).extracting(n -> n.path("channel").asText() + ":" + n.path("status").asText())
                    .containsExactlyInAnyOrder("webhook:" + (channel.equals("webhook") ? "FAILED" : "SENT"),
                            "email:SENT", "sms:" + (channel.equals("sms") ? "FAILED" : "SENT"));
            failed.set(sent.stream().filter(n -> n.path("channel").asText().equals(channel)).findFirst()
                    .orElseThrow());
        });
        assertThat(failed.get().path("error").asText())
                .contains(fault.equals("503") ? "answered 503" : "cannot be reached");
        NOTIFY.verify(3, postRequestedFor(urlPathEqualTo(path)).withRequestBody(containing(marker)));
        String deadLetter = failed.get().path("deadLetterId").asText();
        assertThat(get("/api/v1/dead-letters/" + deadLetter + "/payload", NOTIFY_KEY).getBody()).contains(orderId);

        NOTIFY.removeStub(down);
        assertThat(post("/api/v1/dead-letters/" + deadLetter + "/replay", NOTIFY_KEY, new byte[0],
                MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.OK);

        await().atMost(FAULT_WAIT).untilAsserted(() -> assertThat(notifications(orderId, NOTIFY_KEY))
                .filteredOn(n -> n.path("channel").asText().equals(channel))
                .extracting(n -> n.path("status").asText()).containsExactly("SENT"));
        List<LoggedRequest> tries = NOTIFY.findAll(postRequestedFor(urlPathEqualTo(path))
                .withRequestBody(containing(marker)));
        assertThat(tries).hasSize(4);
        // every try of a notification, on either channel, carries its id: the receiver drops the repeats
        assertThat(tries).extracting(r -> r.getHeader("LastMile-Notification-Id")).containsOnly(
                failed.get().path("id").asText());
    }

    @Test
    void aLockerDepositSendsAPickupCodeThatOpensOnceAndNotAfterItExpires() throws Exception {
        String orderId = newOrder("SHOP-7003", true);

        ResponseEntity<String> deposit = submitPod(orderId, Map.of("lockerId", "locker-7", "lockerCompartment", "B12"));

        assertThat(deposit.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String code = json.readTree(signedWebhook(orderId, "delivery.delivered").getBodyAsString())
                .path("lockerCode").asText();
        assertThat(code).hasSize(22);
        assertThat(text(email("shop-7003@example.com", "Your delivery SHOP-7003 has been delivered")))
                .contains("waiting for you in parcel locker locker-7", "Your pickup code: " + code);
        assertThat(redeem("locker-8", code, NOTIFY_KEY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(redeem("locker-7", code, OTHER_KEY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> opened = redeem("locker-7", code, NOTIFY_KEY);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(opened.getBody()).path("orderId").asText()).isEqualTo(orderId);
        assertThat(json.readTree(opened.getBody()).path("compartment").asText()).isEqualTo("B12");
        ResponseEntity<String> again = redeem("locker-7", code, NOTIFY_KEY);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("the code was used");

        String late = newOrder("SHOP-7004", false);
        assertThat(submitPod(late, Map.of("lockerId", "locker-7")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String lateCode = json.readTree(signedWebhook(late, "delivery.delivered").getBodyAsString())
                .path("lockerCode").asText();
        assertThat(lateCode).hasSize(22);
        CLOCK.shift(Duration.ofHours(73));
        try {
            ResponseEntity<String> expired = redeem("locker-7", lateCode, NOTIFY_KEY);
            assertThat(expired.getStatusCode()).as(expired.getBody()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(expired.getBody()).contains("the code expired");
        } finally {
            CLOCK.reset();
        }
    }

    @Test
    void aNotificationLeftQueuedWithoutItsMessageIsSentByTheSweeperOnce() throws Exception {
        String orderId = newOrder("SHOP-7005", false);
        // What a kill between the database commit and the broker's left: the row QUEUED, no message on the queue.
        String id = "ntf-stranded-7005";
        OutboundNotification stranded = new OutboundNotification(id, "notify", orderId, "evt-stranded-7005",
                NotificationKind.OUT_FOR_DELIVERY, Channel.WEBHOOK, NOTIFY.baseUrl() + WEBHOOK_PATH, null,
                "{\"type\":\"delivery.out_for_delivery\",\"orderId\":\"" + orderId + "\"}");
        Instant queued = Instant.now().minus(Duration.ofMinutes(10));
        notificationRows.save(new NotificationEntity(id, "notify", orderId, stranded.eventId(),
                stranded.kind().name(), "webhook", stranded.recipient(), json.writeValueAsString(stranded), queued));

        sweeper.sweep(Instant.now());
        await().atMost(WAIT).until(() -> NotificationEntity.SENT.equals(
                notificationRows.findById(id).orElseThrow().getStatus()));
        // The message that was in flight arrives late, and a sweep later finds nothing left to send.
        publisher.notification("notify", orderId, id, "webhook", json.writeValueAsString(stranded), null);
        sweeper.sweep(Instant.now().plus(Duration.ofHours(1)));

        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> NOTIFY.findAll(
                postRequestedFor(urlPathEqualTo(WEBHOOK_PATH)).withHeader(WebhookSender.ID_HEADER,
                        WireMock.equalTo(id))).size() == 1);
        assertThat(notificationRows.findById(id).orElseThrow().getPayload()).isNull();
    }

    @Test
    void aCopyTakenWhileAnotherInstanceSendsTheNotificationIsDroppedAndTheSweepSendsItOnceThatClaimLapses()
            throws Exception {
        String orderId = newOrder("SHOP-7006", false);
        String id = "ntf-claimed-7006";
        OutboundNotification notification = new OutboundNotification(id, "notify", orderId, "evt-claimed-7006",
                NotificationKind.OUT_FOR_DELIVERY, Channel.WEBHOOK, NOTIFY.baseUrl() + WEBHOOK_PATH, null,
                "{\"type\":\"delivery.out_for_delivery\",\"orderId\":\"" + orderId + "\"}");
        NotificationEntity row = new NotificationEntity(id, "notify", orderId, notification.eventId(),
                notification.kind().name(), "webhook", notification.recipient(),
                json.writeValueAsString(notification), Instant.now().minus(Duration.ofMinutes(10)));
        // Another hub instance took the other copy of its message a moment ago and is sending it.
        row.setClaimedBy("ID:another-instance-message");
        row.setClaimedUntil(CLOCK.instant().plus(Duration.ofMinutes(5)));
        notificationRows.save(row);

        publisher.notification("notify", orderId, id, "webhook", json.writeValueAsString(notification), null);
        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> NOTIFY.findAll(
                postRequestedFor(urlPathEqualTo(WEBHOOK_PATH)).withHeader(WebhookSender.ID_HEADER,
                        WireMock.equalTo(id))).isEmpty());
        assertThat(notificationRows.findById(id).orElseThrow().getStatus()).isEqualTo(NotificationEntity.QUEUED);

        // That instance died mid-send: its claim lapses and the sweep sends the notification, once.
        NotificationEntity abandoned = notificationRows.findById(id).orElseThrow();
        abandoned.setClaimedUntil(CLOCK.instant().minusSeconds(1));
        notificationRows.save(abandoned);
        sweeper.sweep(Instant.now());
        await().atMost(WAIT).until(() -> NotificationEntity.SENT.equals(
                notificationRows.findById(id).orElseThrow().getStatus()));
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> NOTIFY.findAll(
                postRequestedFor(urlPathEqualTo(WEBHOOK_PATH)).withHeader(WebhookSender.ID_HEADER,
                        WireMock.equalTo(id))).size() == 1);
    }

    /** An order of tenant "notify" whose customer has an e-mail address and a phone; returns its id. */
    private String newOrder(String shopOrder, boolean pin) throws Exception {
        String number = shopOrder.substring(shopOrder.length() - 4);
        DeliveryOrder order = DeliveryOrder.builder().tenant("notify")
                .source(SourceRef.builder().system("shop").messageId("notify-" + shopOrder).build())
                .references(ExternalReferences.builder().shopOrder(shopOrder).build())
                .shipTo(Party.builder().name("A. Lovelace")
                        .address(Address.builder().line1("150 Elgin St").city("Ottawa").postalCode("K1P 1J1")
                                .countryCode("CA").build())
                        .location(GeoPoint.builder().latitude(45.4215).longitude(-75.6972).build())
                        .contact(Contact.builder().name("Ada Lovelace").email(shopOrder.toLowerCase() + "@example.com")
                                .phone("+1613555" + number).build()).build())
                .timeWindow(TimeWindow.builder().start(Instant.parse("2030-06-03T18:00:00Z"))
                        .end(Instant.parse("2030-06-03T20:00:00Z")).zoneId("America/Toronto").build())
                .podRequirements(PodRequirements.builder().pin(pin).build())
                .build();
        return json.readTree(post("/api/v1/inbound/canonical-json", NOTIFY_KEY, CanonicalJson.toJsonBytes(order),
                MediaType.APPLICATION_JSON).getBody()).path("orders").get(0).asText();
    }

    /** What tracking does when positions show progress: the order moves on and the change is published. */
    private void move(String orderId, DeliveryStatus status, ReasonCode reason) {
        tracking.apply(DeliveryStatusEvent.builder().eventId("evt-it").tenant("notify").orderId(orderId)
                .status(status).reasonCode(reason).reason(reason == null ? null : "ETA 16:40 is after the window")
                .occurredAt(Instant.now()).build());
    }

    /** The webhook of a type about an order, once it came, after checking its signature as a receiver would. */
    private LoggedRequest signedWebhook(String orderId, String type) throws Exception {
        AtomicReference<LoggedRequest> found = new AtomicReference<>();
        await().atMost(WAIT).untilAsserted(() -> {
            List<LoggedRequest> requests = NOTIFY.findAll(postRequestedFor(urlPathEqualTo(WEBHOOK_PATH))
                    .withRequestBody(containing(orderId)).withRequestBody(containing("\"" + type + "\"")));
            assertThat(requests).isNotEmpty();
            found.set(requests.get(requests.size() - 1));
        });
        LoggedRequest request = found.get();
        // The documented check: t and v1 from the header; v1 = hex HMAC-SHA256(secret, t + "." + raw body).
        Map<String, String> parts = new HashMap<>();
        Arrays.stream(request.getHeader("LastMile-Signature").split(",")).map(part -> part.split("=", 2))
                .forEach(pair -> parts.put(pair[0], pair[1]));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((parts.get("t") + "." + request.getBodyAsString())
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(parts.get("v1")).isEqualTo(expected);
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(parts.get("t")))).isLessThan(300);
        assertThat(request.getHeader("LastMile-Notification-Id")).startsWith("ntf-");
        return request;
    }

    private static MimeMessage email(String to, String subject) {
        AtomicReference<MimeMessage> found = new AtomicReference<>();
        await().atMost(WAIT).untilAsserted(() -> {
            MimeMessage message = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> isTo(m, to, subject))
                    .findFirst().orElse(null);
            assertThat(message).as("e-mail to %s: %s", to, subject).isNotNull();
            found.set(message);
        });
        return found.get();
    }

    private static boolean isTo(MimeMessage message, String to, String subject) {
        try {
            return subject.equals(message.getSubject())
                    && message.getRecipients(Message.RecipientType.TO)[0].toString().equals(to);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) throws Exception {
        return message.getContent().toString().replace("\r\n", "\n");
    }

    private static LoggedRequest sms(String to) {
        AtomicReference<LoggedRequest> found = new AtomicReference<>();
        await().atMost(WAIT).untilAsserted(() -> {
            List<LoggedRequest> requests = NOTIFY.findAll(postRequestedFor(urlPathEqualTo(SMS_PATH))
                    .withHeader("Authorization", WireMock.equalTo(SMS_TOKEN))
                    .withRequestBody(containing("\"to\":\"" + to + "\"")));
            assertThat(requests).hasSize(1);
            found.set(requests.get(0));
        });
        return found.get();
    }

    private String trackingUrl(String orderId) throws Exception {
        return json.readTree(get("/api/v1/orders/" + orderId, NOTIFY_KEY).getBody()).path("tracking").path("url")
                .asText();
    }

    private List<JsonNode> notifications(String orderId, String key) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        json.readTree(get("/api/v1/orders/" + orderId + "/notifications", key).getBody()).forEach(list::add);
        return list;
    }

    private ResponseEntity<String> submitPod(String orderId, Map<String, String> fields) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("recipientName", "Ada Lovelace");
        fields.forEach(form::add);
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", NOTIFY_KEY);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange("/api/v1/orders/" + orderId + "/pod", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
    }

    private ResponseEntity<String> redeem(String lockerId, String code, String key) {
        return post("/api/v1/lockers/" + lockerId + "/redeem", key,
                ("{\"code\":\"" + code + "\"}").getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
    }
}
