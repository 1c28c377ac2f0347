package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.spi.DocumentReceipt;
import io.lastmilehub.connectors.spi.DocumentReceipt.Status;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.edi.EdiInbound;
import io.lastmilehub.connectors.support.edi.EdiLoops;
import io.lastmilehub.connectors.support.edi.EdiSegment;
import io.lastmilehub.connectors.support.edi.EdiTransaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Reads a partner's 997 functional acknowledgement or 999 implementation acknowledgement of a group we sent: AK1 names
 * our group (GS06), each AK2 loop one of our sets (ST02) with its AK5 or IK5 response and the AK3/AK4 or IK3/IK4
 * errors, AK9 the group's response. The group's receipt comes first and covers the sets not listed: a partner may
 * list only the sets in error, so a group "partially accepted" (P) accepts the sets it does not list.
 */
final class FunctionalAcknowledgementMapping {

    /** X12 acknowledgement codes (AK5-01, IK5-01, AK9-01). */
    private static final Map<String, Status> CODES = Map.of("A", Status.ACCEPTED, "E", Status.ACCEPTED_WITH_ERRORS,
            "P", Status.ACCEPTED, "M", Status.REJECTED, "R", Status.REJECTED, "W", Status.REJECTED,
            "X", Status.REJECTED);
    private static final Set<String> SET_RESPONSES = Set.of("AK5", "IK5");
    private static final Set<String> LOOP_ENDS = Set.of("AK9", "SE");

    List<DocumentReceipt> receipts(EdiTransaction transaction) {
        EdiSegment ak1 = transaction.first("AK1").orElseThrow(() -> new MappingException(
                EdiInbound.name(transaction) + "/AK1", "missing: it names the group acknowledged"));
        String group = ak1.element(2);
        if (group.isEmpty()) {
            throw new MappingException("AK1-02", "missing: the group control number acknowledged");
        }
        EdiSegment ak9 = transaction.first("AK9").orElseThrow(() -> new MappingException(
                EdiInbound.name(transaction) + "/AK9", "missing: it gives the group's response"));
        List<DocumentReceipt> receipts = new ArrayList<>();
        receipts.add(new DocumentReceipt(null, group, null, null, status(ak9, "AK9-01"), codes(ak9, 5, 9)));
        for (List<EdiSegment> set : EdiLoops.split(transaction.segments(), "AK2", LOOP_ENDS)) {
            receipts.add(setReceipt(group, set));
        }
        return receipts;
    }

    private static DocumentReceipt setReceipt(String group, List<EdiSegment> loop) {
        EdiSegment ak2 = loop.get(0);
        EdiSegment response = loop.stream().filter(s -> SET_RESPONSES.contains(s.tag())).findFirst()
                .orElseThrow(() -> new MappingException("AK2*" + ak2.element(1) + "*" + ak2.element(2),
                        "no AK5 or IK5: the set's response is missing"));
        StringJoiner detail = new StringJoiner("; ");
        for (EdiSegment segment : loop) {
            switch (segment.tag()) {
                // AK3/IK3: segment id, position, loop id, error code
                case "AK3", "IK3" -> detail.add(segment.tag() + " " + segment.element(1) + " at "
                        + segment.element(2) + ": " + segment.element(4));
                // AK4/IK4: position in segment, element reference, error code, bad value (not echoed)
                case "AK4", "IK4" -> detail.add(segment.tag() + " element " + segment.element(1) + ": "
                        + segment.element(3));
                default -> {
                    // AK2 itself and the response are read below
                }
            }
        }
        String responseCodes = codes(response, 2, 6);
        if (!responseCodes.isEmpty()) {
            detail.add(response.tag() + " " + responseCodes);
        }
        return new DocumentReceipt(null, group, ak2.element(1), ak2.element(2),
                status(response, response.tag() + "-01"), detail.toString());
    }

    private static Status status(EdiSegment segment, String field) {
        Status status = CODES.get(segment.element(1));
        if (status == null) {
            throw new MappingException(field, "'" + segment.element(1) + "' is not an acknowledgement code; "
                    + "expected one of A, E, M, P, R, W, X");
        }
        return status;
    }

    /** Elements {@code from} to {@code to} that are present, joined by spaces (the syntax error codes). */
    private static String codes(EdiSegment segment, int from, int to) {
        StringJoiner codes = new StringJoiner(" ");
        for (int i = from; i <= to; i++) {
            if (!segment.element(i).isEmpty()) {
                codes.add(segment.element(i));
            }
        }
        return codes.toString();
    }
}
