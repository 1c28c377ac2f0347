package io.lastmilehub.connectors.spi;

/**
 * Translates one inbound format into canonical delivery orders. Implementations are plain Java, know nothing of
 * routes or transports, and are created by their format's {@link InboundFormat}, once per tenant.
 */
public interface InboundMapper {

    /** The format name on the inbound contract, e.g. {@code shopify} in {@code POST /api/v1/inbound/shopify}. */
    String format();

    /**
     * Maps a message.
     *
     * @throws MappingException when the message cannot be read or lacks what an order needs, naming the field
     * @throws io.lastmilehub.model.InvalidModelException when a mapped value breaks a canonical constraint
     */
    MappedMessage map(InboundMessage message);
}
