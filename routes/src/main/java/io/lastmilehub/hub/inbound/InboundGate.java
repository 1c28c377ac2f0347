package io.lastmilehub.hub.inbound;

/**
 * A check a message passes before it is mapped (an EDI interchange must come from a configured trading partner,
 * say). The inbound route and the dry run both apply every gate.
 */
public interface InboundGate {

    /**
     * Does nothing for formats it does not know.
     *
     * @throws io.lastmilehub.hub.errors.InvalidMessageException naming why the message is refused
     */
    void check(String tenant, String format, byte[] payload);
}
