package io.lastmilehub.hub.messagelog;

/**
 * What became of a logged message. An entry starts ACCEPTED, REFUSED or DEAD_LETTERED (inbound) or SENT (outbound,
 * queued for its transport) and may change later. An outbound message is RETRIED while its transport is retried,
 * SENT again (detail {@code delivered}) once the transport took it, DEAD_LETTERED when its retries are used up, or
 * FAILED when it failed for good at once (a carrier refusing a booking); it becomes ACKNOWLEDGED when the receiver
 * answered it (a SOAP status push, a carrier booking with its tracking number) or REFUSED or ACKNOWLEDGED when the
 * partner's 997, 999 or CONTRL names it. A dead letter's message becomes REPLAYED when the dead letter is replayed.
 */
public enum Outcome {
    ACCEPTED,
    REFUSED,
    SENT,
    ACKNOWLEDGED,
    FAILED,
    RETRIED,
    DEAD_LETTERED,
    REPLAYED
}
