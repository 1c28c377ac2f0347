package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.Samples;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.PodRequirements;
import io.lastmilehub.model.SourceRef;
import org.junit.jupiter.api.Test;
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
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The driver's app submits a proof of delivery: documents stored by content hash and readable by the order's tenant
 * only, the order DELIVERED, SAP told with a POD confirmation (DELVRY07/STPPOD); a proof that lacks what the order
 * requires is refused naming it.
 */
class ProofOfDeliveryIT extends HubIntegrationTest {

    private static final byte[] PHOTO = "jpeg bytes of a parcel at the door".getBytes(StandardCharsets.UTF_8);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aProofOfDeliveryIsStoredTheOrderDeliveredAndSapConfirmed() throws Exception {
        SAP.stubFor(WireMock.post(urlPathEqualTo("/sap/bc/idoc_xml")).willReturn(aResponse().withStatus(200)));
        byte[] idoc = new String(Samples.read("idoc/delvry07-shpord.xml"), StandardCharsets.UTF_8)
                .replace("<DOCNUM>0000000000481516</DOCNUM>", "<DOCNUM>0000000000900001</DOCNUM>")
                .replace("0080001234", "0080009001").getBytes(StandardCharsets.UTF_8);
        String orderId = json.readTree(post("/api/v1/inbound/idoc", DEMO_KEY, idoc, MediaType.APPLICATION_XML)
                .getBody()).path("orders").get(0).asText();

        ResponseEntity<String> submitted = submitPod(orderId, DEMO_KEY, true);

        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode pod = json.readTree(submitted.getBody());
        String photo = pod.path("photos").get(0).path("sha256").asText();
        assertThat(pod.path("recipientName").asText()).isEqualTo("K. Schulz");
        assertThat(json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody()).path("status").asText())
                .isEqualTo("DELIVERED");
        assertThat(get("/api/v1/documents/" + photo, DEMO_KEY).getBody()).isEqualTo(new String(PHOTO,
                StandardCharsets.UTF_8));
        assertThat(get("/api/v1/documents/" + photo, OTHER_KEY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/orders/" + orderId + "/pod", OTHER_KEY).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> SAP.verify(postRequestedFor(
                urlPathEqualTo("/sap/bc/idoc_xml")).withRequestBody(containing("STPPOD"))
                .withRequestBody(containing("0080009001"))));
        assertThat(submitPod(orderId, DEMO_KEY, true).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aProofWithoutTheRequiredSignatureIsRefusedNamingIt() throws Exception {
        DeliveryOrder needsSignature = DeliveryOrder.builder()
                .source(SourceRef.builder().system("wms").messageId("pod-signature-1").build())
                .shipTo(Party.builder().name("Ada").address(Address.builder().line1("150 Elgin St").city("Ottawa")
                        .postalCode("K1P 1J1").countryCode("CA").build()).build())
                .podRequirements(PodRequirements.builder().signature(true).build())
                .tenant("demo").build();
        String orderId = json.readTree(post("/api/v1/inbound/canonical-json", DEMO_KEY,
                CanonicalJson.toJsonBytes(needsSignature), MediaType.APPLICATION_JSON).getBody())
                .path("orders").get(0).asText();

        ResponseEntity<String> refused = submitPod(orderId, DEMO_KEY, false);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("signature");
        assertThat(json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody()).path("status").asText())
                .isNotEqualTo("DELIVERED");
    }

    @Test
    void aTenantCannotReadAnotherTenantsPhotoByWritingItsHashIntoItsOwnProof() throws Exception {
        String demoOrder = canonicalOrder(DEMO_KEY, "demo", "pod-hash-" + UUID.randomUUID());
        byte[] demoPhoto = ("photo of " + demoOrder).getBytes(StandardCharsets.UTF_8);
        String photo = json.readTree(submitPod(demoOrder, DEMO_KEY, "K. Schulz", demoPhoto, false).getBody())
                .path("photos").get(0).path("sha256").asText();
        String trackOrder = canonicalOrder(TRACK_KEY, "track", "pod-hash-" + UUID.randomUUID());

        assertThat(submitPod(trackOrder, TRACK_KEY, photo, ("photo of " + trackOrder)
                .getBytes(StandardCharsets.UTF_8), false).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<String> stolen = get("/api/v1/documents/" + photo, TRACK_KEY);
        assertThat(stolen.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stolen.getBody()).doesNotContain("photo of");
        assertThat(get("/api/v1/documents/" + photo, DEMO_KEY).getBody()).isEqualTo("photo of " + demoOrder);
    }

    /** A new order of the tenant, without POD requirements, accepted as canonical JSON; its id. */
    private String canonicalOrder(String key, String tenant, String messageId) throws Exception {
        DeliveryOrder order = DeliveryOrder.builder()
                .source(SourceRef.builder().system("wms").messageId(messageId).build())
                .shipTo(Party.builder().name("Ada").address(Address.builder().line1("150 Elgin St").city("Ottawa")
                        .postalCode("K1P 1J1").countryCode("CA").build()).build())
                .tenant(tenant).build();
        return json.readTree(post("/api/v1/inbound/canonical-json", key, CanonicalJson.toJsonBytes(order),
                MediaType.APPLICATION_JSON).getBody()).path("orders").get(0).asText();
    }

    private ResponseEntity<String> submitPod(String orderId, String key, boolean withSignature) {
        return submitPod(orderId, key, "K. Schulz", PHOTO, withSignature);
    }

    private ResponseEntity<String> submitPod(String orderId, String key, String recipient, byte[] photo,
                                             boolean withSignature) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("recipientName", recipient);
        form.add("driverId", "drv-ana");
        form.add("latitude", "53.55");
        form.add("longitude", "9.93");
        form.add("photo", file("door.jpg", photo));
        if (withSignature) {
            form.add("signature", file("signature.png", "png bytes".getBytes(StandardCharsets.UTF_8)));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", key);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange("/api/v1/orders/" + orderId + "/pod", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
    }

    private static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(name.endsWith(".png") ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG);
        headers.setContentDispositionFormData(name.endsWith(".png") ? "signature" : "photo", name);
        return new HttpEntity<>(new ByteArrayResource(content), headers);
    }
}
