package io.lastmilehub.hub.edi;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * One transaction set or message the hub sent a trading partner, and the partner's answer to it.
 *
 * @param partner            the partner file's id
 * @param type               214, 210, 990, 997, TA1, IFTSTA, CONTRL
 * @param fileName           the file the transport route sent
 * @param interchange        our ISA13 or UNB 0020
 * @param group              our GS06, when there is a group
 * @param set                our ST02 or UNH 0062, when there is one
 * @param queuedAt           when it was queued for the partner's transport
 * @param acknowledgement    PENDING until the partner's 997, 999 or CONTRL names it; then ACCEPTED,
 *                           ACCEPTED_WITH_ERRORS, REJECTED or RECEIVED; NOT_EXPECTED for acknowledgements we sent
 * @param acknowledgementDetail the partner's error codes, e.g. {@code IK3 AT7 at 5: 8; IK5 5}
 * @param acknowledgedAt     when the answer arrived
 * @param acknowledgementMessage the hub's id of the inbound message that carried the answer
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SentDocument(String partner, String type, String fileName, String interchange, String group, String set,
        Instant queuedAt, String acknowledgement, String acknowledgementDetail, Instant acknowledgedAt,
        String acknowledgementMessage) {
}
