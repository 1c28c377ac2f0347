package io.lastmilehub.hub.inbound;

import org.springframework.stereotype.Component;

import java.util.List;

/** Every {@link InboundGate} in turn: what the inbound route and the dry run both check before mapping. */
@Component
public class InboundGates {

    private final List<InboundGate> gates;

    public InboundGates(List<InboundGate> gates) {
        this.gates = gates;
    }

    /** @throws io.lastmilehub.hub.errors.InvalidMessageException from the first gate that refuses the message */
    public void check(String tenant, String format, byte[] payload) {
        gates.forEach(gate -> gate.check(tenant, format, payload));
    }
}
