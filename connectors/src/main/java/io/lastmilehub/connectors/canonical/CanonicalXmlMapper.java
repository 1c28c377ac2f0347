package io.lastmilehub.connectors.canonical;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryOrders;

import java.util.List;

/**
 * Reads delivery orders written in the canonical XML itself (namespace {@code urn:lastmile-hub:canonical:v1}, see
 * {@code /schema/canonical-v1.xsd}): a {@code <deliveryOrder>} or a {@code <deliveryOrders>} batch. Parsing is
 * secure and strict ({@link CanonicalXml}): a DOCTYPE is refused, unknown elements are named by element path.
 * Constraint violations are named by the model's field path, prefixed with {@code deliveryOrder[i].} (from 0) in a
 * batch.
 *
 * <p>The tenant comes from the credentials: a document may leave it out, but may not name another. The source
 * system and message id are the orders' {@code source}, which all orders of one message must share. Hub ids in
 * the document are dropped; the hub assigns its own.
 */
public final class CanonicalXmlMapper implements InboundMapper {

    /** The format name on the inbound contract. */
    public static final String FORMAT = "canonical-xml";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public MappedMessage map(InboundMessage message) {
        Object document = CanonicalXml.read(message.payload());
        if (document instanceof DeliveryOrder order) {
            return CanonicalOrders.toMappedMessage(message, List.of(order), i -> "", "/deliveryOrder");
        }
        if (document instanceof DeliveryOrders batch) {
            return CanonicalOrders.toMappedMessage(message, batch.getOrders(), i -> "deliveryOrder[" + i + "].",
                    "/deliveryOrders");
        }
        String root = CanonicalXml.rootElementName(document);
        throw new MappingException("/" + root, "expected <deliveryOrder> or <deliveryOrders>, not <" + root + ">");
    }
}
