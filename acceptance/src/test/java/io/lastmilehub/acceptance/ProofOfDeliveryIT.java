package io.lastmilehub.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.acceptance.support.AcceptanceTest;
import io.lastmilehub.acceptance.support.HubClient;
import io.lastmilehub.acceptance.support.HubProcess;
import io.lastmilehub.acceptance.support.Multipart;
import io.lastmilehub.acceptance.support.Orders;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver's app submits a proof of delivery as multipart form data: the order is DELIVERED, the photo is kept
 * under its SHA-256, and a second proof for the same order is refused.
 */
@AcceptanceTest
class ProofOfDeliveryIT {

    /** A real 1x1 PNG: the photo at the door. */
    private static final byte[] PHOTO = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    @Test
    void aProofDeliversTheOrderAndKeepsThePhoto(HubProcess hub) throws Exception {
        HubClient client = new HubClient(hub);
        String orderId = Orders.accepted(client.postJson("/api/v1/inbound/canonical-json", Orders.canonicalJson(
                "pod-" + System.nanoTime(), 45.4030, -75.6870, LocalDate.now(Orders.OTTAWA).plusDays(5))));
        Multipart proof = new Multipart().field("recipientName", "K. Schulz").field("driverId", "drv-ana")
                .field("latitude", "45.4030").field("longitude", "-75.6870")
                .file("photo", "door.png", "image/png", PHOTO);

        HttpResponse<String> submitted = client.postMultipart("/api/v1/orders/" + orderId + "/pod", proof);

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String photo = HubClient.json(submitted).path("photos").get(0).path("sha256").asText();
        assertThat(photo).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PHOTO)));
        assertThat(client.getJson("/api/v1/orders/" + orderId).path("status").asText()).isEqualTo("DELIVERED");
        JsonNode stored = client.getJson("/api/v1/orders/" + orderId + "/pod");
        assertThat(stored.path("recipientName").asText()).isEqualTo("K. Schulz");
        assertThat(client.getBytes("/api/v1/documents/" + photo).body()).isEqualTo(PHOTO);
        assertThat(client.postMultipart("/api/v1/orders/" + orderId + "/pod", proof).statusCode()).isEqualTo(409);
    }
}
