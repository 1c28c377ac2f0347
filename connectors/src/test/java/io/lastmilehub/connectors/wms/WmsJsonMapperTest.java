package io.lastmilehub.connectors.wms;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.ParcelUpdate;
import io.lastmilehub.connectors.spi.WarehouseEvent;
import io.lastmilehub.model.Parcel;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class WmsJsonMapperTest extends InboundMapperTestBase {

    @Override
    protected InboundMapper mapper() {
        return new WmsJsonMapper();
    }

    @Test
    void whenAShipConfirmationArrives_itsParcelsBecomeAnUpdateOfItsOrder() {
        MappedMessage mapped = map(sample("wms/confirmation-shipped.json"));

        assertThat(mapped.sourceSystem()).isEqualTo("acme-wms");
        assertThat(mapped.sourceMessageId()).isEqualTo("CONF-2026-000123");
        ParcelUpdate shipped = mapped.parcelUpdates().get(0);
        assertThat(shipped.event()).isEqualTo(WarehouseEvent.SHIPPED);
        assertThat(shipped.occurredAt()).isEqualTo(Instant.parse("2026-11-20T15:02:00Z"));
        assertThat(shipped.references().getErpDelivery()).isEqualTo("80001234");
        assertThat(shipped.references().getCustomerPo()).isEqualTo("4500017723");
        assertThat(shipped.references().getTrackingNumber()).isEqualTo("JJD000390007850561");
        assertThat(shipped.parcels()).extracting(Parcel::getId, Parcel::getBarcode, Parcel::getQuantity)
                .containsExactly(tuple("PK-1", "340123450000000017", 1), tuple("PK-2", "340123450000000024", 1));
        assertThat(shipped.parcels().get(1).getWeightKg()).isCloseTo(1.75, within(1e-9));
        assertThat(shipped.parcels().get(0).getDimensions().getWidthCm()).isCloseTo(30, within(1e-9));
    }

    @Test
    void whenAConfirmationHasNoParcels_itReportsProgressOnly() {
        ParcelUpdate picked = map(sample("wms/confirmation-shipped.json")).parcelUpdates().get(1);

        assertThat(picked.event()).isEqualTo(WarehouseEvent.PICKED);
        assertThat(picked.parcels()).isEmpty();
        assertThat(picked.references().getErpDelivery()).isEqualTo("80001235");
    }

    @Test
    void whenAParcelIsNotNamed_theErrorPointsAtIt() {
        ObjectNode json = sampleJson("wms/confirmation-shipped.json");
        ((ObjectNode) json.path("confirmations").get(0).path("parcels").get(1)).remove(
                java.util.List.of("id", "sscc", "trackingNumber"));

        MappingException failure = mappingFails(json.toString());

        assertThat(failure.getField()).isEqualTo("confirmations[0].parcels[1]");
        assertThat(failure.getReason()).isEqualTo("no id, sscc or trackingNumber");
    }

    @Test
    void whenTheOrderHasNoReference_theErrorNamesTheOrder() {
        ObjectNode json = sampleJson("wms/confirmation-shipped.json");
        ((ObjectNode) json.path("confirmations").get(1).path("order")).removeAll().put("trackingNumber", "X");

        assertThat(mappingFails(json.toString()).getField()).isEqualTo("confirmations[1].order");
    }
}
