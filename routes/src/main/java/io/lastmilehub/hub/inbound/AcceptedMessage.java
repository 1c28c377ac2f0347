package io.lastmilehub.hub.inbound;

import java.util.List;

/**
 * The answer to an accepted message.
 *
 * @param messageId the hub's id of the stored message
 * @param orders    ids of the orders it created
 * @param duplicate true when the same message had been accepted before and nothing new was created
 */
public record AcceptedMessage(String messageId, List<String> orders, boolean duplicate) {

    public AcceptedMessage {
        // The API leaves an empty list out (a message of parcel updates only), so a stored answer may lack it.
        orders = orders == null ? List.of() : List.copyOf(orders);
    }
}
