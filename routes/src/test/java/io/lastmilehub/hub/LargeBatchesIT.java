package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Large batches in one message (issue 17): each is stored whole, every order or update of it, before its 202 or, over
 * {@code lastmile.inbound.job-above}, by the job its 202 names; one bad entry refuses the message naming its row or
 * index and field, and nothing of it is stored (all or nothing, as for small batches: CanonicalFormatsIT,
 * WmsConfirmationsIT).
 */
class LargeBatchesIT extends HubIntegrationTest {

    private static final int CSV_ROWS = 10_000;
    /** Parcels (rows) per order: the rows of one order are one update of it. */
    private static final int PARCELS_PER_ORDER = 5;
    /**
     * Fewer than the benchmark's 10,000: every stored order also goes through intake, which the test waits for, so
     * that the tests after it in the shared context do not wait behind a backlog.
     */
    private static final int ORDERS = 500;
    private static final Duration INTAKE = Duration.ofMinutes(3);
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final ObjectMapper json = new ObjectMapper();
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aWmsCsvOfTenThousandRowsIsAJobStoredWholeAndOneBadRowFailsItNamingRowAndColumn() throws Exception {
        ResponseEntity<String> accepted = post("/api/v1/inbound/wms-csv", DEMO_KEY, confirmations(9100, null), CSV);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode job = json.readTree(accepted.getBody());
        assertThat(job.path("bytes").asInt()).as("over lastmile.inbound.job-above").isGreaterThan(512 * 1024);
        JsonNode done = finished(job.path("href").asText());
        assertThat(done.path("state").asText()).isEqualTo("DONE");
        assertThat(count("parcel_update", done.path("messageId").asText())).isEqualTo(CSV_ROWS / PARCELS_PER_ORDER);

        int before = jdbc.queryForObject("select count(*) from parcel_update", Integer.class);
        JsonNode refused = finished(json.readTree(post("/api/v1/inbound/wms-csv", DEMO_KEY,
                confirmations(9200, CSV_ROWS - 1), CSV).getBody()).path("href").asText());
        assertThat(refused.path("state").asText()).isEqualTo("FAILED");
        assertThat(refused.path("error").path("error").asText()).isEqualTo("invalid_message");
        assertThat(refused.path("error").toString()).contains(
                "row " + (CSV_ROWS - 1) + ", column \\\"Weight (kg)\\\"", "'4.2kg' is not a number");
        String deadLetter = refused.path("error").path("deadLetter").asText();
        assertThat(get("/api/v1/dead-letters/" + deadLetter + "/payload", DEMO_KEY).getBody()).startsWith("Order No;");
        assertThat(jdbc.queryForObject("select count(*) from parcel_update", Integer.class)).isEqualTo(before);
    }

    private JsonNode finished(String href) throws Exception {
        await().atMost(INTAKE).until(() -> json.readTree(get(href, DEMO_KEY).getBody()).path("finishedAt")
                .isTextual());
        return json.readTree(get(href, DEMO_KEY).getBody());
    }

    @Test
    void aCanonicalBatchIsStoredWholeTakenByIntakeAndOneBadOrderRefusesItNamingItsIndexAndField() throws Exception {
        ResponseEntity<String> accepted = post("/api/v1/inbound/canonical-json", BATCHES_KEY,
                canonicalBatch("large-batch-1", "CA"), MediaType.APPLICATION_JSON);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode answer = json.readTree(accepted.getBody());
        assertThat(answer.path("orders").size()).isEqualTo(ORDERS);
        String messageId = answer.path("messageId").asText();
        assertThat(count("delivery_order", messageId)).isEqualTo(ORDERS);
        await().atMost(INTAKE).until(() -> jdbc.queryForObject("select count(*) from delivery_order where "
                + "inbound_message_id = ? and intake_at is not null", Integer.class, messageId) == ORDERS);

        int before = jdbc.queryForObject("select count(*) from delivery_order", Integer.class);
        ResponseEntity<String> refused = post("/api/v1/inbound/canonical-json", BATCHES_KEY,
                canonicalBatch("large-batch-2", "Canada"), MediaType.APPLICATION_JSON);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).path("violations").get(0).path("field").asText())
                .isEqualTo("orders[" + (ORDERS - 1) + "].shipTo.address.countryCode");
        assertThat(jdbc.queryForObject("select count(*) from delivery_order", Integer.class)).isEqualTo(before);
    }

    private int count(String table, String inboundMessageId) {
        return jdbc.queryForObject("select count(*) from " + table + " where inbound_message_id = ?", Integer.class,
                inboundMessageId);
    }

    /** Shipped confirmations in tenant demo's layout; a bad weight in row {@code badRow}, if given. */
    private static byte[] confirmations(int firstOrder, Integer badRow) {
        StringBuilder csv = new StringBuilder("Order No;Delivery No;Event;Timestamp;Package ID;SSCC;Tracking No;"
                + "Carrier;Weight (kg);Length (mm);Width (mm);Height (mm);Contents\n");
        for (int row = 1; row <= CSV_ROWS; row++) {
            int order = firstOrder * 10_000 + (row - 1) / PARCELS_PER_ORDER;
            long parcel = order * 10L + row % PARCELS_PER_ORDER;
            csv.append(String.format(Locale.ROOT, "45%08d;81%08d;SHIPPED;2026-11-20 16:02;PK-%d;3401234%011d;"
                    + "JJD%015d;DHL;%s;400;300;200;item %d%n", order, order, row, parcel, parcel,
                    Integer.valueOf(row).equals(badRow) ? "4.2kg" : "4,2", row));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@link #ORDERS} orders in one message; the last one's country is {@code lastCountry}. */
    private static byte[] canonicalBatch(String messageId, String lastCountry) {
        StringBuilder batch = new StringBuilder("{\"orders\":[");
        for (int i = 0; i < ORDERS; i++) {
            batch.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, """
                    {"type":"DELIVERY","source":{"system":"erp","messageId":"%s"},
                     "references":{"customerPo":"PO-%s-%d"},
                     "shipTo":{"name":"Customer %d","address":{"line1":"150 Elgin St","postalCode":"K1P 1J1",
                       "city":"Ottawa","countryCode":"%s"},"location":{"latitude":45.418,"longitude":-75.69}},
                     "parcels":[{"id":"P-%d","quantity":1,"weightKg":2.5}]}""", messageId, messageId, i, i,
                    i == ORDERS - 1 ? lastCountry : "CA", i));
        }
        return batch.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
