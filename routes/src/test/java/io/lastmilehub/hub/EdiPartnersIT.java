package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.connectors.support.cost.DeliveryCost;
import io.lastmilehub.connectors.support.cost.DeliveryCostAllocator;
import io.lastmilehub.connectors.support.edi.OutboundValues;
import io.lastmilehub.connectors.support.edi.Reparse;
import io.lastmilehub.hub.acknowledgement.InboundAnswerSweeper;
import io.lastmilehub.hub.acknowledgement.InboundAnswers;
import io.lastmilehub.hub.inbound.AcceptedMessage;
import io.lastmilehub.hub.inbound.InboundService;
import io.lastmilehub.hub.orders.OrderCancellations;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.Samples;
import io.lastmilehub.model.Plan;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The trading partners of config/partners against the running hub: catalyst-paper (X12, its documents POSTed to
 * WireMock) tenders loads and gets 997, TA1, 990, 214 and 210; benelux-forwarder (EDIFACT, its documents written to
 * a directory) sends IFTMIN and gets CONTRL and IFTSTA; pipes-shipper (test resources) gets its 997 in its own
 * separators. Everything the partners receive is re-parsed with StAEDI validation on.
 */
class EdiPartnersIT extends HubIntegrationTest {

    private static final MediaType X12 = MediaType.parseMediaType("application/edi-x12");
    private static final MediaType EDIFACT = MediaType.parseMediaType("application/edifact");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String CONSIGNEE = "NAD+CN+5411234444402::9++CONSIGNEE NV+KERKSTRAAT 12+BRUSSEL++1000+BE'";

    private final ObjectMapper json = new ObjectMapper();
    @Autowired
    private InboundService inbound;
    @Autowired
    private InboundAnswerSweeper answers;
    @Autowired
    private InboundAnswers inboundAnswers;
    @Autowired
    private CamelContext camel;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private OrderCancellations cancellations;

    @Test
    void aTenderIsStoredAcknowledgedWithOurIdsAndAccepted() throws Exception {
        ResponseEntity<String> accepted = post("/api/v1/inbound/x12", DEMO_KEY,
                Samples.loadTender(41001, "LOAD41001", LocalDate.now().plusDays(3)), X12);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String orderId = json.readTree(accepted.getBody()).path("orders").get(0).asText();
        assertThat(order(orderId).path("references").path("erpDelivery").asText()).isEqualTo("LOAD41001");

        LoggedRequest ack = partnerReceived("997", "AK1*SM*41001~");
        String ack997 = reparsed(ack);
        assertThat(ack997).startsWith("ISA*00*          *00*          *02*SCAC           *ZZ*MGCTLYST       *")
                .contains("*U*00401*", "*0*T*:~GS*FA*NPME*MGCTLYST*")
                .contains("~ST*997*", "~AK2*204*410010001~AK5*E*4~AK9*E*1*1*1~");
        String interchange = isa13(ack997);
        assertThat(ack997).endsWith("~IEA*1*" + interchange + "~");
        assertThat(ack.getHeader("LastMilePartner")).isEqualTo("catalyst-paper");
        assertThat(ack.getHeader("LastMileFileName")).isEqualTo("catalyst-paper-997-" + Long.parseLong(interchange)
                + ".edi");
        assertThat(ack.getHeader("Content-Type")).startsWith("application/edi-x12");

        String response = reparsed(partnerReceived("990", "B1*SCAC*LOAD41001*"));
        assertThat(response).contains("~GS*GF*NPME*MGCTLYST*", "~ST*990*",
                "~B1*SCAC*LOAD41001*" + LocalDate.now(ZoneOffset.UTC).format(CCYYMMDD) + "*A~SE*3*")
                .doesNotContain("K1*");
        assertThat(Long.parseLong(isa13(response))).as("control numbers increase").isGreaterThan(
                Long.parseLong(interchange));
    }

