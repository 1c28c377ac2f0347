package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.connectors.support.edi.Reparse;
import io.lastmilehub.hub.testsupport.CarrierIntegrationTest;
import io.lastmilehub.hub.testsupport.TopicRecorder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Orders planned onto carrier dpx's vehicle are booked with dpx (WireMock), then closed into a manifest through the
 * API as the cut-off would: the X12 856, EDIFACT IFTMIN, CSV and JSON documents arrive in dpx's directory with the
 * tracking numbers, the orders are DISPATCHED, and a second cut-off sends none of them again.
 */
class CarrierManifestIT extends CarrierIntegrationTest {

    private static final Path OUTBOX = DATA_DIR.resolve("outbox/dpx");

    @Test
    void plannedOrdersAreBookedThenManifestedInEveryFormatOnce() throws Exception {
        String first = acceptOrder("PO-M1");
        String second = acceptOrder("PO-M2");
        books(first, "2JD5418133M1");
        books(second, "2JD5418133M2");

        assertThat(plan()).contains(first, second);
        awaitBooked(first, "2JD5418133M1");
        awaitBooked(second, "2JD5418133M2");
        assertThat(shipment(first).path("labelUrl").asText()).isEqualTo(
                "https://labels.dpx.example/2JD5418133M1.pdf");

        JsonNode manifest;
        try (TopicRecorder status = new TopicRecorder("lastmile.status")) {
            ResponseEntity<String> closed = closeManifest();
            assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            manifest = json.readTree(closed.getBody());
            assertThat(texts(manifest.path("orderIds"))).contains(first, second);
            await().atMost(Duration.ofSeconds(10)).until(() -> status.received().stream()
                    .filter(m -> m.body().contains("\"DISPATCHED\"")).count() >= 2);
        }
        assertThat(order(first).path("status").asText()).isEqualTo("DISPATCHED");

        String id = manifest.path("manifestId").asText();
        String x12 = awaitFile("dpx-" + id + ".x12");
        assertThat(Reparse.strictly(x12.getBytes(StandardCharsets.US_ASCII))).contains("BSN", "TD5", "CTT");
        assertThat(x12).contains("ST*856*", "BSN*00*" + id + "*", "TD5*B*2*DPXC~",
                "PRF*PO-M1~REF*CN*2JD5418133M1~REF*OQ**" + first + "~", "MAN*GM*354123450000000014~");

        String iftmin = awaitFile("dpx-" + id + ".edi");
        assertThat(Reparse.strictly(iftmin.getBytes(StandardCharsets.ISO_8859_1))).contains("UNH", "BGM", "GID");
        assertThat(iftmin).contains("UNB+UNOC:3+5790000110018:14+4012345000009:14+", "BGM+610+" + id + "-",
                "RFF+CU:" + first + "'", "RFF+CN:2JD5418133M2'", "RFF+AAM:" + id + "'", "NAD+CN+++Maple Leaf Books+150 Elgin St+Ottawa+ON");

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(awaitFile("dpx-" + id + ".csv"))).getRecords();
        assertThat(rows).filteredOn(r -> r.get("Consignment").equals(first)).singleElement().satisfies(row -> {
            assertThat(row.get("Tracking")).isEqualTo("2JD5418133M1");
            assertThat(row.get("Postcode")).isEqualTo("K2P 1L4");
            assertThat(row.get("Kg")).isEqualTo("2.5");
        });

        JsonNode document = json.readTree(awaitFile("dpx-" + id + ".json"));
        assertThat(document.path("manifestId").asText()).isEqualTo(id);
        assertThat(document.path("carrierId").asText()).isEqualTo("dpx");
        assertThat(document.path("orders").findValuesAsText("trackingNumber")).contains("2JD5418133M1",
                "2JD5418133M2");

        JsonNode again = json.readTree(closeManifest().getBody());
        assertThat(texts(again.path("orderIds"))).doesNotContain(first, second);
        JsonNode listed = json.readTree(get("/api/v1/carriers/dpx/manifests", CARRIER_KEY).getBody());
        assertThat(listed.findValuesAsText("id")).contains(id);
        assertThat(shipment(first).path("manifestId").asText()).isEqualTo(id);
    }

    @Test
    void anotherTenantCannotCloseOrSeeDpxsManifests() {
        assertThat(post("/api/v1/carriers/dpx/manifests", DEMO_KEY, new byte[0], MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/carriers/dpx/manifests", DEMO_KEY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<String> closeManifest() {
        return post("/api/v1/carriers/dpx/manifests", CARRIER_KEY, new byte[0], MediaType.APPLICATION_JSON);
    }

    private static String awaitFile(String name) {
        Path file = OUTBOX.resolve(name);
        await().atMost(Duration.ofSeconds(15)).until(() -> Files.exists(file));
        return await().atMost(Duration.ofSeconds(5)).until(() -> Files.readString(file, StandardCharsets.ISO_8859_1),
                text -> !text.isEmpty());
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
