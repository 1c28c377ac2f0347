package io.lastmilehub.connectors.support.edi;

import io.lastmilehub.model.Address;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Money;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.SourceRef;
import io.lastmilehub.model.TimeWindow;
import io.lastmilehub.model.testing.Plausibility;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The orders of a carrier manifest, shared by the manifest tests of every format: one booked, with SSCC-labelled
 * parcels and a window, one loose parcel, not booked.
 */
public final class ManifestOrders {

    public static final String MANIFEST_ID = "MF-DPX-0001";
    public static final Instant CLOSED_AT = Instant.parse("2026-11-21T22:00:00Z");

    private ManifestOrders() {
    }

    public static List<DeliveryOrder> orders() {
        return List.of(withSsccs(), looseParcel());
    }

    /** Two SSCC-labelled parcels to a company in Ottawa, booked, with a delivery window. */
    public static DeliveryOrder withSsccs() {
        DeliveryOrder order = DeliveryOrder.builder().id("ord-1001").tenant("acme")
                .source(SourceRef.builder().system("shopify").messageId("1001").build())
                .references(ExternalReferences.builder().customerPo("PO-4711").trackingNumber("2JD541813301000870900")
                        .build())
                .shipTo(Party.builder().name("Ana Martin").company("Byward Books")
                        .address(Address.builder().line1("55 ByWard Market Sq").line2("Unit 2").city("Ottawa")
                                .region("ON").postalCode("K1N 9C3").countryCode("CA").build())
                        .contact(Contact.builder().phone("+1 613 555 0101").email("ana@example.com").build())
                        .build())
                .timeWindow(TimeWindow.builder().start(Instant.parse("2026-11-22T14:00:00Z"))
                        .end(Instant.parse("2026-11-22T18:00:00Z")).build())
                .parcel(Parcel.builder().id("p1").barcode("354123450000000014").quantity(1).weightKg(2.5).build())
                .parcel(Parcel.builder().id("p2").barcode("354123450000000021").quantity(1).weightKg(4.25).build())
                .build();
        Plausibility.assertPlausible(order);
        return order;
    }

    /** Three pieces of one line, not yet booked, cash on delivery, an instruction with a comma and a quote. */
    public static DeliveryOrder looseParcel() {
        DeliveryOrder order = DeliveryOrder.builder().id("ord-1002").tenant("acme")
                .source(SourceRef.builder().system("woocommerce").messageId("1002").build())
                .shipTo(Party.builder().name("Ben O'Neil")
                        .address(Address.builder().line1("1 Rideau St*").city("Ottawa").region("ON")
                                .postalCode("K1N 8S7").countryCode("CA").build())
                        .build())
                .parcel(Parcel.builder().id("line-1").quantity(3).weightKg(9).build())
                .cashOnDelivery(Money.builder().amount(new BigDecimal("49.90")).currency("CAD").build())
                .instructions("Leave at the back door, \"red\" one")
                .build();
        Plausibility.assertPlausible(order);
        return order;
    }
}
