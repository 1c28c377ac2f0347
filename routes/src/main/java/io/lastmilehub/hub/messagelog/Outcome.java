package io.lastmilehub.hub.messagelog;

/**
 * What became of a logged message. An entry starts ACCEPTED, REFUSED or DEAD_LETTERED (inbound) or SENT (outbound,
 * queued for its transport) and may change later: an EDI document becomes ACKNOWLEDGED or REFUSED when the partner's
 * 997, 999 or CONTRL names it, a dead letter REPLAYED when it is replayed.
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
