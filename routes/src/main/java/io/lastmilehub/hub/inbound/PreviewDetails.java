package io.lastmilehub.hub.inbound;

import io.lastmilehub.hub.errors.InvalidMessageException;
import java.util.Map;

/**
 * What a format adds to a dry run beyond the orders: the trading partner matched and the acknowledgement that would
 * be sent, say. Found as beans; each says nothing about formats it does not know.
 */
public interface PreviewDetails {

    /**
     * @param refusal why the message would be refused, or null when it would be accepted
     * @return the details to show, by name; empty for a format this does not know
     */
    Map<String, Object> describe(String tenant, String format, byte[] payload, InvalidMessageException refusal);
}
