package io.lastmilehub.hub.edi;

import io.lastmilehub.connectors.support.edi.EdiInbound;
import io.lastmilehub.connectors.support.edi.EdiInboundMapper;
import io.lastmilehub.connectors.support.edi.EdiInterchange;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.InboundMappers;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The EDI formats of the inbound contract ({@code x12}, {@code edifact}) and their readers. */
@Component
public class EdiStandards {

    private final InboundMappers mappers;

    public EdiStandards(InboundMappers mappers) {
        this.mappers = mappers;
    }

    /**
     * An inbound payload read as an interchange with its sender, when the format is an EDI standard and the envelope
     * can be read; empty otherwise (the mapper then refuses it, saying where it broke).
     */
    public Optional<ReadInterchange> read(String format, byte[] payload) {
        return inbound(format).flatMap(inbound -> {
            try {
                EdiInterchange interchange = inbound.read(payload);
                return Optional.of(new ReadInterchange(inbound, interchange,
                        inbound.source(interchange).getSystem()));
            } catch (MappingException unreadable) {
                return Optional.empty();
            }
        });
    }

    /**
     * An interchange as read.
     *
     * @param inbound     the standard's reader and mappings
     * @param interchange the interchange
     * @param sender      its sender, as the mapper names the source system ({@code X12:ZZ:ACME})
     */
    public record ReadInterchange(EdiInbound inbound, EdiInterchange interchange, String sender) {
    }

    /** The reader of an inbound format, when it is an EDI standard. */
    public Optional<EdiInbound> inbound(String format) {
        return mappers.find(format).filter(EdiInboundMapper.class::isInstance)
                .map(m -> ((EdiInboundMapper) m).inbound());
    }
}
