package io.lastmilehub.connectors.support.edi;

import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * An error StAEDI reported while reading, where it is: what an acknowledgement names (AK3/AK4, UCS/UCD).
 *
 * @param type             StAEDI's error, which the acknowledgement builders translate into X12 or EDIFACT codes
 * @param segmentTag       tag of the segment in error
 * @param segmentPosition  position of that segment in its transaction set or message (1 = ST/UNH)
 * @param elementPosition  element position (1-based), 0 when the error is about the whole segment
 * @param componentPosition component position (1-based), 0 when none
 * @param text             the data in error, if any
 */
public record EdiError(EDIStreamValidationError type, String segmentTag, int segmentPosition, int elementPosition,
        int componentPosition, String text) {

    /** Whether the error is about one element rather than the segment. */
    public boolean isElementError() {
        return elementPosition > 0;
    }

    /** A short description, e.g. {@code SE-01: CONTROL_COUNT_DOES_NOT_MATCH}. */
    public String describe() {
        String where = isElementError() ? segmentTag + "-" + String.format("%02d", elementPosition) : segmentTag;
        return where + ": " + type + (text == null || text.isEmpty() ? "" : " ('" + text + "')");
    }
}
