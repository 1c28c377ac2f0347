package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.testsupport.ReferencedOrderTest;
import io.lastmilehub.hub.testsupport.Samples;
import io.lastmilehub.hub.testsupport.TopicRecorder;
import io.lastmilehub.model.ExternalReferences;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Ship notices attach their parcels to orders the hub has: real X12 856, 945 and EDIFACT DESADV samples, each after
 * (or, parked, before) a canonical order that carries the references the sample names.
 */
class ParcelUpdatesIT extends ReferencedOrderTest {

    private static final MediaType EDI_X12 = MediaType.parseMediaType("application/edi-x12");
    private static final MediaType EDIFACT = MediaType.parseMediaType("application/edifact");
    private static final double KG_PER_POUND = 0.45359237;

    @Test
    void anAsnsSsccPacksReplaceTheOrdersItemLinesAndTheShipmentIsPublished() throws Exception {
        String orderId = order("asn-521649209219", ExternalReferences.builder().erpDelivery("521649209219").build());
        try (TopicRecorder status = new TopicRecorder(Addresses.STATUS)) {

            assertThat(post("/api/v1/inbound/x12", DEMO_KEY, Samples.read("x12/856-FromGregarican.txt"), EDI_X12)
                    .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

            JsonNode order = orderJson(orderId);
            assertThat(parcelIds(order)).containsExactly("007121610006156802");
            assertThat(order.path("parcels").get(0).path("barcode").asText()).isEqualTo("007121610006156802");
            assertThat(order.path("parcels").get(0).path("weightKg").asDouble()).isCloseTo(0.454, within(0.001));
            assertThat(order.path("references").path("trackingNumber").asText()).isEqualTo("521649209219");
            await().atMost(Duration.ofSeconds(10)).until(() -> status.received().stream()
                    .anyMatch(e -> e.body().contains(orderId) && e.body().contains("SHIPPED by the warehouse")));
        }
    }

    @Test
    void anAsnsItemsAreAddedWithTheShipmentsGrossWeightSpreadOverThem() throws Exception {
        String orderId = order("asn-146940", ExternalReferences.builder().erpDelivery("146940").build());

        assertThat(post("/api/v1/inbound/x12", DEMO_KEY, Samples.read("x12/856-Example3.txt"), EDI_X12)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        JsonNode order = orderJson(orderId);
        assertThat(parcelIds(order)).containsExactly("ITEM-1", "000 260 056 524", "000 260 120 524", "000 260 121 524");
        assertThat(order.path("parcels").get(1).path("quantity").asInt()).isEqualTo(1596);
        assertThat(order.path("parcels").get(1).path("weightKg").asDouble())
                .isCloseTo(2296.910 * 1596 / (1596 + 1152 + 1440), within(0.001));
        assertThat(order.path("references").path("trackingNumber").asText()).isEqualTo("0123456789");
    }

    @Test
    void aShippingAdvicesLabelledLinesReplaceTheItemLinesWithTheirWeights() throws Exception {
        String orderId = order("wsa-2144", ExternalReferences.builder().erpDelivery("2144").build());

        assertThat(post("/api/v1/inbound/x12", DEMO_KEY, Samples.read("x12/945-inter-americanproducts.txt"),
                EDI_X12).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        JsonNode order = orderJson(orderId);
        assertThat(parcelIds(order)).containsExactly("K018293-00010", "K018273-00033", "K082738-0041");
        JsonNode first = order.path("parcels").get(0);
        assertThat(first.path("quantity").asInt()).isEqualTo(120);
        assertThat(first.path("weightKg").asDouble()).isCloseTo(6600 * KG_PER_POUND, within(0.001));
    }

    @Test
    void aDespatchAdviceBeforeItsOrderIsParkedAndAttachedWhenTheOrderArrives() throws Exception {
        ResponseEntity<String> parked = post("/api/v1/inbound/edifact", DEMO_KEY,
                Samples.read("edifact/D96ADESADV.edi"), EDIFACT);
        assertThat(parked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        String orderId = order("desadv-6877871", ExternalReferences.builder().customerPo("6877871").build());

        await().atMost(Duration.ofSeconds(10)).until(() -> parcelIds(orderJson(orderId)).contains("IE2156580387"));
        assertThat(parcelIds(orderJson(orderId))).containsExactly("ITEM-1", "IE2156580387");
    }

    @Test
    void anAmbiguousReferenceRefusesTheWholeMessageNamingIt() throws Exception {
        String first = order("desadv1-1923", ExternalReferences.builder().erpDelivery("1923").build());
        order("desadv1-docnum-a", ExternalReferences.builder().erpDelivery("DOCNUM").build());
        order("desadv1-docnum-b", ExternalReferences.builder().erpDelivery("DOCNUM").build());

        ResponseEntity<String> refused = post("/api/v1/inbound/edifact", DEMO_KEY, Samples.read("edifact/desadv1.edi"),
                EDIFACT);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("parcelUpdates[1].references.erpDelivery", "'DOCNUM' matches 2 orders");
        assertThat(parcelIds(orderJson(first))).as("the first update, which matched, is rolled back too")
                .containsExactly("ITEM-1");
    }
}
