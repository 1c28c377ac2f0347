package io.lastmilehub.hub.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The real sample messages in src/test/resources/samples, and variants of them for tests that need a new order. */
public final class Samples {

    private static final String SHOPIFY_ORDER_ID = "450789469";
    /** Street of the WooCommerce sample's shipping address (San Francisco, CA 94103). */
    public static final String WOO_STREET = "969 Market";

    /** A Shopify order with a line to ship and no shipping address. */
    public static final String NO_SHIPPING_ADDRESS = "{\"order\": {\"id\": 42, \"line_items\": [{\"id\": 1, "
            + "\"quantity\": 1, \"grams\": 500, \"requires_shipping\": true, \"title\": \"Kettle\"}]}}";

    private Samples() {
    }

    public static byte[] read(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WooCommerce sample order as a different order: its own id and number {@code number}. */
    public static byte[] wooCommerceOrderNumbered(int number) {
        return wooCommerceOrder(number, WOO_STREET);
    }

    /** The WooCommerce sample order as a different order, shipped to another street of the same city. */
    public static byte[] wooCommerceOrder(int number, String street) {
        String order = new String(read("ecommerce/woocommerce-wc-v3-order.json"), StandardCharsets.UTF_8);
        return order.replace("\"id\": 727,", "\"id\": " + number + ",")
                .replace("\"number\": \"727\"", "\"number\": \"" + number + "\"")
                .replace(WOO_STREET, street)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The Shopify sample order as a different order: its own id and customer-visible number #{@code number}. */
    /** The Magento sample order as a different order: entity id {@code number}, increment id {@code 0000<number>}. */
    public static byte[] magentoOrderNumbered(int number) {
        String order = new String(read("ecommerce/magento-order.json"), StandardCharsets.UTF_8);
        return order.replaceFirst("\"entity_id\": 3,", "\"entity_id\": " + number + ",")
                .replace("\"000000003\"", "\"0000" + number + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] shopifyOrderNumbered(int number) {
        String order = new String(read("ecommerce/shopify-order.json"), StandardCharsets.UTF_8);
        return order.replace(SHOPIFY_ORDER_ID, Integer.toString(900_000_000 + number))
                .replace("\"#1001\"", "\"#" + number + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The X12 204 sample (Catalyst Paper's load tender, trading partner catalyst-paper) as another tender: ISA13 and
     * GS06 {@code control}, shipment id B2-04 {@code shipment}, 220.5 lb (100 kg) per stop and, unless
     * {@code delivery} is null, every appointment on that day instead of in July 2016.
     */
    public static byte[] loadTender(int control, String shipment, LocalDate delivery) {
        String text = new String(read("x12/204-MGCTLYST-SAMPLE.EDI"), StandardCharsets.UTF_8)
                .replace("000018718", String.format("%09d", control)).replace("17878", String.valueOf(control))
                .replace("75027674", shipment).replace("AT8*G*L*5472.0**5472", "AT8*G*L*220.5**4");
        if (delivery != null) {
            String day = "*" + delivery.format(DateTimeFormatter.BASIC_ISO_DATE) + "*";
            text = text.replace("*20160726*", day).replace("*20160727*", day).replace("*20160729*", day);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An X12 interchange from trading partner catalyst-paper to us, interchange and group {@code control}, with one
     * transaction set of that type and body (its segments, each ended by {@code ~}).
     */
    public static byte[] fromCatalyst(int control, String type, String body) {
        int segments = body.split("~").length + 2;
        return ("ISA*00*          *00*          *ZZ*MGCTLYST       *02*SCAC           *261204*1010*U*00401*"
                + String.format("%09d", control) + "*0*T*:~GS*FA*MGCTLYST*NPME*20261204*1010*" + control
                + "*X*004010~ST*" + type + "*0001~" + body + "SE*" + segments + "*0001~GE*1*" + control + "~IEA*1*"
                + String.format("%09d", control) + "~").getBytes(StandardCharsets.US_ASCII);
    }
}
