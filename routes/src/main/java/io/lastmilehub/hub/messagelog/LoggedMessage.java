package io.lastmilehub.hub.messagelog;

import java.util.List;

/**
 * What a piece of work tells the message log about the message it handled. Exactly one of {@code payload},
 * {@code inboundMessageId} and {@code deadLetterId} says where the payload is (none for a message whose text the hub
 * does not keep, such as an SMS that may carry a code).
 *
 * @param partner the trading partner, SAP system, shop or channel, as the hub names it
 * @param size    the payload's size in bytes
 * @param detail  why it was refused or failed, or the partner's answer; may be null
 */
public record LoggedMessage(String tenant, Direction direction, String format, String partner, int size,
                            Outcome outcome, String detail, String contentType, byte[] payload,
                            String inboundMessageId, String deadLetterId, List<BusinessKey> keys) {

    public LoggedMessage {
        keys = List.copyOf(keys);
    }

    /** An inbound message whose payload the table {@code inbound_message} keeps. */
    public static LoggedMessage accepted(String tenant, String format, String partner, int size,
                                         String inboundMessageId, List<BusinessKey> keys) {
        return new LoggedMessage(tenant, Direction.IN, format, partner, size, Outcome.ACCEPTED, null, null, null,
                inboundMessageId, null, keys);
    }

    /** An inbound message kept as a dead letter, refused or failed. */
    public static LoggedMessage deadLettered(String tenant, String format, int size, Outcome outcome, String reason,
                                             String deadLetterId) {
        return new LoggedMessage(tenant, Direction.IN, format, null, size, outcome, reason, null, null, null,
                deadLetterId, List.of());
    }

    /**
     * An outbound message queued for its transport whose text the hub does not keep: it may hold a code (a
     * notification), or it is written only when sent (a carrier booking request, by the carrier's client).
     */
    public static LoggedMessage unkept(String tenant, String format, String partner, int size,
                                       List<BusinessKey> keys) {
        return new LoggedMessage(tenant, Direction.OUT, format, partner, size, Outcome.SENT, null, null, null, null,
                null, keys);
    }

    /** An outbound document queued for its transport, whose bytes only the log keeps. */
    public static LoggedMessage sent(String tenant, String format, String partner, String contentType, byte[] payload,
                                     List<BusinessKey> keys) {
        return new LoggedMessage(tenant, Direction.OUT, format, partner, payload.length, Outcome.SENT, null,
                contentType, payload, null, null, keys);
    }
}
