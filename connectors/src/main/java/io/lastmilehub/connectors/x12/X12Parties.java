package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.support.edi.EdiSegment;

/**
 * Who an X12 interchange we send is from and to: ISA05/ISA06 sender qualifier and id, ISA07/ISA08 receiver, GS02/GS03
 * application sender and receiver codes, ISA15 usage (P production, T test). Comes from the partner's YAML, or is
 * the mirror image of an inbound interchange for its acknowledgement.
 *
 * @param senderQualifier   ISA05, e.g. {@code ZZ}
 * @param senderId          ISA06, up to 15 characters
 * @param receiverQualifier ISA07
 * @param receiverId        ISA08
 * @param groupSender       GS02
 * @param groupReceiver     GS03
 * @param usage             ISA15, {@code P} or {@code T}
 */
public record X12Parties(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
        String groupSender, String groupReceiver, String usage) {

    /** The parties of a reply to an inbound interchange: its receiver sends to its sender. */
    public static X12Parties replyTo(EdiSegment isa, EdiSegment gs) {
        String groupSender = gs == null || gs.element(3).isEmpty() ? isa.element(8) : gs.element(3); // GS*FA*from*to
        String groupReceiver = gs == null || gs.element(2).isEmpty() ? isa.element(6) : gs.element(2);
        return new X12Parties(isa.element(7), isa.element(8), isa.element(5), isa.element(6), max15(groupSender),
                max15(groupReceiver), isa.element(15).isEmpty() ? "P" : isa.element(15));
    }

    /** The same parties with another ISA15. */
    public X12Parties withUsage(String isa15) {
        return new X12Parties(senderQualifier, senderId, receiverQualifier, receiverId, groupSender, groupReceiver,
                isa15);
    }

    /** GS02/GS03 are at most 15 characters; some partners send longer ones, which we must not echo. */
    private static String max15(String code) {
        return code.length() > 15 ? code.substring(0, 15) : code;
    }

    /**
     * The partner key for {@link io.lastmilehub.connectors.support.edi.ControlNumbers}: {@code X12:<ISA07>:<ISA08>}.
     */
    public String partner() {
        return "X12:" + receiverQualifier + ":" + receiverId;
    }
}
