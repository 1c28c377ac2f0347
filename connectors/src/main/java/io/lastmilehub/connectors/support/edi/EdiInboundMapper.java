package io.lastmilehub.connectors.support.edi;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.model.SourceRef;

import java.util.List;
import java.util.function.Function;

/**
 * An EDI standard on the inbound contract: its interchanges read by StAEDI, each message or transaction set mapped by
 * the mapping registered for its type, the source taken from the interchange header. X12 and EDIFACT differ only in
 * what they register.
 */
public abstract class EdiInboundMapper implements InboundMapper {

    /** Largest interchange read. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final String format;
    private final EdiInbound inbound;

    /**
     * @param format   the format name on the inbound contract
     * @param mappings the mapping of each message or transaction set type taken in
     * @param source   the source of an interchange from its header segment (ISA, UNB)
     * @param zones    where the zone of local dates and times comes from
     */
    protected EdiInboundMapper(String format, List<TransactionMapping> mappings,
                               Function<EdiSegment, SourceRef> source, LocalZones zones) {
        this.format = format;
        this.inbound = new EdiInbound(new EdiReader(MAX_BYTES), mappings, source, zones);
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public MappedMessage map(InboundMessage message) {
        return inbound.map(message);
    }

    /** The reading and per-message mapping, for the acknowledgement builders (997, CONTRL). */
    public EdiInbound inbound() {
        return inbound;
    }
}
