package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.edi.EdiInboundMapper;
import io.lastmilehub.connectors.support.edi.EdiSegment;
import io.lastmilehub.connectors.support.edi.LocalZones;
import io.lastmilehub.connectors.support.edi.TransactionMapping;
import io.lastmilehub.connectors.support.edi.TransactionMapping.Result;
import io.lastmilehub.model.SourceRef;

import java.util.List;

/**
 * Maps an X12 interchange (ISA/GS/ST) by transaction set: 204 load tender ({@link LoadTenderMapping}) and 940
 * warehouse shipping order ({@link WarehouseOrderMapping}) into orders; 856 ship notice ({@link ShipNoticeMapping})
 * and 945 warehouse shipping advice ({@link ShippingAdviceMapping}) into
 * {@link io.lastmilehub.connectors.spi.ParcelUpdate parcel updates} for orders the hub already has; 997 and 999
 * acknowledgements of what we sent ({@link FunctionalAcknowledgementMapping}) and TA1 interchange
 * acknowledgements ({@link InterchangeAcknowledgementMapping}, read as a set of type TA1) into
 * {@link io.lastmilehub.connectors.spi.DocumentReceipt receipts}. Any other set
 * rejects the interchange. Wrong SE/GE/IEA counts and envelope element errors are tolerated and noted in the 997
 *.
 *
 * <p>The source system is {@code X12:<ISA05>:<ISA06>} (e.g. {@code X12:ZZ:MGCTLYST}), the source message id the
 * interchange control number ISA13, so an interchange received twice is processed once.
 */
public final class X12InboundMapper extends EdiInboundMapper {

    /** The format name on the inbound contract. */
    public static final String FORMAT = "x12";

    /** A mapper taking the message types below, reading local times in the zone of their place, else UTC. */
    public X12InboundMapper() {
        this(LocalZones.none());
    }

    /** A mapper taking the message types below; any other rejects the interchange. */
    public X12InboundMapper(LocalZones zones) {
        super(FORMAT, List.of(
                TransactionMapping.of("204", (c, t) -> Result.ofOrders(new LoadTenderMapping(c).orders(t))),
                TransactionMapping.of("940", (c, t) -> Result.ofOrders(new WarehouseOrderMapping(c).orders(t))),
                TransactionMapping.of("856", (c, t) -> Result.ofUpdates(new ShipNoticeMapping().updates(t))),
                TransactionMapping.of("945", (c, t) -> Result.ofUpdates(new ShippingAdviceMapping().updates(t))),
                TransactionMapping.of("997", (c, t) -> Result.ofReceipts(new FunctionalAcknowledgementMapping()
                        .receipts(t))),
                TransactionMapping.of("999", (c, t) -> Result.ofReceipts(new FunctionalAcknowledgementMapping()
                        .receipts(t))),
                TransactionMapping.of("TA1", (c, t) -> Result.ofReceipts(new InterchangeAcknowledgementMapping()
                        .receipts(t)))),
                X12InboundMapper::source, zones);
    }

    /** The source of an interchange: system {@code X12:<ISA05>:<ISA06>}, message id ISA13. */
    static SourceRef source(EdiSegment isa) {
        // ISA*auth qual*auth*security qual*security*sender qual*sender id*receiver qual*receiver id*date*time*...*ctl
        String sender = isa.element(6);
        if (sender.isEmpty() || isa.element(13).isEmpty()) {
            throw new MappingException("ISA-06", "no sender id or interchange control number");
        }
        return SourceRef.builder().system("X12:" + isa.element(5) + ":" + sender).messageId(isa.element(13))
                .build();
    }
}
