package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.lastmilehub.hub.carriers.CarrierQueues;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import jakarta.jms.BytesMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jms.core.JmsTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.StreamSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Carrier mpx takes its manifests over HTTP (WireMock on loopback). A manifest document its cut-off queued is
 * POSTed with its media type; a 5xx, an answer past the HTTP timeout or a reset connection is retried as configured
 * (the first try and lastmile.redelivery.max-attempts = 2 more), then kept as a dead letter with the document byte
 * for byte, and a replay once the carrier is back delivers it once more.
 */
class CarrierManifestPushIT extends HubIntegrationTest {

    private static final String MANIFEST_PATH = "/v1/manifests";

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private JmsTemplate jms;

    @Test
    void whenTheCarrierFails_theManifestIsRetriedThenDeadLetteredAndAReplayDeliversIt() throws Exception {
        JsonNode letter = deadLetteredWhenTheCarrierAnswers("mf-503", aResponse().withStatus(503));
        assertThat(letter.path("reason").asText()).contains("503");

        CARRIER_API.stubFor(manifestOf("mf-503").atPriority(1).willReturn(aResponse().withStatus(201)));
        JsonNode replayed = json.readTree(post("/api/v1/dead-letters/" + letter.path("id").asText() + "/replay",
                MANIFEST_KEY, new byte[0], MediaType.APPLICATION_JSON).getBody());
        assertThat(replayed.path("replayOutcome").asText()).isEqualTo("delivered");
        // The replay puts the manifest back on the carrier's queue; its route posts it a moment later.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> CARRIER_API.verify(4,
                received("mf-503").withHeader("Content-Type", containing("application/json"))));
    }

    @Test
    void whenTheCarrierAnswersTooLate_theManifestIsRetriedThenDeadLettered() throws Exception {
        deadLetteredWhenTheCarrierAnswers("mf-slow", aResponse().withStatus(201).withFixedDelay(2_000));
    }

    @Test
    void whenTheCarrierResetsTheConnection_theManifestIsRetriedThenDeadLettered() throws Exception {
        deadLetteredWhenTheCarrierAnswers("mf-reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    /** Queues a manifest document for mpx, as its cut-off would, and returns its dead letter once it is kept. */
    private JsonNode deadLetteredWhenTheCarrierAnswers(String manifestId, ResponseDefinitionBuilder answer)
            throws Exception {
        CARRIER_API.stubFor(manifestOf(manifestId).atPriority(1).willReturn(answer));
        byte[] document = ("{\"manifestId\":\"" + manifestId + "\",\"carrierId\":\"mpx\",\"orders\":[]}")
                .getBytes(StandardCharsets.UTF_8);
        jms.send(CarrierQueues.OUTBOUND, session -> {
            BytesMessage message = session.createBytesMessage();
            message.writeBytes(document);
            message.setStringProperty(Addresses.TENANT_HEADER, "manifest");
            message.setStringProperty(CarrierQueues.CARRIER_HEADER, "mpx");
            message.setStringProperty(CarrierQueues.MANIFEST_HEADER, manifestId);
            message.setStringProperty(CarrierQueues.CONTENT_TYPE_HEADER, MediaType.APPLICATION_JSON_VALUE);
            message.setStringProperty(CarrierQueues.FILE_NAME_HEADER, "mpx-" + manifestId + ".json");
            return message;
        });

        JsonNode letter = await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterOf(manifestId),
                l -> l != null);
        assertThat(letter.path("routeId").asText()).isEqualTo("carrier-outbound-mpx");
        CARRIER_API.verify(3, received(manifestId));
        assertThat(http.exchange("/api/v1/dead-letters/" + letter.path("id").asText() + "/payload", HttpMethod.GET,
                new HttpEntity<>(apiKey()), byte[].class).getBody()).isEqualTo(document);
        return letter;
    }

    private static MappingBuilder manifestOf(String manifestId) {
        return WireMock.post(urlPathEqualTo(MANIFEST_PATH)).withRequestBody(containing(manifestId));
    }

    private static RequestPatternBuilder received(String manifestId) {
        return postRequestedFor(urlPathEqualTo(MANIFEST_PATH)).withRequestBody(containing(manifestId));
    }

    private JsonNode deadLetterOf(String manifestId) throws Exception {
        JsonNode letters = json.readTree(get("/api/v1/dead-letters", MANIFEST_KEY).getBody());
        return StreamSupport.stream(letters.spliterator(), false)
                .filter(l -> l.path("headers").asText().contains(manifestId)).findFirst().orElse(null);
    }

    private static HttpHeaders apiKey() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", MANIFEST_KEY);
        return headers;
    }
}