    @Test
    void aTenderOutsideTheRulesIsDeclinedItsOrderCancelledAndThe214Sent() throws Exception {
        ResponseEntity<String> accepted = post("/api/v1/inbound/x12", DEMO_KEY,
                Samples.loadTender(41002, "LOAD41002", null), X12);
        String orderId = json.readTree(accepted.getBody()).path("orders").get(0).asText();

        String response = reparsed(partnerReceived("990", "B1*SCAC*LOAD41002*"));
        assertThat(response).contains("*D~K1*DELIVERY WINDOW IN THE PAST~");
        await().atMost(Duration.ofSeconds(10)).until(() -> "CANCELLED".equals(order(orderId).path("status").asText()));
        assertThat(order(orderId).path("statusReason").asText()).isEqualTo(
                "load tender LOAD41002 declined: DELIVERY WINDOW IN THE PAST");

        String status = reparsed(partnerReceived("214", "B10*" + OutboundValues.reference(orderId, 30)
                + "*LOAD41002*SCAC~", "AT7*CA*"));
        assertThat(status).contains("~GS*QM*NPME*MGCTLYST*", "~L11*3297832*PO~LX*1~AT7*CA*NS***");
    }

    @Test
    void aBrokenTenderIsRejectedWithA997NamingSegmentAndCodeAndIsDeadLettered() throws Exception {
        String broken = new String(Samples.loadTender(41003, "LOAD41003", LocalDate.now().plusDays(3)),
                StandardCharsets.UTF_8).replace("N3*555 S 108th St\n", "");

        ResponseEntity<String> refused = post("/api/v1/inbound/x12", DEMO_KEY,
                broken.getBytes(StandardCharsets.UTF_8), X12);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String deadLetter = json.readTree(refused.getBody()).path("deadLetter").asText();
        assertThat(get("/api/v1/dead-letters/" + deadLetter + "/payload", DEMO_KEY).getBody()).isEqualTo(broken);
        String ack = reparsed(partnerReceived("997", "AK1*SM*41003~"));
        assertThat(ack).containsPattern("~AK2\\*204\\*410030001~AK3\\*N3\\*\\d+\\*\\*3~AK5\\*R\\*5~")
                .contains("~AK9*R*1*1*0~");
        assertThat(ediPartnerReceived("990", "B1*SCAC*LOAD41003*")).isEmpty();
    }

    @Test
    void aTenderReceivedTwiceIsProcessedOnceAndTheSecondAnsweredWithATa1() throws Exception {
        byte[] tender = Samples.loadTender(41004, "LOAD41004", LocalDate.now().plusDays(3));
        String first = post("/api/v1/inbound/x12", DEMO_KEY, tender, X12).getBody();
        partnerReceived("990", "B1*SCAC*LOAD41004*"); // the partner sends it again after its answer
        String resent = new String(tender, StandardCharsets.UTF_8).replace("*1256*U*", "*1301*U*");

        JsonNode again = json.readTree(post("/api/v1/inbound/x12", DEMO_KEY,
                resent.getBytes(StandardCharsets.UTF_8), X12).getBody());

        assertThat(again.path("duplicate").asBoolean()).isTrue();
        assertThat(again.path("orders")).isEqualTo(json.readTree(first).path("orders"));
        String notice = reparsed(partnerReceived("TA1", "TA1*000041004*"));
        assertThat(notice).contains("~TA1*000041004*160726*1301*R*025~IEA*0*");
        assertThat(ediDocumentsReceived("990", "B1*SCAC*LOAD41004*")).hasSize(1);
    }

