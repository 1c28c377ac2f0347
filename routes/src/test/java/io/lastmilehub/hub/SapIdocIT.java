package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.Samples;
import jakarta.jms.Connection;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.StreamSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SAP sends IDocs (XML over HTTP, flat over JMS) and gets an ALEAUD audit back on its XML/HTTP port (WireMock) for
 * each: 53 when applied, 51 with segment and reason when refused; an SAP port that fails is retried, then the audit
 * waits in the dead-letter store until replayed.
 */
class SapIdocIT extends HubIntegrationTest {

    private static final String PORT = "/sap/bc/idoc_xml";
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void sapAcceptsIdocs() {
        SAP.resetAll();
        SAP.stubFor(WireMock.post(urlPathEqualTo(PORT)).willReturn(aResponse().withStatus(200)));
    }

    @Test
    void aDeliveryIdocBecomesAnOrderAndSapGetsStatus53() throws Exception {
        byte[] idoc = delivery("0000000000700001");

        ResponseEntity<String> accepted = post("/api/v1/inbound/idoc", DEMO_KEY, idoc, MediaType.APPLICATION_XML);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String orderId = json.readTree(accepted.getBody()).path("orders").get(0).asText();
        JsonNode order = json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody());
        assertThat(order.path("references").path("erpDelivery").asText()).isEqualTo("0080001234");
        assertThat(order.path("source").path("messageId").asText()).isEqualTo("700001");
        awaitAudit("700001", "<STATUS>53</STATUS>");

