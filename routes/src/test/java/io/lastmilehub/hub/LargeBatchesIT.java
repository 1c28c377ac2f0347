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
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large batches in one message (issue 17): each is stored whole before its 202, every order or update of it; one bad
 * entry refuses the message naming its row or index and field, and nothing of it is stored (all or nothing, as for
 * small batches: CanonicalFormatsIT, WmsConfirmationsIT).
 */
class LargeBatchesIT extends HubIntegrationTest {

    private static final int CSV_ROWS = 10_000;
    /** Fewer than the benchmark's 10,000: every stored order also goes through intake, in the shared context. */
    private static final int ORDERS = 2_000;
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final ObjectMapper json = new ObjectMapper();
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aWmsCsvOfTenThousandRowsIsStoredWholeAndOneBadRowRefusesItNamingRowAndColumn() throws Exception {
        ResponseEntity<String> accepted = post("/api/v1/inbound/wms-csv", DEMO_KEY, confirmations(9100, null), CSV);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String messageId = json.readTree(accepted.getBody()).path("messageId").asText();
        assertThat(count("parcel_update", messageId)).isEqualTo(CSV_ROWS);

        int before = jdbc.queryForObject("select count(*) from parcel_update", Integer.class);
        ResponseEntity<String> refused = post("/api/v1/inbound/wms-csv", DEMO_KEY,
                confirmations(9200, CSV_ROWS - 1), CSV);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("row " + (CSV_ROWS - 1) + ", column \\\"Weight (kg)\\\"",
                "'4.2kg' is not a number");
        assertThat(jdbc.queryForObject("select count(*) from parcel_update", Integer.class)).isEqualTo(before);
    }

    @Test
    void aCanonicalBatchIsStoredWholeAndOneBadOrderRefusesItNamingItsIndexAndField() throws Exception {
        ResponseEntity<String> accepted = post("/api/v1/inbound/canonical-json", DEMO_KEY,
                canonicalBatch("large-batch-1", "CA"), MediaType.APPLICATION_JSON);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode answer = json.readTree(accepted.getBody());
        assertThat(answer.path("orders").size()).isEqualTo(ORDERS);
        assertThat(count("delivery_order", answer.path("messageId").asText())).isEqualTo(ORDERS);

        int before = jdbc.queryForObject("select count(*) from delivery_order", Integer.class);
        ResponseEntity<String> refused = post("/api/v1/inbound/canonical-json", DEMO_KEY,
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

    /** Shipped confirmations in tenant demo's layout, five parcels per order; a bad weight in row {@code badRow}. */
    private static byte[] confirmations(int firstOrder, Integer badRow) {
        StringBuilder csv = new StringBuilder("Order No;Delivery No;Event;Timestamp;Package ID;SSCC;Tracking No;"
                + "Carrier;Weight (kg);Length (mm);Width (mm);Height (mm);Contents\n");
        for (int row = 1; row <= CSV_ROWS; row++) {
            int order = firstOrder * 10_000 + row / 5;
            csv.append(String.format(Locale.ROOT, "45%08d;81%08d;SHIPPED;2026-11-20 16:02;PK-%d;3401234%011d;"
                    + "JJD%015d;DHL;%s;400;300;200;item %d%n", order, order, row, order * 10L + row % 5,
                    order * 10L + row % 5, Integer.valueOf(row).equals(badRow) ? "4.2kg" : "4,2", row));
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
