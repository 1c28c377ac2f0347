package io.lastmilehub.hub.messagelog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.hub.inbound.AcceptedMessage;
import io.lastmilehub.hub.inbound.InboundService;
import io.lastmilehub.hub.testsupport.HeadlessChromium;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.LoggedMessages;
import io.lastmilehub.hub.testsupport.Samples;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.SourceRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The message log: an SAP delivery IDoc in, its proof of delivery and the STPPOD IDoc out, found by the IDoc's DOCNUM
 * and its ERP delivery, with the order's whole timeline, through the API and in the console; written with the work it
 * records or not at all; and invisible to another tenant. The ALEAUD audit that answers an IDoc is logged too, RETRIED
 * while SAP's port fails, SENT once delivered, or DEAD_LETTERED and then REPLAYED.
 */
class MessageLogIT extends HubIntegrationTest {

    private final ObjectMapper json = new ObjectMapper();
    @Autowired
    private InboundService inbound;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private MessageLogPurge purge;
    @Autowired
    private MessageLog messageLog;
    @LocalServerPort
    private int port;

    @BeforeEach
    void sapAcceptsIdocs() {
        SAP.stubFor(WireMock.post(urlPathEqualTo("/sap/bc/idoc_xml")).willReturn(aResponse().withStatus(200)));
    }

