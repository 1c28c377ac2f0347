package io.lastmilehub.acceptance.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Orders as the suite sends them, and what the inbound contract answers for them. */
public final class Orders {

    /** Depot ottawa's zone (config/fleet/demo.yaml). */
    public static final ZoneId OTTAWA = ZoneId.of("America/Toronto");
    private static final String SHOPIFY_SAMPLE = "ecommerce/shopify-order.json";
    private static final String SHOPIFY_SAMPLE_ID = "450789469";

    private Orders() {
    }

    /**
     * A canonical order (format canonical-json) of tenant demo with coordinates in Ottawa and a window on the day from
     * 08:00 to 18:00; {@code messageId} makes it a new message.
     */
    public static String canonicalJson(String messageId, double latitude, double longitude, LocalDate day) {
        return canonicalJson(messageId, latitude, longitude, day, Duration.ofHours(10));
    }

    /** The same, with a window of this length from 08:00. */
    public static String canonicalJson(String messageId, double latitude, double longitude, LocalDate day,
                                       Duration window) {
        ZonedDateTime start = day.atTime(8, 0).atZone(OTTAWA);
        return """
                {"tenant":"demo","type":"DELIVERY","priority":"NORMAL",
                 "source":{"system":"acceptance","messageId":"%s"},
                 "shipTo":{"name":"Customer %s",
                   "address":{"line1":"150 Elgin St","postalCode":"K1P 1J1","city":"Ottawa","countryCode":"CA"},
                   "location":{"latitude":%s,"longitude":%s}},
                 "timeWindows":[{"start":"%s","end":"%s"}],
                 "parcels":[{"id":"%s-1","quantity":1,"weightKg":2.5}]}
                """.formatted(messageId, messageId, latitude, longitude, start.toInstant(),
                start.plus(window).toInstant(), messageId);
    }

    /**
     * One canonical message of {@code count} orders of tenant demo around Ottawa, each with a parcel of its own (about
     * 480 bytes an order).
     */
    public static byte[] canonicalBatch(String messageId, int count, LocalDate day) {
        StringBuilder batch = new StringBuilder("{\"orders\":[");
        for (int i = 0; i < count; i++) {
            String order = canonicalJson(messageId, 45.38 + 0.0001 * (i % 800), -75.75 + 0.0001 * (i / 8), day);
            batch.append(i == 0 ? "" : ",").append(order.replace("\"" + messageId + "-1\"",
                    "\"" + messageId + "-" + i + "\""));
        }
        return batch.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The real Shopify sample as another order of the shop: order id 900000000 + number, name #number. */
    public static byte[] shopifyNumbered(int number) {
        return new String(Repository.sampleBytes(SHOPIFY_SAMPLE), StandardCharsets.UTF_8)
                .replace(SHOPIFY_SAMPLE_ID, Integer.toString(900_000_000 + number))
                .replace("\"#1001\"", "\"#" + number + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The first order id of a 202; fails with the answer otherwise. */
    public static String accepted(HttpResponse<String> answer) {
        if (answer.statusCode() != 202) {
            throw new AssertionError("expected 202, got " + answer.statusCode() + ": " + answer.body());
        }
        JsonNode orders = HubClient.json(answer).path("orders");
        if (orders.isEmpty()) {
            throw new AssertionError("accepted without an order: " + answer.body());
        }
        return orders.get(0).asText();
    }
}
