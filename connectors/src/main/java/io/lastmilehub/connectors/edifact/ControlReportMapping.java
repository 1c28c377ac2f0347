package io.lastmilehub.connectors.edifact;

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
 * Reads a partner's CONTRL answering an interchange we sent: UCI names our interchange (UNB 0020) and its action,
 * each UCM one of our messages (UNH 0062) with its action, UCS and UCD the segment and element errors in it. The
 * interchange's receipt comes first; a UCI "acknowledged" (7) acknowledges every message no UCM rejects.
 */
final class ControlReportMapping {

    /** Action codes (0083). */
    private static final Map<String, Status> ACTIONS = Map.of("7", Status.ACCEPTED, "4", Status.REJECTED,
            "8", Status.RECEIVED);
    private static final Set<String> LOOP_ENDS = Set.of("UCF", "UNT");

    List<DocumentReceipt> receipts(EdiTransaction message) {
        EdiSegment uci = message.first("UCI").orElseThrow(() -> new MappingException(EdiInbound.name(message)
                + "/UCI", "missing: it names the interchange acknowledged"));
        String interchange = uci.element(1);
        if (interchange.isEmpty()) {
            throw new MappingException("UCI/0020", "missing: the interchange control reference acknowledged");
        }
        List<DocumentReceipt> receipts = new ArrayList<>();
        receipts.add(new DocumentReceipt(interchange, null, null, null, status(uci, 4, "UCI/0083"),
                errors(List.of(uci), 5)));
        for (List<EdiSegment> loop : EdiLoops.split(message.segments(), "UCM", LOOP_ENDS)) {
            EdiSegment ucm = loop.get(0);
            receipts.add(new DocumentReceipt(interchange, null, ucm.component(2, 1), ucm.element(1),
                    status(ucm, 3, "UCM/0083"), errors(loop, 4)));
        }
        return receipts;
    }

    private static Status status(EdiSegment segment, int element, String field) {
        Status status = ACTIONS.get(segment.element(element));
        if (status == null) {
            throw new MappingException(field, "'" + segment.element(element) + "' is not an action code; expected "
                    + "4 (rejected), 7 (acknowledged) or 8 (received)");
        }
        return status;
    }

    /** The syntax error codes (0085) of the UCI or UCM and of the UCS and UCD after it. */
    private static String errors(List<EdiSegment> loop, int headerErrorElement) {
        StringJoiner errors = new StringJoiner("; ");
        EdiSegment header = loop.get(0);
        if (!header.element(headerErrorElement).isEmpty()) {
            errors.add(header.tag() + " " + header.element(headerErrorElement));
        }
        for (EdiSegment segment : loop.subList(1, loop.size())) {
            switch (segment.tag()) {
                // UCS: position of the segment in the message, error
                case "UCS" -> errors.add("UCS segment " + segment.element(1) + ": " + segment.element(2));
                // UCD: error, element position (element:component)
                case "UCD" -> errors.add("UCD element " + segment.component(2, 1) + ": " + segment.element(1));
                default -> {
                    // other segments carry no error
                }
            }
        }
        return errors.toString();
    }
}
