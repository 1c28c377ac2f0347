package io.lastmilehub.connectors.sap.outbound;

import io.lastmilehub.connectors.sap.IdocInboundMapper;
import io.lastmilehub.connectors.sap.IdocReader;
import io.lastmilehub.connectors.sap.IdocSettings;
import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.connectors.sap.idoc.Segment;
import io.lastmilehub.connectors.sap.idoc.xml.IdocXml;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ReasonCode;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the outbound builder tests share: the SAP landscape of the samples in Berlin time, a fixed clock, the orders
 * SAP sent in the sample shipment, and reading back what a builder made, as SAP would receive it.
 */
final class OutboundFixtures {

    /** The SAP system's zone in these tests. */
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** The sample landscape, SAP in Berlin on client 100, with POD reasons for damage and everything else. */
    static final SapOutboundSettings SETTINGS = SapOutboundSettings.defaults().withSapZone(BERLIN)
            .withSapClient("100").withPodReason(ReasonCode.DAMAGED, "Z002").withPodReason(ReasonCode.OTHER, "Z099");

    /** 2025-03-14 15:30:05 UTC, 16:30:05 in Berlin. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T15:30:05Z"), ZoneOffset.UTC);

    /** TKNUM of the sample shipment idoc/shpmnt05.xml. */
    static final String SHIPMENT = "0000004711";

    /** The hub's ids of the two deliveries of the sample shipment: the orders on ModelFixtures.plan()'s stops. */
    static final String FIRST_ORDER = "ord-7f3a";
    static final String LAST_ORDER = "ord-21be";

    private OutboundFixtures() {
    }

    /** A DOCNUM sequence from a number on, kept in memory as the caller would keep it in a database. */
    static AtomicLong sequence(long first) {
        return new AtomicLong(first - 1);
    }

    /**
     * The deliveries of the sample shipment 0000004711 as the inbound mapper makes them, with the hub's ids: 0080001240
     * (item 000010, 3 pieces) as {@link #FIRST_ORDER} and 0080001241 (items 000010, 2 pieces, and 000020, 3 pieces)
     * as {@link #LAST_ORDER}.
     */
    static List<DeliveryOrder> shipmentOrders() {
        List<DeliveryOrder> orders = mapSample("idoc/shpmnt05.xml");
        return List.of(orders.get(0).toBuilder().id(FIRST_ORDER).build(),
                orders.get(1).toBuilder().id(LAST_ORDER).build());
    }

    /** The packed delivery 0080001234 of idoc/delvry07-shpord.xml: its parcels are handling units. */
    static DeliveryOrder packedOrder() {
        return mapSample("idoc/delvry07-shpord.xml").get(0).toBuilder().id(LAST_ORDER).build();
    }

    private static List<DeliveryOrder> mapSample(String name) {
        byte[] payload = InboundMapperTestBase.sample(name);
        return new IdocInboundMapper().map(new InboundMessage("acme", IdocInboundMapper.FORMAT, payload, Map.of()))
                .orders();
    }

    /** The IDoc written as IDoc-XML and read again by the hub's IDoc reader. */
    static Idoc reread(Idoc idoc) {
        byte[] xml = IdocXml.write(idoc);
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<" + idoc.control().idocType() + ">",
                "<IDOC BEGIN=\"1\">", "<EDI_DC40 SEGMENT=\"1\">");
        return new IdocReader(IdocSettings.DEFAULT_MAX_BYTES).read(xml);
    }

    /** The only top-level segment of a type. */
    static Segment only(Idoc idoc, String type) {
        assertThat(idoc.segments(type)).hasSize(1);
        return idoc.segments(type).get(0);
    }
}
