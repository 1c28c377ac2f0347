package io.lastmilehub.connectors.support.edi;

import java.util.List;
import java.util.Optional;

/**
 * One X12 transaction set (ST..SE) or EDIFACT message (UNH..UNT), with the group it came in and the errors StAEDI
 * reported inside it.
 *
 * @param group         the GS or UNG header it came in, or null when there is none (EDIFACT without UNG)
 * @param type          transaction set identifier (ST-01, e.g. {@code 204}) or message type (UNH S009/0065,
 *                      e.g. {@code IFTMIN})
 * @param controlNumber ST-02 or UNH 0062
 * @param segments      every segment from ST/UNH to SE/UNT, both included
 * @param errors        the errors inside it
 */
public record EdiTransaction(EdiSegment group, String type, String controlNumber, List<EdiSegment> segments,
        List<EdiError> errors) {

    public EdiTransaction {
        segments = List.copyOf(segments);
        errors = List.copyOf(errors);
    }

    /** The first segment with that tag and one of the qualifiers in its first element. */
    public Optional<EdiSegment> first(String tag, String... qualifiers) {
        return segments.stream().filter(s -> s.is(tag, qualifiers)).findFirst();
    }
}
