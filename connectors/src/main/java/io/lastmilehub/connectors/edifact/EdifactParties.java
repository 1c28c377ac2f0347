package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.support.edi.EdiSegment;

/**
 * Who an EDIFACT interchange we send is from and to (UNB S002 and S003: id and code qualifier) and in which syntax
 * level (UNB S001 0001, {@code UNOA} to {@code UNOC}). From the partner's YAML, or the mirror image of an inbound
 * interchange for its CONTRL.
 *
 * @param syntax            UNOA, UNOB or UNOC
 * @param senderId          S002 0004
 * @param senderQualifier   S002 0007, may be empty
 * @param recipientId       S003 0010
 * @param recipientQualifier S003 0007, may be empty
 */
public record EdifactParties(String syntax, String senderId, String senderQualifier, String recipientId,
        String recipientQualifier) {

    /** The parties of a reply to an inbound UNB, in its syntax level. */
    public static EdifactParties replyTo(EdiSegment unb) {
        return new EdifactParties(unb.component(1, 1), unb.component(3, 1), unb.component(3, 2),
                unb.component(2, 1), unb.component(2, 2));
    }

    /**
     * The partner key for {@link io.lastmilehub.connectors.support.edi.ControlNumbers}: {@code EDIFACT:<id>[:<qual>]}.
     */
    public String partner() {
        return "EDIFACT:" + recipientId + (recipientQualifier.isEmpty() ? "" : ":" + recipientQualifier);
    }
}
