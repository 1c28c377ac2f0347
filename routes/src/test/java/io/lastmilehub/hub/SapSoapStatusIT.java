package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.LoggedMessages;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.SourceRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.Locale;
import java.util.stream.StreamSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tenant "sap" has its status changes pushed over SOAP to its SAP system (WireMock on loopback, answering as an SAP
 * SOAP receiver would): each change arrives as a canonical deliveryStatusEvent; a 500 with a SOAP fault, a timeout,
 * an answer that is not SOAP or a reset connection is retried with back-off and then kept in the dead-letter store
 * with the event, from where a replay delivers it.
 */
class SapSoapStatusIT extends HubIntegrationTest {

    private static final String ENVELOPE = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">";
    private static final String EMPTY_ANSWER = ENVELOPE + "<soap:Body/></soap:Envelope>";
    private static final String SAP_FAULT = ENVELOPE + "<soap:Body><soap:Fault><faultcode>soap:Server</faultcode>"
            + "<faultstring>System failure: SAP work process ended</faultstring></soap:Fault></soap:Body>"
            + "</soap:Envelope>";

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void sapAnswers() {
        SAP.resetAll();
        SAP.stubFor(statusCall().atPriority(10).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml;charset=UTF-8").withBody(EMPTY_ANSWER)));
    }

    @Test
    void aStatusChangeArrivesInSapAsACanonicalEventInASoapEnvelope() throws Exception {
        String orderId = accept("sap-ok-1");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> SAP.verify(1,
                postRequestedFor(urlPathEqualTo(SAP_STATUS_PATH)).withRequestBody(containing(orderId))));
        String body = SAP.findAll(postRequestedFor(urlPathEqualTo(SAP_STATUS_PATH))
                .withRequestBody(containing(orderId))).get(0).getBodyAsString();
        assertThat(body).contains("http://schemas.xmlsoap.org/soap/envelope/", "deliveryStatusEvent",
                "urn:lastmile-hub:canonical:v1", ">RECEIVED<", ">sap-ok-1<");
        LoggedMessages log = new LoggedMessages(http, SAP_KEY);
        await().atMost(Duration.ofSeconds(15)).until(() -> log.outcome(orderId, "soap-status"), "ACKNOWLEDGED"::equals);
        JsonNode pushed = log.one(orderId, "soap-status");
        assertThat(pushed.path("partner").asText()).isEqualTo("SAP");
        assertThat(get("/api/v1/messages/" + pushed.path("id").asText(), SAP_KEY).getBody())
                .contains("deliveryStatusEvent", orderId);
        assertThat(log.timeline(orderId)).contains("MESSAGE_OUT soap-status to SAP");
    }

    @Test
    void aServerErrorIsRetriedThenDeadLetteredWithTheEventAndAReplayDeliversIt() throws Exception {
        SAP.stubFor(statusCall().withRequestBody(containing("sap-500-1")).atPriority(1)
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/xml").withBody(SAP_FAULT)));
        String orderId = accept("sap-500-1");

        JsonNode letter = await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterOf(orderId), l -> l != null);
        assertThat(letter.path("routeId").asText()).isEqualTo("sap-soap-status-sap");
        assertThat(letter.path("reason").asText()).contains("System failure");
        SAP.verify(3, postRequestedFor(urlPathEqualTo(SAP_STATUS_PATH)).withRequestBody(containing("sap-500-1")));
        JsonNode event = json.readTree(get("/api/v1/dead-letters/" + letter.path("id").asText() + "/payload", SAP_KEY)
                .getBody());
        assertThat(event.path("orderId").asText()).isEqualTo(orderId);
        assertThat(event.path("status").asText()).isEqualTo("RECEIVED");
        LoggedMessages log = new LoggedMessages(http, SAP_KEY);
        assertThat(log.one(orderId, "soap-status").path("outcome").asText()).isEqualTo("DEAD_LETTERED");
        assertThat(log.one(orderId, "soap-status").path("detail").asText()).contains("System failure",
                letter.path("id").asText());

        SAP.stubFor(statusCall().withRequestBody(containing("sap-500-1")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withBody(EMPTY_ANSWER)));
        JsonNode replayed = json.readTree(post("/api/v1/dead-letters/" + letter.path("id").asText() + "/replay",
                SAP_KEY, new byte[0], MediaType.APPLICATION_JSON).getBody());
        assertThat(replayed.path("replayOutcome").asText()).isEqualTo("delivered");
        SAP.verify(4, postRequestedFor(urlPathEqualTo(SAP_STATUS_PATH)).withRequestBody(containing("sap-500-1")));
        // SAP answered the replay: one entry still, with SAP's answer
        assertThat(log.one(orderId, "soap-status").path("outcome").asText()).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void anAnswerThatTakesTooLongIsRetriedThenDeadLettered() throws Exception {
        SAP.stubFor(statusCall().withRequestBody(containing("sap-slow-1")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withBody(EMPTY_ANSWER).withFixedDelay(2_000)));
        String orderId = accept("sap-slow-1");

        JsonNode letter = await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterOf(orderId), l -> l != null);
        assertThat(letter.path("routeId").asText()).isEqualTo("sap-soap-status-sap");
        // The JDK's HTTP client says "timed out" or "Timeout", depending on whether the connect or the read ran out.
        assertThat(letter.path("reason").asText().toLowerCase(Locale.ROOT)).containsAnyOf("timed out", "timeout");
        SAP.verify(3, postRequestedFor(urlPathEqualTo(SAP_STATUS_PATH)).withRequestBody(containing("sap-slow-1")));
    }

