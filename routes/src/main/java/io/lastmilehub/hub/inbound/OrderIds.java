package io.lastmilehub.hub.inbound;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Hub ids derived from the idempotency key, so that a message processed twice (after a crash, by two instances)
 * yields the same ids instead of two orders.
 */
final class OrderIds {

    private OrderIds() {
    }

    static String messageId(String tenant, String sourceSystem, String sourceMessageId) {
        return "msg-" + nameUuid(tenant, sourceSystem, sourceMessageId);
    }

    static String orderId(String tenant, String sourceSystem, String sourceMessageId, int index) {
        return "ord-" + nameUuid(tenant, sourceSystem, sourceMessageId, Integer.toString(index));
    }

    private static UUID nameUuid(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
    }
}
