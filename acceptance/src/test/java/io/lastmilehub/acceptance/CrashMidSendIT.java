package io.lastmilehub.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.lastmilehub.acceptance.support.HubClient;
import io.lastmilehub.acceptance.support.HubLogOnFailure;
import io.lastmilehub.acceptance.support.HubProcess;
import io.lastmilehub.acceptance.support.Multipart;
import io.lastmilehub.acceptance.support.Orders;
import io.lastmilehub.acceptance.support.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 with work under way on every outbound path at once, each caught at a known point: a plan request RUNNING
 * (a long time budget), and an STPPOD proof-of-delivery IDoc to SAP, a 990 to an X12 partner and a webhook
 * notification each sent and waiting for an answer that the receiver (WireMock) holds back. After the restart the plan
 * is made once (a second attempt of the same request) and each document is delivered once more, with the control
 * number it had before the kill (DOCNUM, ISA13, LastMile-Notification-Id), so the receiver can recognise the repeat
 * of the try the kill cut off: nothing is lost, nothing gets a second number, nothing goes out a third time.
 */
@ExtendWith(HubLogOnFailure.class)
class CrashMidSendIT {

    /** Longer than the test takes to kill the hub: the answer is still held back when the kill comes. */
    private static final int HELD_BACK_MILLIS = 90_000;
    /** The hub's own timeouts for these receivers, longer than the moment until the kill. */
    private static final String HUB_TIMEOUT = "60s";
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Pattern DOCNUM = Pattern.compile("<DOCNUM>(\\d+)</DOCNUM>");
    private static final Pattern ISA13 = Pattern.compile("ISA(?:\\*[^*]*){12}\\*(\\d{9})\\*");
    private static final String WEBHOOK_ID = "LastMile-Notification-Id";
    private static final String SAP = "/sap/bc/idoc_xml";
    private static final String EDI = "/edi/catalyst-paper";
    private static final String WEBHOOK = "/hooks/lastmile";
    private static final String STPPOD = "STPPOD";
    private static final String TENDER_RESPONSE = "ST*990*";

    private final WireMockServer outside = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void startTheOutsideSystems() {
        outside.start();
    }

    @AfterEach
    void stopTheOutsideSystems() {
        outside.stop();
    }

    @Test
    void workUnderWayWhenTheHubIsKilledIsDoneOnceAfterTheRestartWithTheNumbersItHad() {
        holdBack(SAP, STPPOD);
        holdBack(EDI, TENDER_RESPONSE);
        holdBack(WEBHOOK, "");
        try (HubProcess hub = HubProcess.startShipped(arguments())) {
            HubClient client = new HubClient(hub);
            LocalDate day = LocalDate.now(Orders.OTTAWA).plusDays(6);
            takenIn(client, day);
            deliverAnSapOrder(client);
            tenderALoad(client);
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(requests(SAP, STPPOD)).as("STPPOD IDocs sent to SAP").hasSize(1);
                assertThat(requests(EDI, TENDER_RESPONSE)).as("990s sent to the partner").hasSize(1);
                assertThat(requests(WEBHOOK, "")).as("webhooks sent").hasSize(1);
            });
            String planId = planRunning(client, day);

            hub.kill();
            answerAtOnce();
            hub.start();

            JsonNode plan = HubClient.json(await().atMost(WAIT).until(() -> client.get("/api/v1/plans/" + planId),
                    answer -> answer.statusCode() == 200));
            JsonNode request = client.getJson("/api/v1/plans/" + planId + "/request");
            assertThat(request.path("state").asText()).isEqualTo("DONE");
            assertThat(request.path("attempts").asInt()).as("attempts of the plan request").isEqualTo(2);
            assertThat(plan.path("routes").findValuesAsText("orderId")).isNotEmpty();
            assertThat(client.getJson("/api/v1/plans/requests?depotId=ottawa").findValuesAsText("planningDate"))
                    .as("plan requests of the day").containsOnlyOnce(day.toString());

