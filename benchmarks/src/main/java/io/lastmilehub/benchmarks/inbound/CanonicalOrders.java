package io.lastmilehub.benchmarks.inbound;

import java.util.Locale;

/** The canonical JSON orders the inbound harnesses post to {@code /api/v1/inbound/canonical-json}. */
public final class CanonicalOrders {

    /** The demo tenant's API key (config/application.yaml). */
    public static final String KEY = "demo-key";
    public static final String PATH = "/api/v1/inbound/canonical-json";

    private CanonicalOrders() {
    }

    /** A delivery in Ottawa with its location (no geocoding) and a customer PO, as an ERP would send. */
    public static String order(String id) {
        return order(id, 45.4180, -75.6900);
    }

    /**
     * The same delivery at one of a few thousand points across Ottawa (about 25 by 30 km), picked by the sequence
     * number, so that look-ups by location meet many places, as a day's orders of one city do.
     */
    public static String orderAcrossTown(String id, int sequence) {
        double latitude = 45.30 + (sequence * 7919 % 2500) / 10_000.0;
        double longitude = -75.90 + (sequence * 104_729 % 4000) / 10_000.0;
        return order(id, latitude, longitude);
    }

    private static String order(String id, double latitude, double longitude) {
        return String.format(Locale.ROOT, """
                {"tenant":"demo","type":"DELIVERY","priority":"NORMAL",
                 "source":{"system":"benchmark","messageId":"%1$s"},
                 "references":{"customerPo":"PO-%1$s","erpDelivery":"DLV-%1$s"},
                 "shipTo":{"name":"Customer %1$s",
                   "address":{"line1":"150 Elgin St","postalCode":"K1P 1J1","city":"Ottawa","countryCode":"CA"},
                   "location":{"latitude":%2$.4f,"longitude":%3$.4f}},
                 "parcels":[{"id":"%1$s-1","quantity":1,"weightKg":2.5}]}
                """, id, latitude, longitude);
    }
}
