package io.lastmilehub.connectors.support.edi;

import io.lastmilehub.connectors.spi.MappingException;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a transaction set a mapping error is, for the acknowledgement: the error's field is a path such as
 * {@code ST*204*0001/S5[2]/N1*CN/N3}, {@code ST*940*0001/LX[1]/W20-04} or {@code UNH+1+IFTMIN/NAD+CN}. Its last
 * step that names a segment gives the tag (with a qualifier after {@code *} or {@code +}, and an element after
 * {@code -NN}); the position is that of the first such segment, or of the last segment of the path that is there
 * when the reason says the segment (or data in it) is missing.
 *
 * @param tag             the segment tag
 * @param position        its position in the transaction set (1 = ST/UNH)
 * @param elementPosition the element, 0 when the error is about the segment
 * @param missing         whether the reason says the segment is not there
 */
public record ErrorLocation(String tag, int position, int elementPosition, boolean missing) {

    private static final Pattern STEP = Pattern.compile("([A-Z][A-Z0-9]{1,2})(?:[*+]([A-Z0-9]+))?(?:\\[[^]]*])?"
            + "(?:-(\\d{2}))?");
    private static final Pattern MISSING = Pattern.compile("missing|no |.* without |.* has no ");

    /** The location of a mapping error, if its field names a segment. */
    public static Optional<ErrorLocation> of(EdiTransaction set, MappingException error) {
        String[] steps = error.getField().split("/");
        ErrorLocation found = null;
        int lastPresent = 1;
        for (int i = 1; i < steps.length; i++) {
            Matcher step = STEP.matcher(steps[i]);
            if (!step.matches()) {
                continue;
            }
            int position = position(set, step.group(1), step.group(2));
            lastPresent = position > 0 ? position : lastPresent;
            int element = step.group(3) == null ? 0 : Integer.parseInt(step.group(3));
            found = new ErrorLocation(step.group(1), lastPresent, element,
                    MISSING.matcher(error.getReason()).lookingAt());
        }
        return Optional.ofNullable(found);
    }

    private static int position(EdiTransaction set, String tag, String qualifier) {
        return set.segments().stream().filter(s -> qualifier == null ? s.is(tag) : s.is(tag, qualifier))
                .mapToInt(EdiSegment::position).findFirst().orElse(0);
    }
}
