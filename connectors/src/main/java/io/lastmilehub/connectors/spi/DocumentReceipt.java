package io.lastmilehub.connectors.spi;

/**
 * A partner's answer to a document the hub sent it: an X12 997 or 999 set or group response, or an EDIFACT CONTRL
 * interchange or message response. It names our control numbers, which the hub matches to what it sent.
 *
 * @param interchange our interchange control number it answers (UNB 0020 in a CONTRL's UCI), or null (997 and 999
 *                    answer functional groups)
 * @param group       our group control number (GS06, in AK1-02), or null
 * @param type        the type of the set or message answered (AK2-01, UCM S009), or null when the answer is for the
 *                    whole group or interchange
 * @param control     our set or message control number (AK2-02, UCM 0062), or null for the whole group or interchange
 * @param status      what the partner made of it
 * @param detail      the partner's error codes as sent, e.g. {@code AK5 5; AK3 N1 at 4: 8}, or the empty string
 */
public record DocumentReceipt(String interchange, String group, String type, String control, Status status,
        String detail) {

    /** What the partner made of a document. */
    public enum Status {
        /** Accepted (X12 A, EDIFACT 7; and the sets a group answered P, partially accepted, does not list). */
        ACCEPTED,
        /** Accepted, with errors noted (X12 E). */
        ACCEPTED_WITH_ERRORS,
        /** Rejected (X12 M, R, W, X; EDIFACT 4). */
        REJECTED,
        /** Received, not yet checked (EDIFACT 8). */
        RECEIVED
    }

    public DocumentReceipt {
        detail = detail == null ? "" : detail;
    }
}
