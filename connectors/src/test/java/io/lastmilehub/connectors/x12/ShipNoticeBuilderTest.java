package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.support.edi.ManifestOrders;
import io.lastmilehub.connectors.support.edi.Reparse;
import io.lastmilehub.model.DeliveryOrder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShipNoticeBuilderTest {

    private static final X12Parties CARRIER = new X12Parties("ZZ", "LASTMILEHUB", "02", "DPXC", "LASTMILEHUB",
            "DPXC", "T");

    private static String build() throws Exception {
        byte[] edi = new ShipNoticeBuilder(CARRIER, EdiSyntax.X12, "DPXC", Reparse.counting())
                .build(ManifestOrders.MANIFEST_ID, ManifestOrders.CLOSED_AT, ManifestOrders.orders());
        Reparse.strictly(edi);
        return new String(edi, StandardCharsets.US_ASCII);
    }

    @Test
    void whenAManifestIsClosed_the856HasOneShipmentOneOrderLevelPerOrderAndOnePackPerParcel() throws Exception {
        byte[] edi = new ShipNoticeBuilder(CARRIER, EdiSyntax.X12, "DPXC", Reparse.counting()).build("MF-DPX-0001",
                ManifestOrders.CLOSED_AT, ManifestOrders.orders());

        assertThat(Reparse.strictly(edi)).containsExactly("ISA", "GS", "ST", "BSN", "HL", "TD1", "TD5", "DTM",
                "HL", "PRF", "REF", "REF", "N1", "N3", "N4", "HL", "MEA", "MAN", "HL", "MEA", "MAN",
                "HL", "REF", "N1", "N3", "N4", "HL", "MEA", "MAN", "CTT", "SE", "GE", "IEA");
    }

    @Test
    void theShipmentLevelCarriesTheManifestNumberTotalsAndTheCarriersScac() throws Exception {
        assertThat(build()).contains("GS*SH*LASTMILEHUB*DPXC*20261121*2200*1*X*004010~ST*856*0001~"
                + "BSN*00*MF-DPX-0001*20261121*2200*0001~HL*1**S~TD1*CTN*5****G*15.75*KG~TD5*B*2*DPXC~"
                + "DTM*011*20261121*2200*UT~");
    }

    @Test
    void anOrderLevelCarriesPoTrackingNumberShipToAndItsSsccPacks() throws Exception {
        assertThat(build()).contains("HL*2*1*O~PRF*PO-4711~REF*CN*2JD541813301000870900~REF*OQ*ord-1001~"
                + "N1*ST*Ana Martin~N3*55 ByWard Market Sq*Unit 2~N4*Ottawa*ON*K1N 9C3*CA~"
                + "HL*3*2*P~MEA*PD*G*2.5*KG~MAN*GM*354123450000000014~"
                + "HL*4*2*P~MEA*PD*G*4.25*KG~MAN*GM*354123450000000021~");
    }

    @Test
    void anUnbookedOrderWithoutPoIsIdentifiedByTheHubsIdAndSeparatorsInTextBecomeSpaces() throws Exception {
        assertThat(build()).contains("HL*5*1*O~REF*OQ*ord-1002~N1*ST*Ben O'Neil~N3*1 Rideau St~"
                + "N4*Ottawa*ON*K1N 8S7*CA~HL*6*5*P~MEA*PD*G*9*KG~MAN*CP*line-1~CTT*6~SE*29*0001~");
    }

    @Test
    void anOrderIdLongerThanRef02GoesWholeInRef03() throws Exception {
        String id = "ord-4ac833de-bbda-35fc-bca3-6b4951a6a09c";
        DeliveryOrder order = ManifestOrders.looseParcel().toBuilder().id(id).build();
        byte[] edi = new ShipNoticeBuilder(CARRIER, EdiSyntax.X12, "DPXC", Reparse.counting()).build("mf-1",
                ManifestOrders.CLOSED_AT, List.of(order));

        Reparse.strictly(edi);
        assertThat(new String(edi, StandardCharsets.US_ASCII)).contains("~REF*OQ**" + id + "~");
    }
}
