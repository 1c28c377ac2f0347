package io.lastmilehub.hub.messagelog;

import java.time.Instant;

/**
 * One thing that happened to an order.
 *
 * @param kind      MESSAGE_IN, MAPPED, STATUS, ETA, POD or MESSAGE_OUT
 * @param what      what happened, in a few words (a status, a format and partner, a channel)
 * @param outcome   its outcome or acknowledgement status, when it has one (ACCEPTED, ACKNOWLEDGED, SENT, FAILED...)
 * @param reference the id to look further with: a message log entry ({@code /api/v1/messages/{id}}), a plan, a POD
 */
public record TimelineItem(Instant at, String kind, String what, String outcome, String reference) {
}