            await().atMost(WAIT).during(SETTLE).untilAsserted(() -> {
                assertSentTwiceWithOneNumber(SAP, STPPOD, body -> find(DOCNUM, body));
                assertSentTwiceWithOneNumber(EDI, TENDER_RESPONSE, body -> find(ISA13, body));
                assertThat(requests(WEBHOOK, "")).hasSize(2)
                        .extracting(webhook -> webhook.getHeader(WEBHOOK_ID)).doesNotContainNull()
                        .containsOnly(requests(WEBHOOK, "").get(0).getHeader(WEBHOOK_ID));
            });
        }
    }

    private String[] arguments() {
        String base = outside.baseUrl();
        return new String[] {
                "--lastmile.sap.demo-endpoint=" + base + SAP,
                "--lastmile.edi.demo-endpoint=" + base + EDI,
                "--camel.component.http.response-timeout=" + Duration.parse("PT" + HUB_TIMEOUT).toMillis(),
                "--lastmile.tenants.demo.notifications.webhook.url=" + base + WEBHOOK,
                "--lastmile.tenants.demo.notifications.webhook.secret=crash-test-secret",
                "--lastmile.tenants.demo.notifications.webhook.timeout=" + HUB_TIMEOUT,
                // a search that runs for its whole time budget: RUNNING long enough to be killed, short after it
                "--lastmile.planning.max-iterations=1000000000",
                "--lastmile.planning.time-budget=10s"};
    }

    /** An order of a day of its own, through the intake stage, ready to be planned. */
    private static void takenIn(HubClient client, LocalDate day) {
        String orderId = Orders.accepted(client.postJson("/api/v1/inbound/canonical-json",
                Orders.canonicalJson("crash-plan-" + System.nanoTime(), 45.4180, -75.6900, day)));
        await().atMost(WAIT).until(() -> !client.getJson("/api/v1/orders/" + orderId).path("timeWindows").path(0)
                .path("zoneId").asText().isEmpty());
    }

    /** A plan request for the day, RUNNING (for the time budget given above). */
    private static String planRunning(HubClient client, LocalDate day) {
        HttpResponse<String> queued = client.postJson("/api/v1/plans",
                "{\"depotId\":\"ottawa\",\"date\":\"" + day + "\"}");
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        String planId = HubClient.json(queued).path("id").asText();
        await().atMost(WAIT).until(() -> client.getJson("/api/v1/plans/" + planId + "/request").path("state")
                .asText(), "RUNNING"::equals);
        return planId;
    }

    /** An SAP delivery (the IDoc sample) delivered with a proof: a webhook to the customer, an STPPOD to SAP. */
    private static void deliverAnSapOrder(HubClient client) {
        String orderId = Orders.accepted(client.post("/api/v1/inbound/idoc", "application/xml",
                Repository.sampleBytes("idoc/delvry07-shpord.xml")));
        HttpResponse<String> proof = client.postMultipart("/api/v1/orders/" + orderId + "/pod",
                new Multipart().field("recipientName", "K. Schulz").field("driverId", "drv-ana"));
        assertThat(proof.statusCode()).as(proof.body()).isEqualTo(201);
    }

    /** A load tender of the X12 partner catalyst-paper: a 997 and a 990 back to it. */
    private static void tenderALoad(HubClient client) {
        HttpResponse<String> tender = client.post("/api/v1/inbound/x12", "application/edi-x12",
                Repository.sampleBytes("x12/204-MGCTLYST-SAMPLE.EDI"));
        assertThat(tender.statusCode()).as(tender.body()).isEqualTo(202);
    }

    /** Requests to this path whose body has this text are answered only long after the kill; others at once. */
    private void holdBack(String path, String bodyPart) {
        outside.stubFor(receiving(path, bodyPart).atPriority(1).willReturn(ok().withFixedDelay(HELD_BACK_MILLIS)));
        outside.stubFor(post(urlPathEqualTo(path)).atPriority(5).willReturn(ok()));
    }

    /** After the kill, the receivers are back to normal (the requests they had stay in the journal). */
    private void answerAtOnce() {
        outside.resetMappings();
        outside.stubFor(post(urlPathEqualTo(SAP)).willReturn(ok()));
        outside.stubFor(post(urlPathEqualTo(EDI)).willReturn(ok()));
        outside.stubFor(post(urlPathEqualTo(WEBHOOK)).willReturn(ok()));
    }

    private static MappingBuilder receiving(String path, String bodyPart) {
        return post(urlPathEqualTo(path)).withRequestBody(containing(bodyPart));
    }

    private List<LoggedRequest> requests(String path, String bodyPart) {
        return outside.findAll(postRequestedFor(urlPathEqualTo(path)).withRequestBody(containing(bodyPart)));
    }

    /** The try the kill cut off and one after the restart, no third, both with the number given before the kill. */
    private void assertSentTwiceWithOneNumber(String path, String bodyPart, Function<String, String> number) {
        List<String> numbers = requests(path, bodyPart).stream().map(LoggedRequest::getBodyAsString).map(number)
                .toList();
        assertThat(numbers).as("control numbers of %s sent to %s", bodyPart, path).hasSize(2).doesNotContainNull()
                .containsOnly(numbers.get(0));
    }

    private static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }
}
