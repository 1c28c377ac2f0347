package io.lastmilehub.hub.edi;

import io.lastmilehub.connectors.edi.EdiInbound;
import io.lastmilehub.connectors.edi.EdiInboundMapper;
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

    /** The reader of an inbound format, when it is an EDI standard. */
    public Optional<EdiInbound> inbound(String format) {
        return mappers.find(format).filter(EdiInboundMapper.class::isInstance)
                .map(m -> ((EdiInboundMapper) m).inbound());
    }
}
