package io.lastmilehub.acceptance;

import io.lastmilehub.acceptance.support.AcceptanceTest;
import io.lastmilehub.acceptance.support.HubClient;
import io.lastmilehub.acceptance.support.HubProcess;
import io.lastmilehub.acceptance.support.Orders;
import io.lastmilehub.acceptance.support.Repository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every format of the inbound contract (the README's table) takes one real message and makes an order of it: sent
 * as curl sends a file by default ({@code application/x-www-form-urlencoded}), and with the format's own type.
 */
@AcceptanceTest
class InboundFormatsIT {

    private final HubClient client;

    InboundFormatsIT(HubProcess hub) {
        this.client = new HubClient(hub);
    }

    @ParameterizedTest
    @EnumSource(InboundSample.class)
    void eachFormatTakesItsSampleAsCurlSendsItByDefault(InboundSample sample) {
        HttpResponse<String> answer = client.post("/api/v1/inbound/" + sample.format, HubClient.CURL_DEFAULT_TYPE,
                sample.body());

        assertThat(Orders.accepted(answer)).startsWith("ord-");
    }

    @ParameterizedTest
    @EnumSource(InboundSample.class)
    void eachFormatTakesItsSampleWithItsOwnType(InboundSample sample) {
        HttpResponse<String> answer = client.post("/api/v1/inbound/" + sample.format, sample.contentType,
                sample.body());

        assertThat(Orders.accepted(answer)).startsWith("ord-");
    }

    /** One message per format: the real samples of connectors/src/test/resources/samples where there is one. */
    enum InboundSample {
        CANONICAL_JSON("canonical-json", null, "application/json"),
        CANONICAL_XML("canonical-xml", null, "application/xml"),
        IDOC("idoc", "idoc/delvry07-shpord.xml", "application/xml"),
        /** Catalyst Paper's load tender; the shipped config/partners/catalyst-paper.yaml names the sender. */
        X12("x12", "x12/204-MGCTLYST-SAMPLE.EDI", "application/edi-x12"),
        EDIFACT("edifact", "edifact/IFTMIN-Instruction.txt", "application/edifact"),
        SHOPIFY("shopify", "ecommerce/shopify-order.json", "application/json"),
        WOOCOMMERCE("woocommerce", "ecommerce/woocommerce-wc-v3-order.json", "application/json"),
        MAGENTO("magento", "ecommerce/magento-order.json", "application/json");

        /**
         * The IFTMIN sample's consignee is a bare GLN (NAD+CN+5411234444402::9), which the hub cannot deliver to
         * without a GLN directory; the sender (config/partners/benelux-forwarder.yaml) adds the address.
         */
        private static final String CONSIGNEE_GLN = "NAD+CN+5411234444402::9'";
        private static final String CONSIGNEE = "NAD+CN+5411234444402::9++CONSIGNEE NV+KERKSTRAAT 12+BRUSSEL++1000+BE'";
        private static final String CANONICAL_XML_ORDER = """
                <?xml version="1.0" encoding="UTF-8"?>
                <deliveryOrder xmlns="urn:lastmile-hub:canonical:v1" tenant="demo">
                  <source><system>acceptance</system><messageId>formats-canonical-xml</messageId></source>
                  <shipTo>
                    <name>Maple Leaf Books</name>
                    <address><line1>150 Elgin St</line1><postalCode>K1P 1J1</postalCode><city>Ottawa</city>
                      <countryCode>CA</countryCode></address>
                    <location><latitude>45.4215</latitude><longitude>-75.6919</longitude></location>
                  </shipTo>
                </deliveryOrder>
                """;

        private final String format;
        private final String sample;
        private final String contentType;

        InboundSample(String format, String sample, String contentType) {
            this.format = format;
            this.sample = sample;
            this.contentType = contentType;
        }

        byte[] body() {
            return switch (this) {
                // the example of POST /api/v1/inbound/{format} in the API's description
                case CANONICAL_JSON -> Repository.apiExample("canonical-order.json");
                case CANONICAL_XML -> CANONICAL_XML_ORDER.getBytes(StandardCharsets.UTF_8);
                case EDIFACT -> new String(Repository.sampleBytes(sample), StandardCharsets.UTF_8)
                        .replace(CONSIGNEE_GLN, CONSIGNEE).getBytes(StandardCharsets.UTF_8);
                default -> Repository.sampleBytes(sample);
            };
        }
    }
}
