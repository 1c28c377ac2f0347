package io.lastmilehub.connectors.sap.outbound;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ProofOfDelivery;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.model.testing.ModelFixtures;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static io.lastmilehub.connectors.sap.outbound.OutboundFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settings of the SAP partner and the DOCNUM sequence: defaults, what SAP's field widths allow. */
class SapOutboundSettingsTest {

    @Test
    void whenNothingIsConfigured_theDefaultsShouldBeTheSampleLandscapeInUtc() {
        SapOutboundSettings defaults = SapOutboundSettings.defaults();

        assertThat(defaults.hubLogicalSystem()).isEqualTo("LASTMILEHB");
        assertThat(defaults.sapPartnerNumber()).isEqualTo("S4HCLNT100");
        assertThat(defaults.sapZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(defaults.sapClient()).isNull();
        assertThat(defaults.podReasons()).isEmpty();
    }

    @Test
    void whenTheSapPartnerChanges_theRestShouldStay() {
        SapOutboundSettings production = SapOutboundSettings.defaults().withPodReason(ReasonCode.DAMAGED, "Z002")
                .withSapPartner("LS", "S4PCLNT200", "SAPS4P").withHub("LMHUBPRD", "LMHUBPRD");

        assertThat(production.sapPartnerNumber()).isEqualTo("S4PCLNT200");
        assertThat(production.sapPort()).isEqualTo("SAPS4P");
        assertThat(production.hubLogicalSystem()).isEqualTo("LMHUBPRD");
        assertThat(production.podReasons()).containsEntry(ReasonCode.DAMAGED, "Z002");
    }

    @Test
    void whenAValueDoesNotFitItsSapField_itShouldBeRefused() {
        SapOutboundSettings defaults = SapOutboundSettings.defaults();

        assertThatThrownBy(() -> defaults.withSapPartner("LS", "S4HCLNT100X", "SAPS4H"))
                .hasMessageContaining("sapPartnerNumber (RCVPRN) must be 1 to 10 characters");
        assertThatThrownBy(() -> defaults.withSapClient("10")).hasMessageContaining("sapClient (MANDT)");
        assertThatThrownBy(() -> defaults.withPodReason(ReasonCode.DAMAGED, "DAMAGE"))
                .hasMessageContaining("podReasons[DAMAGED] (GRUND) must be 1 to 4 characters");
    }

    @Test
    void whenTheSequenceHandsOutANumberOutOfRange_noIdocShouldBeBuilt() {
        ProofOfDeliveryIdocBuilder builder = new ProofOfDeliveryIdocBuilder(OutboundFixtures.SETTINGS,
                () -> DocnumSequence.MAX + 1, CLOCK);
        DeliveryOrder order = OutboundFixtures.shipmentOrders().get(1);
        ProofOfDelivery pod = ModelFixtures.proofOfDelivery().toBuilder().orderId(order.getId()).build();

        assertThatThrownBy(() -> builder.build(pod, order)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("IDoc numbers run from 1 to 9999999999999999");
    }
}
