package io.lastmilehub.hub.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
    public static byte[] shopifyOrderNumbered(int number) {
        String order = new String(read("ecommerce/shopify-order.json"), StandardCharsets.UTF_8);
        return order.replace(SHOPIFY_ORDER_ID, Integer.toString(900_000_000 + number))
                .replace("\"#1001\"", "\"#" + number + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }
}
