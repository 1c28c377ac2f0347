package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.InboundMappers;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.ParcelUpdate;
import io.lastmilehub.connectors.support.edi.LocalZones;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Parcel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class EdifactInboundMapperTest extends InboundMapperTestBase {

    /** The GLN-only consignee of the IFTMIN sample, with the address a GLN directory would give it. */
    private static final String CONSIGNEE = "NAD+CN+5411234444402::9++CONSIGNEE NV+KERKSTRAAT 12+BRUSSEL++1000+BE'";

    @Override
    protected InboundMapper mapper() {
        return new EdifactInboundMapper();
    }

    private static String text(String name) {
        return new String(sample("edifact/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void whenTheMapperIsRegistered_formatEdifactFindsIt() {
        assertThat(InboundMappers.load().find("edifact")).get().isInstanceOf(EdifactInboundMapper.class);
    }

    @Test
    void whenAnIftminConsigneeHasAnAddress_itBecomesAnOrderWithTheSsccParcel() {
        DeliveryOrder order = mapOne(text("IFTMIN-Instruction.txt").replace("NAD+CN+5411234444402::9'", CONSIGNEE)
                .getBytes(StandardCharsets.UTF_8));

        assertThat(order.getSource().getSystem()).isEqualTo("EDIFACT:SID");
        assertThat(order.getSource().getMessageId()).isEqualTo("I-EX1/1");
        assertThat(order.getReferences().getErpDelivery()).isEqualTo("569952");
        assertThat(order.getReferences().getErpSalesOrder()).isEqualTo("TI1284");
        assertThat(order.getShipTo().getCompany()).isEqualTo("CONSIGNEE NV");
        assertThat(order.getShipTo().getAddress()).extracting(Address::getLine1, Address::getCity,
                Address::getPostalCode, Address::getCountryCode).containsExactly("KERKSTRAAT 12", "BRUSSEL", "1000",
                "BE");
        assertThat(order.getTimeWindows().get(0).getStart()).isEqualTo(Instant.parse("2002-03-08T10:00:00Z"));
        assertThat(order.getTimeWindows().get(0).getEnd()).isEqualTo(Instant.parse("2002-03-08T22:59:00Z"));
        assertThat(order.getParcels()).extracting(Parcel::getId, Parcel::getBarcode, Parcel::getQuantity,
                Parcel::getWeightKg).containsExactly(tuple("354123450000000014", "354123450000000014", 1, 250.0));
    }

    @Test
    void whenAnIftminConsigneeHasOnlyAGln_itIsRejectedNamingTheNad() {
        MappingException failure = mappingFails(sample("edifact/IFTMIN-Instruction.txt"));

        assertThat(failure.getField()).isEqualTo("UNH+ME000001+IFTMIN/NAD+CN");
        assertThat(failure.getReason()).isEqualTo(
                "party 5411234444402 has no street, city and country, only a party id (no GLN directory)");
    }

    @Test
    void whenADesadvArrives_itsSsccsBecomeAParcelUpdateDespiteTheWrongUnzCount() {
        MappedMessage mapped = map(sample("edifact/DESADV-DespatchAdvice.txt"));

        assertThat(mapped.sourceSystem()).isEqualTo("EDIFACT:SENDER1:1");
        assertThat(mapped.sourceMessageId()).isEqualTo("131");
        ParcelUpdate update = mapped.parcelUpdates().get(0);
        assertThat(update.references().getCustomerPo()).isEqualTo("12332");
        assertThat(update.references().getErpDelivery()).isEqualTo("DES587441");
        assertThat(update.parcels()).extracting(Parcel::getId, Parcel::getWeightKg).containsExactly(
                tuple("354107380000001051", 263.2), tuple("354107380000001068", 305.1));
        assertThat(update.grossWeightKg()).isCloseTo(568.3, within(0.001));
    }

    @Test
    void whenA96aDesadvHasNoSscc_itsPackageBecomesTheParcel() {
        ParcelUpdate update = map(sample("edifact/D96ADESADV.edi")).parcelUpdates().get(0);

        assertThat(update.references().getCustomerPo()).isEqualTo("6877871");
        assertThat(update.references().getErpDelivery()).isEqualTo("Y02197250");
        assertThat(update.parcels()).extracting(Parcel::getId, Parcel::getQuantity)
                .containsExactly(tuple("IE2156580387", 1));
    }

    @Test
    void whenAnInterchangeCarriesThreeDesadvs_eachBecomesAParcelUpdate() {
        MappedMessage mapped = map(sample("edifact/desadv1.edi"));

        assertThat(mapped.sourceSystem()).isEqualTo("EDIFACT:5555555555555:14");
        assertThat(mapped.parcelUpdates()).extracting(u -> u.references().getCustomerPo(),
                u -> u.references().getErpDelivery(), u -> u.parcels().size())
                .containsExactly(tuple("ref1234", "1923", 1), tuple("BYORDNUM", "DOCNUM", 1),
                        tuple("BYORDNUM", "DOCNUM", 1));
        assertThat(mapped.parcelUpdates().get(0).parcels().get(0)).extracting(Parcel::getId, Parcel::getQuantity)
                .containsExactly("123", 10);
        assertThat(mapped.parcelUpdates().get(1).parcels().get(0).getId()).isEqualTo("354123450000000014");
    }

    @Test
    void whenThePartnerFileNamesAZone_dtmLocalTimesAreReadInIt() {
        LocalZones zones = new LocalZones(system -> system.equals("EDIFACT:SID")
                ? Optional.of(ZoneId.of("America/New_York")) : Optional.empty(), null);
        byte[] payload = text("IFTMIN-Instruction.txt").replace("NAD+CN+5411234444402::9'", CONSIGNEE)
                .getBytes(StandardCharsets.UTF_8);

        DeliveryOrder order = new EdifactInboundMapper(zones).map(new InboundMessage(TENANT, "edifact", payload,
                Map.of())).orders().get(0);

        // DTM+2:200203081100:203, 11:00 in New York (EST)
        assertThat(order.getTimeWindows().get(0).getStart()).isEqualTo(Instant.parse("2002-03-08T16:00:00Z"));
        assertThat(order.getTimeWindows().get(0).getZoneId()).isEqualTo("America/New_York");
    }

    @Test
    void whenAnOrdersDeliveryPartyHasAnAddress_itBecomesAnOrderInTheDeliveryWindow() {
        String edited = text("orders96.edi").replace("NAD+DP+8712345678901::9'",
                "NAD+DP+8712345678901::9++DC NOORD+INDUSTRIEWEG 5+ZWOLLE++8011+NL'");

        MappedMessage mapped = map(edited.getBytes(StandardCharsets.UTF_8));

        assertThat(mapped.orders()).hasSize(2);
        DeliveryOrder order = mapped.orders().get(0);
        assertThat(order.getReferences().getCustomerPo()).isEqualTo("1-4500094289");
        assertThat(order.getShipTo().getAddress()).extracting(Address::getLine1, Address::getCity,
                Address::getCountryCode).containsExactly("INDUSTRIEWEG 5", "ZWOLLE", "NL");
        assertThat(order.getTimeWindows().get(0).getStart()).isEqualTo(Instant.parse("2005-08-28T22:00:00Z"));
        assertThat(order.getTimeWindows().get(0).getEnd()).isEqualTo(Instant.parse("2005-08-29T21:59:00Z"));
        assertThat(order.getParcels()).extracting(Parcel::getId, Parcel::getBarcode, Parcel::getQuantity)
                .startsWith(tuple("LIN-1", "8712345678901", 1)).hasSize(4);
        assertThat(mapped.orders().get(1).getParcels()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ORDERS-PurchaseOrder.txt | UNH+000000101+ORDERS/NAD+DP | carries no delivery: no delivery party (NAD+DP or"
            + " NAD+ST)",
        "orders-with-group.edi | UNH+1+ORDERS/NAD+DP | carries no delivery: no delivery party (NAD+DP or NAD+ST)",
        "orders96.edi | UNH+1-1UNHREF+ORDERS/NAD+DP | party 8712345678901 has no street, city and country, only a"
            + " party id (no GLN directory)",
        "IFTSTA_example.edi | UNH+45689+IFTSTA | IFTSTA is not accepted inbound; we take CONTRL, DESADV, IFTMIN,"
            + " ORDERS",
        "edifact.D01B.IFCSUM.EDI | UNH+1+IFCSUM | IFCSUM is not accepted inbound; we take CONTRL, DESADV, IFTMIN,"
            + " ORDERS"})
    void whenAMessageCannotBeDelivered_itIsRejectedNamingWhy(String sample, String field, String reason) {
        MappingException failure = mappingFails(sample("edifact/" + sample));

        assertThat(failure.getField()).isEqualTo(field);
        assertThat(failure.getReason()).isEqualTo(reason);
    }
}
