package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.model.Parcel;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Issue 13: a delivery's weight is its gross weight (BRGEW, BTGEW), not the net weight NTGEW. */
class IdocWeightsTest extends InboundMapperTestBase {

    /** The sample delivery unpacked: its items (2 and 4 pieces) carry the weights. */
    private static final String UNPACKED = new String(sample(DeliveryIdocTest.XML), StandardCharsets.UTF_8)
            .replaceAll("(?s)<E1EDL37 SEGMENT=\"1\">.*?</E1EDL37>", "");

    @Override
    protected InboundMapper mapper() {
        return new IdocInboundMapper();
    }

    @Test
    void whenItemsGiveGrossAndNetWeight_theGrossIsTheirWeight() {
        assertThat(mapOne(UNPACKED.getBytes(StandardCharsets.UTF_8)).getParcels()).extracting(Parcel::getWeightKg)
                .containsExactly(20.4, 4.1);
    }

    @Test
    void whenItemsGiveOnlyNetWeight_theDeliverysGrossWeightIsSharedByQuantity() {
        String netOnly = UNPACKED.replace("<BRGEW>20.400</BRGEW>", "").replace("<BRGEW>4.100</BRGEW>", "");

        var parcels = mapOne(netOnly.getBytes(StandardCharsets.UTF_8)).getParcels();

        assertThat(parcels.get(0).getWeightKg()).isCloseTo(27.5 * 2 / 6, within(0.001)); // BTGEW 27.5, not NTGEW 20
        assertThat(parcels.get(1).getWeightKg()).isCloseTo(27.5 * 4 / 6, within(0.001));
    }
}
