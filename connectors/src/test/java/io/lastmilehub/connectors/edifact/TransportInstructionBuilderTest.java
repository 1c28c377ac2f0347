package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.ManifestOrders;
import io.lastmilehub.connectors.support.edi.Reparse;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Parcel;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TransportInstructionBuilderTest {

    private static final EdifactParties CARRIER = new EdifactParties("UNOC", "5790000110018", "14", "4012345000009",
            "14");

    private static byte[] build() {
        return new TransportInstructionBuilder(CARRIER, EdiSyntax.EDIFACT, "DPXC", Reparse.counting())
                .build(ManifestOrders.MANIFEST_ID, ManifestOrders.CLOSED_AT, ManifestOrders.orders());
    }

    @Test
    void whenAManifestIsClosed_eachOrderIsOneIftminMessageInOneInterchange() throws Exception {
        assertThat(Reparse.strictly(build())).containsExactly("UNA", "UNB",
                "UNH", "BGM", "DTM", "DTM", "DTM", "CNT", "CNT", "RFF", "RFF", "RFF", "RFF", "TDT", "NAD",
                "GID", "MEA", "PCI", "GIN", "GID", "MEA", "PCI", "GIN", "UNT",
                "UNH", "BGM", "DTM", "CNT", "CNT", "RFF", "RFF", "TDT", "NAD", "GID", "MEA", "UNT", "UNZ");
    }

    @Test
    void aMessageCarriesReferencesWindowWeightConsigneeAndSsccs() {
        assertThat(new String(build(), StandardCharsets.ISO_8859_1)).contains(
                "UNB+UNOC:3+5790000110018:14+4012345000009:14+261121:2200+1'UNH+1+IFTMIN:D:01B:UN'"
                + "BGM+610+MF-DPX-0001-1+9'DTM+137:202611212200:203'DTM+64:202611220900:203'DTM+63:202611221300:203'"
                + "CNT+7:6.75:KGM'CNT+11:2'RFF+ON:PO-4711'RFF+CU:ord-1001'RFF+CN:2JD541813301000870900'"
                + "RFF+AAM:MF-DPX-0001'TDT+20++3++DPXC'"
                + "NAD+CN+++Ana Martin:Byward Books+55 ByWard Market Sq:Unit 2+Ottawa+ON+K1N 9C3+CA'"
                + "GID+1+1:PK'MEA+AAE+AAB+KGM:2.5'PCI+30'GIN+BJ+354123450000000014'");
    }

    @Test
    void textWithEdifactSeparatorsIsEscapedAndTheInterchangeCountsItsMessages() {
        // '*' is no EDIFACT separator and stays; the apostrophe (segment terminator) is released
        assertThat(new String(build(), StandardCharsets.ISO_8859_1)).contains("NAD+CN+++Ben O?'Neil+1 Rideau St*+")
                .endsWith("UNT+12+2'UNZ+2+1'");
    }

    @Test
    void theHubsOwnIftminMapperReadsTheManifestBackAsTheSameOrders() {
        List<DeliveryOrder> read = new EdifactInboundMapper().map(new InboundMessage("acme", "edifact", build(),
                Map.of())).orders();

        assertThat(read).hasSize(2);
        DeliveryOrder first = read.get(0);
        assertThat(first.getReferences().getCustomerPo()).isEqualTo("PO-4711");
        assertThat(first.getShipTo().getAddress()).extracting(Address::getLine1, Address::getLine2, Address::getCity,
                Address::getPostalCode, Address::getCountryCode).containsExactly("55 ByWard Market Sq", "Unit 2",
                "Ottawa", "K1N 9C3", "CA");
        assertThat(first.getTimeWindows().get(0).getStart()).isEqualTo(Instant.parse("2026-11-22T14:00:00Z"));
        assertThat(first.getParcels()).extracting(Parcel::getBarcode, Parcel::getWeightKg).containsExactly(
                tuple("354123450000000014", 2.5), tuple("354123450000000021", 4.25));
        assertThat(read.get(1).getShipTo().getCompany()).isEqualTo("Ben O'Neil");
        assertThat(read.get(1).getParcels()).extracting(Parcel::getQuantity, Parcel::getWeightKg)
                .containsExactly(tuple(3, 9.0));
    }
}