    @Test
    void aTenderWhoseAnswerAKillPrevented_isAnsweredByTheSweep_withIts997And990() throws Exception {
        String messageId = acceptedWithoutItsAnswer(Samples.loadTender(41036, "LOAD41036",
                LocalDate.now().plusDays(3)));
        answers.sweep(Instant.now());
        assertThat(ediPartnerReceived("997", "AK1*SM*41036~")).as("not within the first minute").isEmpty();

        jdbc.update("update inbound_message set received_at = received_at - interval '2' minute where id = ?",
                messageId);
        answers.sweep(Instant.now());

        assertThat(reparsed(partnerReceived("997", "AK1*SM*41036~"))).contains("~AK2*204*410360001~");
        assertThat(reparsed(partnerReceived("990", "B1*SCAC*LOAD41036*"))).contains("*A~SE*3*");
        answers.sweep(Instant.now());
        assertThat(ediDocumentsReceived("997", "AK1*SM*41036~")).as("answered once").hasSize(1);
    }

    @Test
    void aTenderSentAgainAfterAKillPreventedItsAnswer_getsThe997And990_notADuplicateNotice() throws Exception {
        byte[] tender = Samples.loadTender(41037, "LOAD41037", LocalDate.now().plusDays(3));
        acceptedWithoutItsAnswer(tender);
        String resent = new String(tender, StandardCharsets.UTF_8).replace("*1256*U*", "*1301*U*");

        JsonNode again = json.readTree(post("/api/v1/inbound/x12", DEMO_KEY,
                resent.getBytes(StandardCharsets.UTF_8), X12).getBody());

        assertThat(again.path("duplicate").asBoolean()).isTrue();
        assertThat(reparsed(partnerReceived("990", "B1*SCAC*LOAD41037*"))).contains("*A~SE*3*");
        assertThat(ediPartnerReceived("997", "AK1*SM*41037~")).hasSize(1);
        assertThat(ediPartnerReceived("TA1", "TA1*000041037*")).isEmpty();
    }

    /**
     * A tender's own answer (a wire tap after its 202) came after the answer of the copy sent again: the copy answered
     * as the tender, which must then not be answered again, least of all as a duplicate of itself.
     */
    @Test
    void aTenderWhoseCopyWasAnsweredFirst_isNotAnsweredAgainByItsOwnLateAnswer() throws Exception {
        byte[] tender = Samples.loadTender(41039, "LOAD41039", LocalDate.now().plusDays(3));
        AcceptedMessage original = inbound.accept("demo", "x12", tender, Map.of("Content-Type", "application/edi-x12"));
        String resent = new String(tender, StandardCharsets.UTF_8).replace("*1256*U*", "*1301*U*");
        post("/api/v1/inbound/x12", DEMO_KEY, resent.getBytes(StandardCharsets.UTF_8), X12);
        partnerReceived("990", "B1*SCAC*LOAD41039*");
        int queuedBefore = documentsQueued();

        inboundAnswers.answer(InboundAnswers.acceptedExchange(camel, "demo", "x12", tender, original));

        assertThat(documentsQueued()).as("nothing queued for the partner, no duplicate notice").isEqualTo(queuedBefore);
        assertThat(ediDocumentsReceived("997", "AK1*SM*41039~")).as("acknowledged once").hasSize(1);
        assertThat(ediDocumentsReceived("990", "B1*SCAC*LOAD41039*")).as("answered once").hasSize(1);
    }

    /**
     * The answers queued for catalyst-paper (each is queued in its answer's transaction and sent after it); the other
     * tests of this class wait for theirs.
     */
    private int documentsQueued() {
        return jdbc.queryForObject("select count(*) from edi_document where partner = 'catalyst-paper' and "
                + "document_type in ('997', '990', 'TA1')", Integer.class);
    }

