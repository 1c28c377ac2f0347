package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.edi.EdiInboundMapper;
import io.lastmilehub.connectors.support.edi.EdiSegment;
import io.lastmilehub.connectors.support.edi.LocalZones;
import io.lastmilehub.connectors.support.edi.TransactionMapping;
import io.lastmilehub.connectors.support.edi.TransactionMapping.Result;
import io.lastmilehub.model.SourceRef;

import java.util.List;

/**
 * Maps an EDIFACT interchange (UNA/UNB, optional UNG, UNH) by message type: IFTMIN ({@link InstructionMapping}) and
 * ORDERS carrying a delivery ({@link OrdersMapping}) into orders, DESADV ({@link DespatchAdviceMapping}) into
 * {@link io.lastmilehub.connectors.spi.ParcelUpdate parcel updates}, CONTRL ({@link ControlReportMapping}) into
 * {@link io.lastmilehub.connectors.spi.DocumentReceipt receipts}. Any other message rejects the interchange.
 * Wrong UNT/UNZ counts are tolerated and noted in the CONTRL.
 *
 * <p>The source system is {@code EDIFACT:<UNB sender id>[:<qualifier>]}, the source message id the interchange
 * control reference UNB 0020.
 */
public final class EdifactInboundMapper extends EdiInboundMapper {

    /** The format name on the inbound contract. */
    public static final String FORMAT = "edifact";

    /** A mapper taking the message types below, reading local times in the zone of their place, else UTC. */
    public EdifactInboundMapper() {
        this(LocalZones.none());
    }

    /** A mapper taking the message types below; any other rejects the interchange. */
    public EdifactInboundMapper(LocalZones zones) {
        super(FORMAT, List.of(
                TransactionMapping.of("IFTMIN", (c, t) -> Result.ofOrders(new InstructionMapping(c).orders(t))),
                TransactionMapping.of("ORDERS", (c, t) -> Result.ofOrders(new OrdersMapping(c).orders(t))),
                TransactionMapping.of("DESADV", (c, t) -> Result.ofUpdates(new DespatchAdviceMapping().updates(t))),
                TransactionMapping.of("CONTRL", (c, t) -> Result.ofReceipts(new ControlReportMapping().receipts(t)))),
                EdifactInboundMapper::source, zones);
    }

    /** UNB+syntax+sender id:qualifier+recipient id:qualifier+date:time+control reference. */
    static SourceRef source(EdiSegment unb) {
        String sender = unb.component(2, 1);
        String reference = unb.element(5);
        if (sender.isEmpty() || reference.isEmpty()) {
            throw new MappingException("UNB", "no sender id (0004) or interchange control reference (0020)");
        }
        String qualifier = unb.component(2, 2);
        return SourceRef.builder().system("EDIFACT:" + sender + (qualifier.isEmpty() ? "" : ":" + qualifier))
                .messageId(reference).build();
    }
}
