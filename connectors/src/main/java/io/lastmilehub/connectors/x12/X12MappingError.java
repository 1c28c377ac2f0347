package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.edi.EdiOutput;
import io.lastmilehub.connectors.edi.EdiSegment;
import io.lastmilehub.connectors.edi.EdiTransaction;
import io.lastmilehub.connectors.spi.MappingException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the AK3 (and AK4) that names the segment and element a mapping error is about. The error's field is a path
 * such as {@code ST*204*0001/S5[2]/N1*CN/N3} or {@code ST*940*0001/LX[1]/W20-04}: its last step names the segment,
 * and an element when it ends in {@code -NN}. A segment the reason calls missing is reported as AK304 3 (mandatory
 * segment missing) at the position of the last segment of the path that is there.
 */
final class X12MappingError {

    private static final Pattern STEP = Pattern.compile("([A-Z][A-Z0-9]{1,2})(?:[*\\[][^-]*)?(?:-(\\d{2}))?");

    /** Reasons that say a segment is not there. */
    private static final Pattern MISSING = Pattern.compile("missing|no |.* without ");

    private X12MappingError() {
    }

    static void write(EdiOutput out, EdiTransaction set, MappingException rejection) {
        String[] steps = rejection.getField().split("/");
        String tag = null;
        String element = null;
        int position = 0;
        for (int i = 1; i < steps.length; i++) {
            Matcher step = STEP.matcher(steps[i]);
            if (step.matches()) {
                tag = step.group(1);
                element = step.group(2);
                int found = firstPosition(set, tag);
                position = found > 0 ? found : position;
            }
        }
        if (tag == null) {
            return;
        }
        boolean present = !MISSING.matcher(rejection.getReason()).lookingAt();
        out.segment("AK3", tag, String.valueOf(Math.max(1, position)), "", present ? "8" : "3");
        if (present && element != null) {
            out.segment("AK4", String.valueOf(Integer.parseInt(element)), "", "7"); // 7: invalid code value
        }
    }

    private static int firstPosition(EdiTransaction set, String tag) {
        return set.segments().stream().filter(s -> s.tag().equals(tag)).mapToInt(EdiSegment::position).findFirst()
                .orElse(0);
    }
}
