package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.spi.DocumentReceipt;
import io.lastmilehub.connectors.spi.DocumentReceipt.Status;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.edi.EdiSegment;
import io.lastmilehub.connectors.support.edi.EdiTransaction;

import java.util.List;
import java.util.Map;

/**
 * Reads a partner's TA1 interchange acknowledgement of an interchange we sent: TA1-01 names our interchange (ISA13),
 * TA1-04 says whether its envelope was accepted (A), accepted with errors (E) or rejected (R), TA1-05 why (000: no
 * error). It answers the envelope only: every set of the interchange gets the receipt.
 */
final class InterchangeAcknowledgementMapping {

    /** TA1-04 interchange acknowledgement codes. */
    private static final Map<String, Status> CODES = Map.of("A", Status.ACCEPTED, "E", Status.ACCEPTED_WITH_ERRORS,
            "R", Status.REJECTED);
    /** TA1-05 000: no error. */
    private static final String NO_ERROR = "000";

    List<DocumentReceipt> receipts(EdiTransaction acknowledgement) {
        EdiSegment ta1 = acknowledgement.segments().get(0);
        // TA1*interchange control number*date*time*acknowledgement code*note code
        String interchange = ta1.element(1);
        if (interchange.isEmpty()) {
            throw new MappingException("TA1-01", "missing: the interchange control number acknowledged");
        }
        Status status = CODES.get(ta1.element(4));
        if (status == null) {
            throw new MappingException("TA1-04", "'" + ta1.element(4) + "' is not an interchange acknowledgement "
                    + "code; expected one of A, E, R");
        }
        String note = ta1.element(5);
        return List.of(new DocumentReceipt(interchange, null, null, null, status,
                note.isEmpty() || note.equals(NO_ERROR) ? "" : "TA1 " + note));
    }
}