        JsonNode again = json.readTree(post("/api/v1/inbound/idoc", DEMO_KEY, idoc, MediaType.APPLICATION_XML)
                .getBody());
        assertThat(again.path("duplicate").asBoolean()).isTrue();
        assertThat(again.path("orders").get(0).asText()).isEqualTo(orderId);
    }

    @Test
    void aRefusedIdocGetsStatus51WithTheSegmentAndReason() throws Exception {
        String withoutShipTo = new String(delivery("0000000000700002"), StandardCharsets.UTF_8)
                .replace("<PARTNER_Q>WE</PARTNER_Q>", "<PARTNER_Q>ZZ</PARTNER_Q>");

        ResponseEntity<String> refused = post("/api/v1/inbound/idoc", DEMO_KEY,
                withoutShipTo.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_XML);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("E1ADRM1");
        awaitAudit("700002", "<STATUS>51</STATUS>");
        SAP.verify(postRequestedFor(urlPathEqualTo(PORT)).withRequestBody(containing("E1ADRM1")));
    }

    @Test
    void aFlatIdocOnTheSapQueueBecomesAnOrder() throws Exception {
        // SAP's JMS bridge on the network acceptor, as the demo tenant's broker user.
        try (Connection connection = new ActiveMQConnectionFactory(ACCEPTOR_URL).createConnection("demo-erp",
                "demo-broker-secret")) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createProducer(session.createQueue("lastmile.tenant.demo.in.idoc")).send(session.createTextMessage(
                    new String(Samples.read("idoc/ORDERS01001.idoc"), StandardCharsets.ISO_8859_1)));
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> get("/api/v1/orders?limit=500", DEMO_KEY).getBody()
                .contains("Waddinxveen"));
        awaitAudit("887330", "<STATUS>53</STATUS>");
    }

    @Test
    void whenSapIsDownTheAuditIsRetriedThenDeadLetteredAndReplayed() throws Exception {
        SAP.stubFor(WireMock.post(urlPathEqualTo(PORT)).willReturn(aResponse().withStatus(500)));

        post("/api/v1/inbound/idoc", DEMO_KEY, delivery("0000000000700003"), MediaType.APPLICATION_XML);

        JsonNode letter = await().atMost(Duration.ofSeconds(15)).until(() -> deadLetterFor("700003"),
                l -> l != null);
        assertThat(letter.path("routeId").asText()).isEqualTo("sap-outbound-demo");
        assertThat(letter.path("reason").asText()).contains("500");
        SAP.verify(3, postRequestedFor(urlPathEqualTo(PORT)).withRequestBody(containing("700003")));

        sapAcceptsIdocs();
        post("/api/v1/dead-letters/" + letter.path("id").asText() + "/replay", DEMO_KEY, new byte[0],
                MediaType.APPLICATION_JSON);
        awaitAudit("700003", "<STATUS>53</STATUS>");
    }

    @Test
    void aShipmentsDeliveriesReportShipmentStatusAndFreightCostBackToSap() throws Exception {
        // The fixture's deadlines (2024, Hamburg morning) moved to tomorrow afternoon, when the Ottawa vans drive.
        String tomorrow = LocalDate.now().plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);
        byte[] shipment = new String(Samples.read("idoc/shpmnt05.xml"), StandardCharsets.UTF_8)
                .replace("<DOCNUM>0000000000481600</DOCNUM>", "<DOCNUM>0000000000700010</DOCNUM>")
                .replace("20240702", tomorrow)
                .replaceAll("<NTANZ>\\d{6}</NTANZ>", "<NTANZ>160000</NTANZ>")
                .replaceAll("<NTENZ>\\d{6}</NTENZ>", "<NTENZ>230000</NTENZ>")
                .getBytes(StandardCharsets.UTF_8);
        JsonNode accepted = json.readTree(post("/api/v1/inbound/idoc", DEMO_KEY, shipment,
                MediaType.APPLICATION_XML).getBody());
        for (JsonNode orderId : accepted.path("orders")) {
            await().atMost(Duration.ofSeconds(10)).until(() -> "EXCEPTION".equals(json.readTree(
                    get("/api/v1/orders/" + orderId.asText(), DEMO_KEY).getBody()).path("status").asText()));
            assertThat(putLocation(orderId.asText()).getStatusCode()).isEqualTo(HttpStatus.OK);
        }

        ResponseEntity<String> plan = post("/api/v1/plans?wait=60s", DEMO_KEY, ("{\"depotId\":\"ottawa\",\"date\":\""
                + LocalDate.now().plusDays(1) + "\"}").getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        assertThat(plan.getBody()).contains(accepted.path("orders").get(0).asText());

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> SAP.verify(postRequestedFor(urlPathEqualTo(PORT))
                .withRequestBody(containing("SHPMNT05")).withRequestBody(containing("0000004711"))));
        for (String delivery : new String[] {"0080001240", "0080001241"}) {
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> SAP.verify(postRequestedFor(
                    urlPathEqualTo(PORT)).withRequestBody(containing("ZLMHCOST01"))
                    .withRequestBody(containing(delivery))));
        }
    }

    private ResponseEntity<String> putLocation(String orderId) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", DEMO_KEY);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/v1/orders/" + orderId + "/ship-to", HttpMethod.PUT, new HttpEntity<>(
                "{\"location\":{\"latitude\":45.4300,\"longitude\":-75.6900}}", headers), String.class);
    }

    @Test
    void whenSapAnswersTooLateTheAuditIsRetriedThenKeptAsDeadLetter() throws Exception {
        SAP.stubFor(WireMock.post(urlPathEqualTo(PORT)).withRequestBody(containing("700004"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(3000)));

        post("/api/v1/inbound/idoc", DEMO_KEY, delivery("0000000000700004"), MediaType.APPLICATION_XML);

        JsonNode letter = await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterFor("700004"),
                l -> l != null);
        assertThat(letter.path("reason").asText().toLowerCase(Locale.ROOT)).containsAnyOf("timed out", "timeout");
        SAP.verify(3, postRequestedFor(urlPathEqualTo(PORT)).withRequestBody(containing("700004")));
    }

    /** The hand-made DELVRY07 fixture with its own DOCNUM. */
    private static byte[] delivery(String docnum) {
        return new String(Samples.read("idoc/delvry07-shpord.xml"), StandardCharsets.UTF_8)
                .replace("<DOCNUM>0000000000481516</DOCNUM>", "<DOCNUM>" + docnum + "</DOCNUM>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private void awaitAudit(String inboundDocnum, String status) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> SAP.verify(postRequestedFor(urlPathEqualTo(PORT))
                .withRequestBody(containing("ALEAUD01")).withRequestBody(containing(inboundDocnum))
                .withRequestBody(containing(status))));
    }

    private JsonNode deadLetterFor(String inboundDocnum) throws Exception {
        JsonNode letters = json.readTree(get("/api/v1/dead-letters", DEMO_KEY).getBody());
        return StreamSupport.stream(letters.spliterator(), false)
                .filter(l -> "sap-outbound-demo".equals(l.path("routeId").asText()))
                .filter(l -> new String(get("/api/v1/dead-letters/" + l.path("id").asText() + "/payload", DEMO_KEY)
                        .getBody()).contains(inboundDocnum))
                .findFirst().orElse(null);
    }
}
