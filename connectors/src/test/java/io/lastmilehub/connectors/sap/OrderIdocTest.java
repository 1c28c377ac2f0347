package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.TimeWindow;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Orders: the real ORDERS05 order confirmation (XML) and ORDERS01 purchase order (flat) samples. */
class OrderIdocTest extends InboundMapperTestBase {

    static final String ORDRSP = "idoc/ordrsp-idoc.xml";
    static final String ORDERS01 = "idoc/ORDERS01001.idoc";

    private IdocInboundMapper mapper = new IdocInboundMapper();

    @Override
    protected InboundMapper mapper() {
        return mapper;
    }

    private static byte[] edited(String sample, String from, String to) {
        String text = new String(sample(sample), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void whenTheSellersOrderConfirmationIsMapped_itShouldBeTheConfirmedSalesOrder() {
        MappedMessage mapped = map(sample(ORDRSP));

        assertThat(mapped.sourceSystem()).isEqualTo("SAP:LS:HE4CLNT400");
        assertThat(mapped.sourceMessageId()).isEqualTo("5220230");
        DeliveryOrder order = mapped.orders().get(0);
        assertThat(mapped.orders()).hasSize(1);
        assertThat(order.getReferences()).isEqualTo(ExternalReferences.builder().erpSalesOrder("0000347163")
                .customerPo("20231004").build());
        assertThat(order.getShipTo().getName()).isEqualTo("CENTRAL BIKES");
        assertThat(order.getShipTo().getAddress()).isEqualTo(Address.builder().line1("201 1st St")
                .city("Palestine").postalCode("758033901").region("TX").countryCode("US").build());
        assertThat(order.getShipTo().getContact()).isNull();
    }

    @Test
    void whenTheConfirmationIsMapped_itsItemsShouldBeTheParcels() {
        DeliveryOrder order = mapOne(sample(ORDRSP));

        assertThat(order.getParcels()).extracting(Parcel::getId, Parcel::getDescription, Parcel::getQuantity)
                .containsExactly(tuple("000010", "Standard E-Bike S100 Series", 8),
                        tuple("000020", "S200 E-Bike Racer", 8),
                        tuple("000030", "S300 E-Bike Mountain", 8),
                        tuple("000040", "S400 E-Bike All Terrain", 8));
        // The sample's gross weight (BRGEW 54800.000 KGM a line, against NTGEW 40.000) is what the system sent.
        assertThat(order.getParcels()).extracting(Parcel::getWeightKg).containsOnly(54800.0);
    }

    @Test
    void whenTheRequestedDeliveryDateHasNoZone_itShouldBeTheWholeDayInTheShipTosZone() {
        DeliveryOrder order = mapOne(sample(ORDRSP));

        // issue 13: a local date, in the zone of the ship-to in Texas (US Central), not UTC
        assertThat(order.getTimeWindows()).containsExactly(TimeWindow.builder()
                .start(Instant.parse("2023-10-07T05:00:00Z")).end(Instant.parse("2023-10-08T04:59:59Z"))
                .zoneId("America/Chicago").build());
    }

    @Test
    void whenTheSendersZoneIsConfigured_theDayShouldBeInIt() {
        mapper = new IdocInboundMapper(IdocSettings.defaults()
                .withSenderZone("HE4CLNT400", ZoneId.of("America/Chicago")));

        TimeWindow day = mapOne(sample(ORDRSP)).getTimeWindows().get(0);

        assertThat(day.getStart()).isEqualTo(Instant.parse("2023-10-07T05:00:00Z"));
        assertThat(day.getEnd()).isEqualTo(Instant.parse("2023-10-08T04:59:59Z"));
        assertThat(day.getZoneId()).isEqualTo("America/Chicago");
    }

    @Test
    void whenTheSameOrderComesAsOrders_theOwnNumberShouldBeThePurchaseOrder() {
        byte[] orders = edited(ORDRSP, "<MESTYP>ORDRSP</MESTYP>", "<MESTYP>ORDERS</MESTYP>");

        DeliveryOrder order = mapOne(orders);

        assertThat(order.getReferences().getCustomerPo()).isEqualTo("20231004");
        assertThat(order.getReferences().getErpSalesOrder()).isEqualTo("0000347163");
    }

    @Test
    void whenAnItemIsDeleted_itShouldBeLeftOut() {
        String text = new String(sample(ORDRSP), StandardCharsets.UTF_8)
                .replaceFirst("(<POSEX>000020</POSEX>\\s*)<ACTION>001</ACTION>", "$1<ACTION>003</ACTION>");
        byte[] deleted = text.getBytes(StandardCharsets.UTF_8);

        assertThat(mapOne(deleted).getParcels()).extracting(Parcel::getId)
                .containsExactly("000010", "000030", "000040");
    }

    @Test
    void whenTheFlatPurchaseOrderIsMapped_itShouldCarryItsValues() {
        MappedMessage mapped = map(sample(ORDERS01));

        assertThat(mapped.sourceSystem()).isEqualTo("SAP:LS:HID032");
        assertThat(mapped.sourceMessageId()).isEqualTo("887330");
        DeliveryOrder order = mapped.orders().get(0);
        assertThat(order.getReferences()).isEqualTo(ExternalReferences.builder().customerPo("4200003091").build());
        assertThat(order.getShipTo().getName()).isEqualTo("Lekkerland");
        assertThat(order.getShipTo().getAddress()).isEqualTo(Address.builder().line1("Distributieweg 8")
                .city("Waddinxveen").postalCode("2742 RB").countryCode("NL").build());
        assertThat(order.getParcels()).extracting(Parcel::getId, Parcel::getDescription, Parcel::getQuantity,
                        Parcel::getWeightKg)
                .containsExactly(tuple("00010", "EDV - Alg. infoblok p1", 100, 1.0));
        assertThat(order.getTimeWindows()).as("no requested delivery date (E1EDK03 IDDAT 002)").isEmpty();
    }

    @Test
    void whenTheOrderHasNoShipTo_itShouldNameThePartner() {
        byte[] noShipTo = edited(ORDRSP, "<PARVW>WE</PARVW>", "<PARVW>ZZ</PARVW>");

        MappingException failure = mappingFails(noShipTo);

        assertThat(failure.getField()).isEqualTo("E1EDKA1[PARVW=WE]");
        assertThat(failure.getReason()).isEqualTo("missing: the order has no ship-to partner");
    }

    @Test
    void whenEveryItemIsDeleted_itShouldMapNoDeliveryOrder() {
        String text = new String(sample(ORDRSP), StandardCharsets.UTF_8).replace("<ACTION>001</ACTION>",
                "<ACTION>003</ACTION>");

        MappedMessage mapped = map(text);

        assertThat(mapped.sourceMessageId()).isEqualTo("5220230");
        assertThat(mapped.orders()).isEmpty();
    }
}