    @Test
    void anAnswerThatIsNotSoapIsRetriedThenDeadLettered() throws Exception {
        SAP.stubFor(statusCall().withRequestBody(containing("sap-html-1")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                        .withBody("<html><body>Logon failed</body></html>")));
        String orderId = accept("sap-html-1");

        JsonNode letter = await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterOf(orderId), l -> l != null);
        assertThat(letter.path("reason").asText()).startsWith("SAP did not take status event");
        SAP.verify(3, postRequestedFor(urlPathEqualTo(SAP_STATUS_PATH)).withRequestBody(containing("sap-html-1")));
    }

    @Test
    void aConnectionResetIsRetriedThenDeadLetteredWithTheEvent() throws Exception {
        SAP.stubFor(statusCall().withRequestBody(containing("sap-reset-1")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        String orderId = accept("sap-reset-1");

        JsonNode letter = await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterOf(orderId), l -> l != null);
        assertThat(letter.path("reason").asText()).startsWith("SAP did not take status event");
        SAP.verify(3, postRequestedFor(urlPathEqualTo(SAP_STATUS_PATH)).withRequestBody(containing("sap-reset-1")));
        assertThat(get("/api/v1/dead-letters/" + letter.path("id").asText() + "/payload", SAP_KEY).getBody())
                .contains(orderId);
    }

    private static MappingBuilder statusCall() {
        return WireMock.post(urlPathEqualTo(SAP_STATUS_PATH));
    }

    /** Sends an order of tenant "sap" with this source message id; its RECEIVED event then goes to SAP. */
    private String accept(String messageId) throws Exception {
        DeliveryOrder order = DeliveryOrder.builder()
                .source(SourceRef.builder().system("sap-erp").messageId(messageId).build())
                .shipTo(Party.builder().name("Maple Leaf Books")
                        .address(Address.builder().line1("150 Elgin St").city("Ottawa").postalCode("K1P 1J1")
                                .countryCode("CA").build())
                        .location(GeoPoint.builder().latitude(45.4215).longitude(-75.6919).build()).build())
                .serviceTimeSeconds(180)
                .parcel(Parcel.builder().id("P1").quantity(1).weightKg(2.5).build())
                .buildUnvalidated();
        ResponseEntity<String> accepted = post("/api/v1/inbound/canonical-json", SAP_KEY,
                CanonicalJson.toJsonBytes(order), MediaType.APPLICATION_JSON);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return json.readTree(accepted.getBody()).path("orders").get(0).asText();
    }

    private JsonNode deadLetterOf(String orderId) throws Exception {
        JsonNode letters = json.readTree(get("/api/v1/dead-letters", SAP_KEY).getBody());
        return StreamSupport.stream(letters.spliterator(), false)
                .filter(l -> l.path("headers").asText().contains(orderId)).findFirst().orElse(null);
    }
}