    /** An order cancelled before the sweep answered its declined tender: cancelling it again must not stop the answer. */
    @Test
    void aDeclinedTenderWhoseOrderWasCancelledMeanwhile_isStillAnsweredByTheSweep() throws Exception {
        AcceptedMessage tender = inbound.accept("demo", "x12", Samples.loadTender(41038, "LOAD41038", null),
                Map.of("Content-Type", "application/edi-x12"));
        String orderId = tender.orders().get(0);
        // the shipper calls once the intake has taken the order (the cancel would otherwise race the intake's update)
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from delivery_order where id = ? and intake_at is not null", Integer.class,
                orderId) == 1);
        cancellations.cancel("demo", orderId, null, "the shipper called it off");
        jdbc.update("update inbound_message set received_at = received_at - interval '2' minute where id = ?",
                tender.messageId());

        answers.sweep(Instant.now());

        assertThat(reparsed(partnerReceived("997", "AK1*SM*41038~"))).contains("~AK2*204*410380001~");
        assertThat(reparsed(partnerReceived("990", "B1*SCAC*LOAD41038*")))
                .contains("*D~K1*DELIVERY WINDOW IN THE PAST~");
        assertThat(order(orderId).path("status").asText()).isEqualTo("CANCELLED");
        assertThat(order(orderId).path("statusReason").asText()).isEqualTo("the shipper called it off");
    }

    /** The tender stored as the inbound route stores it, with no answer: the hub killed right after its 202. */
    private String acceptedWithoutItsAnswer(byte[] tender) {
        return inbound.accept("demo", "x12", tender, Map.of("Content-Type", "application/edi-x12")).messageId();
    }

    @Test
    void aTransactionSetWeDoNotTakeIsRejectedAsNotSupported() throws Exception {
        String status = new String(Samples.read("x12/214-MGCTLYST-SAMPLE.EDI"), StandardCharsets.UTF_8)
                .replace("*02*SCAC           *ZZ*MGCTLYST       *", "*ZZ*MGCTLYST       *02*SCAC           *");

        ResponseEntity<String> refused = post("/api/v1/inbound/x12", DEMO_KEY,
                status.getBytes(StandardCharsets.UTF_8), X12);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("214 is not accepted inbound");
        assertThat(reparsed(partnerReceived("997", "AK1*QM*82265~")))
                .contains("~AK2*214*822650001~AK5*R*1~AK9*R*1*1*0~");
    }

    @Test
    void aPartnerWithItsOwnSeparatorsGetsIts997WrittenInThem() throws Exception {
        String status = new String(Samples.read("x12/214-MGCTLYST-SAMPLE.EDI"), StandardCharsets.UTF_8)
                .replace("*02*SCAC           *ZZ*MGCTLYST       *", "*ZZ*PIPESHIP       *02*SCAC           *");

        post("/api/v1/inbound/x12", DEMO_KEY, status.getBytes(StandardCharsets.UTF_8), X12);

        LoggedRequest ack = partnerReceived("997", "AK1|QM|82265!\n");
        assertThat(ack.getHeader("LastMilePartner")).isEqualTo("pipes-shipper");
        assertThat(ack.getBodyAsString()).startsWith("ISA|00|          |00|          |02|SCAC           |ZZ|"
                + "PIPESHIP       |").contains("|U|00401|", "|0|T|>!\nGS|FA|MGCTLYST|SCAC|")
                .contains("!\nAK2|214|822650001!\nAK5|R|1!\nAK9|R|1|1|0!\n").endsWith("!\n").doesNotContain("~");
        assertThat(Reparse.values(ack.getBody(), StandardCharsets.US_ASCII)).contains("AK1*QM*82265",
                "AK5*R*1");
    }

    @Test
    void aPlannedShipmentIsInvoicedOnceWithItsShareOfThePlanCost() throws Exception {
        LocalDate day = LocalDate.now().plusDays(45);
        // a tender's loading stop becomes the order's pickup, which is planned only once it has a point; the API
        // locates ship-tos only, so this tender delivers from the depot: it has no loading stop
        byte[] deliveryOnly = new String(Samples.loadTender(41005, "LOAD41005", day), StandardCharsets.UTF_8)
                .replaceAll("(?s)S5\\*1\\*CL.*?(?=S5\\*2\\*CU)", "").getBytes(StandardCharsets.UTF_8);
        String orderId = json.readTree(post("/api/v1/inbound/x12", DEMO_KEY, deliveryOnly, X12).getBody())
                .path("orders").get(0).asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> "EXCEPTION".equals(order(orderId).path("status").asText()));
        assertThat(putJson("/api/v1/orders/" + orderId + "/ship-to", DEMO_KEY,
                "{\"location\":{\"latitude\":45.4236,\"longitude\":-75.7009}}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        String planJson = plan(day);
        Plan plan = CanonicalJson.fromJson(planJson.getBytes(StandardCharsets.UTF_8), Plan.class);
        DeliveryCost cost = DeliveryCostAllocator.allocate(plan).stream().filter(c -> c.orderId().equals(orderId))
                .findFirst().orElseThrow();

        String cents = cost.total().movePointRight(2).toBigInteger().toString();
        String invoice = reparsed(partnerReceived("210", "*LOAD41005*PP*"));
        assertThat(invoice).contains("~GS*IM*NPME*MGCTLYST*", "~ST*210*")
                .containsPattern("~B3\\*\\*\\d+\\*LOAD41005\\*PP\\*\\*\\d{8}\\*" + cents + "\\*\\*\\*\\*SCAC~")
                .contains("~C3*" + cost.currency() + "~N9*PO*3297832~LX*1~L1*1*" + cost.total().toPlainString()
                        + "*FR*" + cents + "~L3*100*G***" + cents);
        assertThat(reparsed(partnerReceived("214", "B10*" + OutboundValues.reference(orderId, 30)
                + "*LOAD41005*SCAC~", "AT7*AB*"))).contains(
                "~LX*1~AT7*AB*NS***");

        plan(day);
        assertThat(ediDocumentsReceived("210", "*LOAD41005*PP*")).as("invoiced once").hasSize(1);
    }

    @Test
    void aDeliveryThePartnerRefusesIsRetriedDeadLetteredAndReplayed() throws Exception {
        EDI_PARTNER.stubFor(WireMock.post(EDI_PARTNER_PATH).atPriority(1)
                .withRequestBody(WireMock.containing("B1*SCAC*LOAD41006*"))
                .willReturn(WireMock.serverError()));
        post("/api/v1/inbound/x12", DEMO_KEY, Samples.loadTender(41006, "LOAD41006", LocalDate.now().plusDays(3)), X12);

        JsonNode letter = await().atMost(Duration.ofSeconds(15)).until(() -> deadLetterFromRoute(
                "edi-outbound-catalyst-paper"), node -> node != null);
        assertThat(get("/api/v1/dead-letters/" + letter.path("id").asText() + "/payload", DEMO_KEY).getBody())
                .contains("B1*SCAC*LOAD41006*");
        int attempts = ediPartnerReceived("990", "B1*SCAC*LOAD41006*").size();
        assertThat(attempts).as("first attempt and two redeliveries").isGreaterThanOrEqualTo(3);

        EDI_PARTNER.stubFor(WireMock.post(EDI_PARTNER_PATH).atPriority(1)
                .withRequestBody(WireMock.containing("B1*SCAC*LOAD41006*")).willReturn(WireMock.ok()));
        JsonNode replayed = json.readTree(post("/api/v1/dead-letters/" + letter.path("id").asText() + "/replay",
                DEMO_KEY, new byte[0], MediaType.APPLICATION_JSON).getBody());

        assertThat(replayed.path("replayOutcome").asText()).isEqualTo("delivered");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ediPartnerReceived("990", "B1*SCAC*LOAD41006*").size() > attempts);
        assertThat(ediDocumentsReceived("990", "B1*SCAC*LOAD41006*")).as("the same document each time").hasSize(1);
    }

    @Test
    void anEdifactInstructionBecomesAnOrderAndItsStatusAnIftstaInThePartnersDirectory() throws Exception {
        ResponseEntity<String> accepted = post("/api/v1/inbound/edifact", DEMO_KEY,
                instruction("REF-42001", "569001", true), EDIFACT);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String orderId = json.readTree(accepted.getBody()).path("orders").get(0).asText();
        String report = partnerFile("iftsta", "CNI+1+569001'");
        assertThat(Reparse.strictly(report.getBytes(StandardCharsets.ISO_8859_1))).startsWith("UNA", "UNB", "UNH",
                "BGM");
        assertThat(report).contains("UNB+UNOA:3+RID+SID+", "UNH+", "+IFTSTA:D:01B:UN'", "STS+1+24+58'");
        assertThat(order(orderId).path("status").asText()).isEqualTo("EXCEPTION");
    }

    @Test
    void aRejectedEdifactInstructionGetsARejectingContrlAndADuplicateOneError26() throws Exception {
        ResponseEntity<String> refused = post("/api/v1/inbound/edifact", DEMO_KEY,
                instruction("REF-42002", "569002", false), EDIFACT);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).path("deadLetter").asText()).isNotEmpty();
        String contrl = partnerFile("contrl", "UCI+REF-42002+SID+RID+4'");
        assertThat(Reparse.strictly(contrl.getBytes(StandardCharsets.ISO_8859_1))).contains("UCM", "UCS");
        assertThat(contrl).contains("UCM+ME000001+IFTMIN:D:96A:UN+4'UCS+12+13'");

        post("/api/v1/inbound/edifact", DEMO_KEY, instruction("REF-42003", "569003", true), EDIFACT);
        post("/api/v1/inbound/edifact", DEMO_KEY, instruction("REF-42003", "569003", true), EDIFACT);
        assertThat(partnerFile("contrl", "UCI+REF-42003+SID+RID+4+26'")).contains("UNH+", "CONTRL:D:3:UN");
    }

    @Test
    void anInstructionWithAWrongUntCount_isRefusedNamingUnt01_andItsContrlRejectsIt() throws Exception {
        byte[] miscounted = new String(instruction("REF-42004", "569004", true), StandardCharsets.UTF_8)
                .replace("UNT+23+ME000001'", "UNT+22+ME000001'").getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> refused = post("/api/v1/inbound/edifact", DEMO_KEY, miscounted, EDIFACT);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode violation = json.readTree(refused.getBody()).path("violations").get(0);
        assertThat(violation.path("field").asText()).isEqualTo("UNT-01");
        assertThat(violation.path("reason").asText()).startsWith("the count does not match")
                .contains("envelope-errors: reject").doesNotContain("22");
        assertThat(partnerFile("contrl", "UCI+REF-42004+SID+RID+4")).contains("UCM+ME000001+IFTMIN:D:96A:UN+4");
    }

    @Test
    void aDryRunOfATenderNamesThePartnerAndShowsThe997_andSendsAndNumbersNothing() throws Exception {
        int documents = json.readTree(get("/api/v1/edi/documents?limit=500", DEMO_KEY).getBody()).size();

        JsonNode report = json.readTree(post("/api/v1/inbound/x12?dryRun=true", DEMO_KEY,
                Samples.loadTender(41014, "LOAD41014", LocalDate.now().plusDays(3)), X12).getBody());

        assertThat(report.path("wouldAccept").asBoolean()).isTrue();
        assertThat(report.path("orders").get(0).path("references").path("erpDelivery").asText())
                .isEqualTo("LOAD41014");
        assertThat(report.path("partner").path("id").asText()).isEqualTo("catalyst-paper");
        assertThat(report.path("partner").path("inbound").toString()).contains("204");
        assertThat(report.path("acknowledgement").path("type").asText()).isEqualTo("997");
        assertThat(report.path("acknowledgement").path("document").asText())
                .contains("*000000000*0*T*:~", "~AK1*SM*41014~", "~AK2*204*410140001~");
        assertThat(json.readTree(get("/api/v1/edi/documents?limit=500", DEMO_KEY).getBody())).hasSize(documents);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> ediPartnerReceived("997", "AK1*SM*41014~").isEmpty());
    }

    @Test
    void thePartners997IsTakenQuietlyAndMarksOur990Accepted_a999RejectingIt_marksItRejectedWithTheCodes()
            throws Exception {
        post("/api/v1/inbound/x12", DEMO_KEY, Samples.loadTender(41010, "LOAD41010", LocalDate.now().plusDays(3)),
                X12);
        String response = reparsed(partnerReceived("990", "B1*SCAC*LOAD41010*"));
        String group = segment(response, "GS").split("\\*")[6];
        String set = segment(response, "ST").split("\\*")[2];
        assertThat(sentDocument("990", group).path("acknowledgement").asText()).isEqualTo("PENDING");

        ResponseEntity<String> taken = post("/api/v1/inbound/x12", DEMO_KEY, Samples.fromCatalyst(41011, "997",
                "AK1*GF*" + group + "~AK2*990*" + set + "~AK5*A~AK9*A*1*1*1~"), X12);

        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.readTree(taken.getBody()).path("orders")).isEmpty();
        assertThat(sentDocument("990", group).path("acknowledgement").asText()).isEqualTo("ACCEPTED");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> ediPartnerReceived("997", "AK1*FA*").isEmpty());

        post("/api/v1/inbound/x12", DEMO_KEY, Samples.fromCatalyst(41012, "999", "AK1*GF*" + group + "*004010~AK2*990*"
                + set + "~IK3*B1*2**8~IK4*4*289*7*SECRET~IK5*R*5~AK9*R*1*1*0~"), X12);
        JsonNode rejected = sentDocument("990", group);
        assertThat(rejected.path("acknowledgement").asText()).isEqualTo("REJECTED");
        assertThat(rejected.path("acknowledgementDetail").asText())
                .isEqualTo("IK3 B1 at 2: 8; IK4 element 4: 7; IK5 5");
        assertThat(json.readTree(get("/api/v1/edi/documents", OTHER_KEY).getBody())).isEmpty();
    }

    @Test
    void thePartnersTa1IsTakenQuietlyAndMarksOurInterchangeAccepted_aRejectingTa1MarksItRejectedWithItsNote()
            throws Exception {
        post("/api/v1/inbound/x12", DEMO_KEY, Samples.loadTender(41015, "LOAD41015", LocalDate.now().plusDays(3)),
                X12);
        String response = reparsed(partnerReceived("990", "B1*SCAC*LOAD41015*"));
        String group = segment(response, "GS").split("\\*")[6];
        int documents = json.readTree(get("/api/v1/edi/documents?limit=500", DEMO_KEY).getBody()).size();

        ResponseEntity<String> taken = post("/api/v1/inbound/x12", DEMO_KEY, ta1FromCatalyst(41016,
                isa13(response), "A", "000"), X12);

        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.readTree(taken.getBody()).path("orders")).isEmpty();
        assertThat(sentDocument("990", group).path("acknowledgement").asText()).isEqualTo("ACCEPTED");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> json.readTree(
                get("/api/v1/edi/documents?limit=500", DEMO_KEY).getBody()).size() == documents);

        post("/api/v1/inbound/x12", DEMO_KEY, ta1FromCatalyst(41017, isa13(response), "R", "006"), X12);
        JsonNode rejected = sentDocument("990", group);
        assertThat(rejected.path("acknowledgement").asText()).isEqualTo("REJECTED");
        assertThat(rejected.path("acknowledgementDetail").asText()).isEqualTo("TA1 006");
    }

    @Test
    void a997NamingNothingWeSent_isStillTakenAndChangesNothing() throws Exception {
        ResponseEntity<String> taken = post("/api/v1/inbound/x12", DEMO_KEY, Samples.fromCatalyst(41013, "997",
                "AK1*GF*987654321~AK9*A*1*1*1~"), X12);

        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.readTree(get("/api/v1/edi/documents?acknowledgement=ACCEPTED&limit=500", DEMO_KEY)
                .getBody()).findValuesAsText("group")).doesNotContain("987654321");
    }

    // --- the partners' side

    /** The IFTMIN sample made unique: UNB 0020 {@code reference}, BGM document number {@code consignment}. */
    private static byte[] instruction(String reference, String consignment, boolean consigneeAddress) {
        String text = new String(Samples.read("edifact/IFTMIN-Instruction.txt"), StandardCharsets.UTF_8)
                .replace("I-EX1/1", reference).replace("BGM+610+569952+9'", "BGM+610+" + consignment + "+9'");
        return (consigneeAddress ? text.replace("NAD+CN+5411234444402::9'", CONSIGNEE) : text)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A TA1 from catalyst-paper to us, interchange {@code control}, answering our interchange {@code ours}. */
    private static byte[] ta1FromCatalyst(int control, String ours, String code, String note) {
        String isa13 = String.format("%09d", control);
        return ("ISA*00*          *00*          *ZZ*MGCTLYST       *02*SCAC           *261204*1010*U*00401*" + isa13
                + "*0*T*:~TA1*" + ours + "*261204*1010*" + code + "*" + note + "~IEA*0*" + isa13 + "~")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The first segment with that tag of a document we sent. */
    private static String segment(String document, String tag) {
        return Stream.of(document.split("~")).filter(s -> s.startsWith(tag + "*")).findFirst().orElseThrow();
    }

    /** The first document of that type catalyst-paper received that contains all the fragments. */
    private LoggedRequest partnerReceived(String type, String... fragments) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> ediPartnerReceived(type, fragments),
                r -> !r.isEmpty()).get(0);
    }

    private static String partnerFile(String type, String fragment) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> {
            if (!Files.isDirectory(EDI_PARTNER_DIR)) {
                return null;
            }
            try (Stream<Path> files = Files.list(EDI_PARTNER_DIR)) {
                return files.filter(f -> f.getFileName().toString().startsWith("benelux-forwarder-" + type + "-"))
                        .map(f -> read(f)).filter(text -> text.contains(fragment)).findFirst().orElse(null);
            }
        }, text -> text != null);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body, after asserting StAEDI re-parses it with validation on and finds no error. */
    private static String reparsed(LoggedRequest request) throws Exception {
        Reparse.strictly(request.getBody());
        return request.getBodyAsString();
    }

    private static String isa13(String interchange) {
        return interchange.substring(90, 99);
    }

    // --- the hub's API

    /** Our document of that type in that group, as GET /api/v1/edi/documents lists it. */
    private JsonNode sentDocument(String type, String group) throws Exception {
        for (JsonNode document : json.readTree(get("/api/v1/edi/documents?partner=catalyst-paper&type=" + type
                + "&limit=500", DEMO_KEY).getBody())) {
            if (group.equals(document.path("group").asText())) {
                return document;
            }
        }
        throw new AssertionError("no " + type + " in group " + group);
    }

    private JsonNode order(String orderId) throws Exception {
        return json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody());
    }

    private String plan(LocalDate day) {
        ResponseEntity<String> planned = post("/api/v1/plans?wait=60s", DEMO_KEY, ("{\"depotId\":\"ottawa\",\"date\":\"" + day
                + "\"}").getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        assertThat(planned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return planned.getBody();
    }

    private JsonNode deadLetterFromRoute(String routeId) throws Exception {
        for (JsonNode letter : json.readTree(get("/api/v1/dead-letters", DEMO_KEY).getBody())) {
            if (routeId.equals(letter.path("routeId").asText()) && get("/api/v1/dead-letters/"
                    + letter.path("id").asText() + "/payload", DEMO_KEY).getBody().contains("LOAD41006")) {
                return letter;
            }
        }
        return null;
    }
}
