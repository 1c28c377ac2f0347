package io.lastmilehub.connectors.sap.outbound;

import io.lastmilehub.connectors.sap.idoc.FixedField;
import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.testing.ModelFixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static io.lastmilehub.connectors.sap.outbound.OutboundFixtures.CLOCK;
import static io.lastmilehub.connectors.sap.outbound.OutboundFixtures.SETTINGS;
import static io.lastmilehub.connectors.sap.outbound.OutboundFixtures.only;
import static io.lastmilehub.connectors.sap.outbound.OutboundFixtures.reread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

/** ZLMHCOST01 freight cost per delivery of the sample shipment on the fixture plan, written and read again. */
class FreightCostIdocBuilderTest {

    private final AtomicLong docnums = OutboundFixtures.sequence(100);
    private final FreightCostIdocBuilder builder = new FreightCostIdocBuilder(SETTINGS, docnums::incrementAndGet,
            CLOCK);
    private final List<DeliveryOrder> orders = OutboundFixtures.shipmentOrders();
    private final Plan plan = ModelFixtures.plan();

    @Test
    void whenTheCostIsBuilt_itShouldCarryTheDeliveryAmountCurrencyDistanceAndCo2() {
        Idoc idoc = reread(builder.build(plan, orders.get(0)));

        assertThat(only(idoc, "Z1LMHCOST").fields()).containsExactly(entry("VBELN", "0080001240"),
                entry("PLANID", "plan-2025-03-14-BER-1"), entry("VEHICLE", "B-LM-101"), entry("PRSDT", "20250314"),
                entry("NETWR", "30.98"), entry("STOPCOST", "9.75"), entry("SHARECOST", "21.23"),
                entry("SHARES", "2"), entry("WAERS", "EUR"), entry("DISTZ", "13.900"), entry("MEDST", "KMT"),
                entry("CO2", "2.780"), entry("CO2UN", "KGM"));
        assertThat(idoc.control().fields()).contains(entry("DOCNUM", "0000000000000100"), entry("DIRECT", "2"),
                entry("IDOCTYP", "ZLMHCOST01"), entry("MESTYP", "ZLMHCOST"), entry("SNDPRN", "LASTMILEHB"),
                entry("RCVPRN", "S4HCLNT100"));
    }

    @Test
    void whenEveryDeliveryOfTheRouteIsPosted_theAmountsShouldAddUpToTheRouteCost() {
        BigDecimal posted = orders.stream().map(order -> reread(builder.build(plan, order)))
                .map(idoc -> new BigDecimal(only(idoc, "Z1LMHCOST").field("NETWR")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(posted).isEqualByComparingTo(BigDecimal.valueOf(plan.getRoutes().get(0).getCost()));
    }

    @Test
    void whenTheRecordIsWritten_itsFieldsShouldFollowTheDocumentedLayout() {
        Idoc idoc = builder.build(plan, orders.get(1));

        assertThat(only(idoc, FreightCostIdocBuilder.SEGMENT).fields().keySet())
                .containsExactlyElementsOf(FreightCostIdocBuilder.SEGMENT_LAYOUT.stream().map(FixedField::name)
                        .toList());
        only(idoc, FreightCostIdocBuilder.SEGMENT).fields().forEach((name, value) -> assertThat(value.length())
                .as(name).isLessThanOrEqualTo(FreightCostIdocBuilder.SEGMENT_LAYOUT.stream()
                        .filter(field -> field.name().equals(name)).findFirst().orElseThrow().width()));
    }

    @Test
    void whenTheOrderHasNoErpDelivery_itShouldNameTheField() {
        DeliveryOrder fromShop = orders.get(0).toBuilder()
                .references(ExternalReferences.builder().shopOrder("#1001").build()).build();

        SapOutboundException error = catchThrowableOfType(SapOutboundException.class,
                () -> builder.build(plan, fromShop));

        assertThat(error.getField()).isEqualTo("references.erpDelivery");
        assertThat(docnums.get()).as("no DOCNUM used up").isEqualTo(99);
    }

    @Test
    void whenTheOrderIsNotOnThePlan_itShouldNameIt() {
        DeliveryOrder unplanned = orders.get(0).toBuilder().id("ord-9c1d").build();

        SapOutboundException error = catchThrowableOfType(SapOutboundException.class,
                () -> builder.build(plan, unplanned));

        assertThat(error.getField()).isEqualTo("id");
        assertThat(error.getReason()).isEqualTo("order ord-9c1d is on no route of plan plan-2025-03-14-BER-1");
    }
}