    @Test
    void anIdocInAndItsStppodOutShouldBeFoundByDocnumAndMakeTheOrdersTimeline() throws Exception {
        String orderId = deliveredSapOrder("0000000000910001", "0080009101");

        // the IDoc and the ALEAUD that answered it
        assertThat(messages("?key=910001", DEMO_KEY)).extracting(m -> m.path("format").asText())
                .containsExactlyInAnyOrder("idoc", "idoc-aleaud");
        JsonNode in = messages("?key=910001&direction=IN", DEMO_KEY);
        assertThat(in).hasSize(1);
        assertThat(in.get(0).path("direction").asText()).isEqualTo("IN");
        assertThat(in.get(0).path("format").asText()).isEqualTo("idoc");
        assertThat(in.get(0).path("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(keys(in.get(0))).contains("DOCNUM 910001", "ERP_DELIVERY 0080009101", "ORDER_ID " + orderId);
        assertThat(messages("?key=0000000000910001&direction=IN", DEMO_KEY)).hasSize(1);

        JsonNode payload = json.readTree(get("/api/v1/messages/" + in.get(0).path("id").asText(), DEMO_KEY)
                .getBody());
        assertThat(payload.path("contentType").asText()).isEqualTo("application/xml");
        assertThat(payload.path("payload").asText()).contains("<DOCNUM>0000000000910001</DOCNUM>");

        JsonNode out = messages("?key=0080009101&direction=OUT", DEMO_KEY);
        assertThat(out).extracting(m -> m.path("format").asText()).contains("idoc-stppod");
        JsonNode stppod = stream(out).filter(m -> m.path("format").asText().equals("idoc-stppod")).findFirst()
                .orElseThrow();
        assertThat(stppod.path("outcome").asText()).isEqualTo("SENT");
        assertThat(keys(stppod)).anyMatch(key -> key.startsWith("DOCNUM ")).contains("ORDER_ID " + orderId);
        assertThat(json.readTree(get("/api/v1/messages/" + stppod.path("id").asText(), DEMO_KEY).getBody())
                .path("payload").asText()).contains("STPPOD");

        JsonNode timeline = json.readTree(get("/api/v1/orders/" + orderId + "/timeline", DEMO_KEY).getBody());
        List<String> kinds = stream(timeline).map(item -> item.path("kind").asText() + " "
                + item.path("what").asText().split(" ")[0]).toList();
        assertThat(kinds).containsSubsequence("MESSAGE_IN idoc", "MAPPED mapped", "STATUS RECEIVED", "POD proof",
                "STATUS DELIVERED", "MESSAGE_OUT idoc-stppod");
    }

    @Test
    void aTendersResponseShouldBeFoundByItsShipmentAndAcknowledgedByThePartners997() throws Exception {
        post("/api/v1/inbound/x12", DEMO_KEY, Samples.loadTender(41030, "LOAD41030", LocalDate.now().plusDays(3)),
                MediaType.parseMediaType("application/edi-x12"));
        assertThat(keys(messages("?key=41030&direction=IN", DEMO_KEY).get(0))).contains("ISA13 41030",
                "ERP_DELIVERY LOAD41030");
        await().atMost(Duration.ofSeconds(15)).until(() -> stream(messages("?key=LOAD41030&direction=OUT",
                DEMO_KEY)).anyMatch(m -> m.path("format").asText().equals("x12-990")));
        JsonNode response = stream(messages("?key=LOAD41030&format=x12-990", DEMO_KEY)).findFirst().orElseThrow();
        assertThat(response.path("partner").asText()).isEqualTo("catalyst-paper");
        assertThat(response.path("outcome").asText()).isEqualTo("SENT");
        String group = stream(response.path("keys")).filter(k -> k.path("type").asText().equals("GS06"))
                .findFirst().orElseThrow().path("value").asText();
        String payload = json.readTree(get("/api/v1/messages/" + response.path("id").asText(), DEMO_KEY).getBody())
                .path("payload").asText();
        String set = payload.replaceFirst("(?s).*~ST\\*990\\*(\\d+)~.*", "$1");

        post("/api/v1/inbound/x12", DEMO_KEY, Samples.fromCatalyst(41031, "997", "AK1*GF*" + group + "~AK2*990*" + set
                + "~AK5*A~AK9*A*1*1*1~"), MediaType.parseMediaType("application/edi-x12"));

        JsonNode acknowledged = messages("?key=LOAD41030&format=x12-990", DEMO_KEY).get(0);
        assertThat(acknowledged.path("outcome").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.path("detail").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void anotherTenantShouldSeeNoneOfIt() throws Exception {
        String orderId = deliveredSapOrder("0000000000910002", "0080009102");
        String entry = messages("?key=910002&direction=IN", DEMO_KEY).get(0).path("id").asText();

        assertThat(messages("?key=910002", OTHER_KEY)).isEmpty();
        assertThat(messages("?key=" + orderId, OTHER_KEY)).isEmpty();
        assertThat(get("/api/v1/messages/" + entry, OTHER_KEY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/orders/" + orderId + "/timeline", OTHER_KEY).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/messages?key=910002", "no-such-key").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aRefusedMessageShouldMakeARefusedEntryAndNoOrder() throws Exception {
        ResponseEntity<String> refused = post("/api/v1/inbound/canonical-json", DEMO_KEY,
                "{\"source\":{\"system\":\"wms\",\"messageId\":\"refused-1\"}}".getBytes(StandardCharsets.UTF_8),
                MediaType.APPLICATION_JSON);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String deadLetter = json.readTree(refused.getBody()).path("deadLetter").asText();
        assertThat(jdbc.queryForList("SELECT outcome FROM message_log WHERE dead_letter_id = ?", String.class,
                deadLetter)).containsExactly("REFUSED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbound_message WHERE source_message_id = 'refused-1'",
                Integer.class)).isZero();
    }

    @Test
    void anIntakeRolledBackShouldLeaveNeitherTheOrderNorItsEntry() throws Exception {
        String reference = "PO-ROLLBACK-" + UUID.randomUUID();
        byte[] order = canonicalOrder(reference);

        AcceptedMessage rolledBack = transactions.execute(status -> {
            status.setRollbackOnly();
            return inbound.accept("demo", "canonical-json", order, Map.of());
        });

        assertThat(rolledBack.orders()).hasSize(1);
        assertThat(get("/api/v1/orders/" + rolledBack.orders().get(0), DEMO_KEY).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(messages("?key=" + reference, DEMO_KEY)).isEmpty();

        String orderId = json.readTree(post("/api/v1/inbound/canonical-json", DEMO_KEY, order,
                MediaType.APPLICATION_JSON).getBody()).path("orders").get(0).asText();
        assertThat(get("/api/v1/orders/" + orderId, DEMO_KEY).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(keys(messages("?key=" + reference, DEMO_KEY).get(0))).contains("ORDER_ID " + orderId,
                "CUSTOMER_PO " + reference);
    }

    @Test
    void aPayloadPastItsRetentionShouldBeDroppedAndItsEntryStillFound() throws Exception {
        String reference = "PO-RETENTION-" + UUID.randomUUID();
        post("/api/v1/inbound/canonical-json", DEMO_KEY, canonicalOrder(reference), MediaType.APPLICATION_JSON);
        String id = messages("?key=" + reference, DEMO_KEY).get(0).path("id").asText();
        assertThat(json.readTree(get("/api/v1/messages/" + id, DEMO_KEY).getBody()).path("payload").asText())
                .contains(reference);

        CLOCK.shift(Duration.ofDays(31));
        try {
            assertThat(purge.purge()).isPositive();
        } finally {
            CLOCK.reset();
        }

        JsonNode entry = messages("?key=" + reference, DEMO_KEY).get(0);
        assertThat(entry.path("id").asText()).isEqualTo(id);
        assertThat(entry.path("payloadKept").asBoolean()).isFalse();
        // the hub's JSON leaves out what is empty
        assertThat(json.readTree(get("/api/v1/messages/" + id, DEMO_KEY).getBody()).has("payload")).isFalse();
    }

    @Test
    void theConsoleShouldFindAnOrderByDocnumAndShowItsTimelineToItsTenantOnly() throws Exception {
        String orderId = deliveredSapOrder("0000000000910003", "0080009103");
        WebDriver browser = HeadlessChromium.start();
        try {
            openAs(browser, "demo", DEMO_KEY, "/console/messages");
            browser.findElement(By.id("key")).sendKeys("0000000000910003");
            browser.findElement(By.id("search")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(d -> !d.findElements(By.cssSelector("#messages a.order")).isEmpty());
            // the IDoc and its ALEAUD
            assertThat(browser.findElement(By.id("summary")).getText()).startsWith("2 message(s)");
            browser.findElement(By.cssSelector("#messages a.order")).click();
            wait.until(d -> !d.findElements(By.id("timeline")).isEmpty());
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Order " + orderId);
            assertThat(browser.findElement(By.cssSelector("#timeline tr[data-kind='MESSAGE_IN']")).getText())
                    .contains("idoc", "ACCEPTED");
            assertThat(browser.findElements(By.cssSelector("#timeline tr[data-kind='MESSAGE_OUT']")))
                    .extracting(WebElement::getText)
                    .anyMatch(row -> row.contains("idoc-stppod") && row.contains("SENT"))
                    .anyMatch(row -> row.contains("idoc-aleaud"));
            assertThat(browser.findElement(By.cssSelector("#timeline tr[data-kind='POD']")).isDisplayed()).isTrue();
        } finally {
            browser.quit();
        }
        WebDriver other = HeadlessChromium.start();
        try {
            openAs(other, "other", OTHER_KEY, "/console/messages?key=0000000000910003");
            assertThat(other.findElement(By.id("summary")).getText()).startsWith("0 message(s)");
            assertThat(other.findElements(By.cssSelector("#messages tbody tr"))).isEmpty();
            other.get("http://localhost:" + port + "/console/orders/" + orderId);
            assertThat(other.findElements(By.id("timeline"))).isEmpty();
            assertThat(other.findElement(By.tagName("body")).getText()).contains("not found");
        } finally {
            other.quit();
        }
    }

    @Test
    void anAleaudSapAnswered503IsRetriedThenDeliveredAndFoundByTheIdocsDocnumOnTheOrdersTimeline() throws Exception {
        SAP.stubFor(aleaudOf("0000000000910004").inScenario("aleaud-retry").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("retried").willReturn(aResponse().withStatus(503).withBody("busy")));
        // the retry is answered slowly (within the tests' HTTP timeout of 1 s), for the entry to be seen RETRIED
        SAP.stubFor(aleaudOf("0000000000910004").inScenario("aleaud-retry").whenScenarioStateIs("retried")
                .willReturn(aResponse().withStatus(200).withFixedDelay(700)));
        LoggedMessages log = new LoggedMessages(http, DEMO_KEY);

        String orderId = acceptedSapOrder("0000000000910004", "0080009104");

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                .until(() -> log.outcome("910004", "idoc-aleaud"), "RETRIED"::equals);
        assertThat(log.one("910004", "idoc-aleaud").path("detail").asText()).startsWith("retry 1 after: ")
                .contains("503");
        await().atMost(Duration.ofSeconds(15)).until(() -> log.outcome("910004", "idoc-aleaud"), "SENT"::equals);
        JsonNode aleaud = log.one("910004", "idoc-aleaud");
        assertThat(aleaud.path("detail").asText()).isEqualTo("delivered, HTTP 200");
        assertThat(aleaud.path("direction").asText()).isEqualTo("OUT");
        assertThat(keys(aleaud)).contains("DOCNUM 910004", "ORDER_ID " + orderId).filteredOn(k -> k.startsWith(
                "DOCNUM ")).hasSize(2);
        assertThat(log.timeline(orderId)).anyMatch(item -> item.startsWith("MESSAGE_OUT idoc-aleaud to SAP"));
    }

    @Test
    void anIdocSapCannotTakeIsDeadLetteredAndReplayedOnceSapIsBack() throws Exception {
        StubMapping down = SAP.stubFor(aleaudOf("0000000000910005").atPriority(1)
                .willReturn(aResponse().withStatus(500).withBody("down")));
        LoggedMessages log = new LoggedMessages(http, DEMO_KEY);
        acceptedSapOrder("0000000000910005", "0080009105");

        await().atMost(Duration.ofSeconds(15)).until(() -> log.outcome("910005", "idoc-aleaud"),
                "DEAD_LETTERED"::equals);
        String detail = log.one("910005", "idoc-aleaud").path("detail").asText();
        assertThat(detail).contains("500");
        String deadLetter = detail.replaceFirst("(?s).*\\(dead letter (dl-[^)]+)\\)$", "$1");
        SAP.removeStub(down);

        ResponseEntity<String> replay = post("/api/v1/dead-letters/" + deadLetter + "/replay", DEMO_KEY, new byte[0],
                MediaType.APPLICATION_JSON);

        assertThat(replay.getStatusCode()).as(replay.getBody()).isEqualTo(HttpStatus.OK);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode replayed = log.one("910005", "idoc-aleaud");
            assertThat(replayed.path("outcome").asText()).isEqualTo("REPLAYED");
            assertThat(replayed.path("detail").asText()).isEqualTo("delivered, HTTP 200");
        });
    }

    /** The delivery of a replayed message and the replay's own mark race: whichever commits last, REPLAYED stays. */
    @Test
    void aReplayMarkedWhileItsDeliveryIsUnderWayStaysReplayed() throws Exception {
        String entry = "log-race-" + UUID.randomUUID();
        transactions.executeWithoutResult(tx -> {
            messageLog.record(entry, LoggedMessage.sent("demo", "idoc-aleaud", "SAP", "application/xml",
                    new byte[] {1}, List.of()));
            messageLog.outcome(entry, Outcome.DEAD_LETTERED, "down (dead letter dl-race)");
        });
        // the delivery's transaction stays open while the replay marks the entry from another thread
        CompletableFuture<Void> replayMark = transactions.execute(tx -> {
            messageLog.delivered(entry, "delivered, HTTP 200");
            CompletableFuture<Void> mark = CompletableFuture.runAsync(() -> messageLog.replayed("dl-race", entry));
            await().pollDelay(Duration.ofMillis(300)).until(() -> true);
            return mark;
        });
        replayMark.get(10, TimeUnit.SECONDS);

        assertThat(jdbc.queryForMap("select outcome, detail from message_log where id = ?", entry))
                .containsEntry("outcome", "REPLAYED").containsEntry("detail", "delivered, HTTP 200");
    }

    private static MappingBuilder aleaudOf(String docnum) {
        return WireMock.post(urlPathEqualTo("/sap/bc/idoc_xml")).atPriority(1)
                .withRequestBody(containing("ALEAUD")).withRequestBody(containing(docnum));
    }

    /** Logs in with HTTP Basic in the URL once; the browser sends the credentials again to the same origin. */
    private void openAs(WebDriver browser, String tenant, String key, String path) {
        browser.get("http://" + tenant + ":" + key + "@localhost:" + port + path);
        browser.get("http://localhost:" + port + path);
    }

    /** An SAP delivery IDoc in, its proof of delivery submitted, and the STPPOD IDoc for it logged. */
    private String deliveredSapOrder(String docnum, String erpDelivery) throws Exception {
        String orderId = acceptedSapOrder(docnum, erpDelivery);
        ResponseEntity<String> pod = submitPod(orderId);
        assertThat(pod.getStatusCode()).as(pod.getBody()).isEqualTo(HttpStatus.CREATED);
        await().atMost(Duration.ofSeconds(15)).until(() -> stream(messages("?key=" + erpDelivery + "&direction=OUT",
                DEMO_KEY)).anyMatch(m -> m.path("format").asText().equals("idoc-stppod")));
        await().atMost(Duration.ofSeconds(15)).until(() -> stream(messages("?key=" + docnum + "&direction=OUT",
                DEMO_KEY)).anyMatch(m -> m.path("format").asText().equals("idoc-aleaud")));
        return orderId;
    }

    /** An SAP delivery IDoc in with this DOCNUM and ERP delivery; the order's id. */
    private String acceptedSapOrder(String docnum, String erpDelivery) throws Exception {
        byte[] idoc = new String(Samples.read("idoc/delvry07-shpord.xml"), StandardCharsets.UTF_8)
                .replace("<DOCNUM>0000000000481516</DOCNUM>", "<DOCNUM>" + docnum + "</DOCNUM>")
                .replace("0080001234", erpDelivery).getBytes(StandardCharsets.UTF_8);
        ResponseEntity<String> accepted = post("/api/v1/inbound/idoc", DEMO_KEY, idoc, MediaType.APPLICATION_XML);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return json.readTree(accepted.getBody()).path("orders").get(0).asText();
    }

    private ResponseEntity<String> submitPod(String orderId) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("recipientName", "K. Schulz");
        form.add("driverId", "drv-ana");
        form.add("photo", file("photo", "door.jpg", MediaType.IMAGE_JPEG));
        form.add("signature", file("signature", "signature.png", MediaType.IMAGE_PNG));
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", DEMO_KEY);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange("/api/v1/orders/" + orderId + "/pod", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
    }

    private static HttpEntity<ByteArrayResource> file(String part, String name, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDispositionFormData(part, name);
        return new HttpEntity<>(new ByteArrayResource(("bytes of " + name).getBytes(StandardCharsets.UTF_8)),
                headers);
    }

    private static byte[] canonicalOrder(String customerPo) {
        return CanonicalJson.toJsonBytes(DeliveryOrder.builder()
                .source(SourceRef.builder().system("wms").messageId(customerPo).build())
                .references(ExternalReferences.builder().customerPo(customerPo).build())
                .shipTo(Party.builder().name("Ada").address(Address.builder().line1("150 Elgin St").city("Ottawa")
                        .postalCode("K1P 1J1").countryCode("CA").build()).build())
                .tenant("demo").build());
    }

    private JsonNode messages(String query, String key) throws Exception {
        ResponseEntity<String> found = get("/api/v1/messages" + query, key);
        assertThat(found.getStatusCode()).as(found.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(found.getBody());
    }

    private static List<String> keys(JsonNode message) {
        return stream(message.path("keys")).map(k -> k.path("type").asText() + " " + k.path("value").asText())
                .toList();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }
}
