package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.support.edi.EdiError;

import java.util.Map;

/**
 * StAEDI's errors as the codes of a 997: AK304 segment syntax error codes (element 720), AK403 element syntax error
 * codes (element 723), AK502 transaction set syntax error codes (element 718), as the version the hub writes
 * (004010) lists them.
 */
final class X12ErrorCodes {

    /** AK304. */
    private static final Map<String, String> SEGMENT = Map.of("UNRECOGNIZED_SEGMENT_ID", "1",
            "UNEXPECTED_SEGMENT", "2", "MANDATORY_SEGMENT_MISSING", "3", "LOOP_OCCURS_OVER_MAXIMUM_TIMES", "4",
            "SEGMENT_EXCEEDS_MAXIMUM_USE", "5", "SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET", "6",
            "SEGMENT_NOT_IN_PROPER_SEQUENCE", "7");
    /**
     * AK403. Element 723 has codes 1 to 10 up to 004010; 12 (too many repetitions) and 13 (too many components) came
     * with 005010, so a 004010 997 reports both as 3, too many data elements: more data than the element defines.
     */
    private static final Map<String, String> ELEMENT = Map.ofEntries(Map.entry("REQUIRED_DATA_ELEMENT_MISSING", "1"),
            Map.entry("CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING", "2"), Map.entry("TOO_MANY_DATA_ELEMENTS", "3"),
            Map.entry("DATA_ELEMENT_TOO_SHORT", "4"), Map.entry("DATA_ELEMENT_TOO_LONG", "5"),
            Map.entry("INVALID_CHARACTER_DATA", "6"), Map.entry("INVALID_CODE_VALUE", "7"),
            Map.entry("INVALID_DATE", "8"), Map.entry("INVALID_TIME", "9"),
            Map.entry("EXCLUSION_CONDITION_VIOLATED", "10"), Map.entry("TOO_MANY_REPETITIONS", "3"),
            Map.entry("TOO_MANY_COMPONENTS", "3"));

    /** AK304 8: segment has data element errors. */
    static final String SEGMENT_HAS_ELEMENT_ERRORS = "8";
    /** AK502 1: transaction set not supported. */
    static final String SET_NOT_SUPPORTED = "1";
    /** AK502 3: control number in header and trailer do not match. */
    static final String CONTROL_NUMBER_MISMATCH = "3";
    /** AK502 4: number of included segments does not match actual count. */
    static final String SEGMENT_COUNT_MISMATCH = "4";
    /** AK502 5: one or more segments in error. */
    static final String SEGMENTS_IN_ERROR = "5";
    /** AK905 4: group control number in header and trailer do not match. */
    static final String GROUP_CONTROL_NUMBER_MISMATCH = "4";
    /** AK905 5: number of included transaction sets does not match actual count. */
    static final String SET_COUNT_MISMATCH = "5";

    private X12ErrorCodes() {
    }

    /** Whether the error is SE-01 or SE-02 not matching, which a 997 reports in AK5 rather than AK3. */
    static boolean isTrailerError(EdiError error) {
        return error.type().name().startsWith("CONTROL_");
    }

    /** The AK502 code of a trailer error. */
    static String trailerCode(EdiError error) {
        return error.type().name().equals("CONTROL_REFERENCE_MISMATCH") ? CONTROL_NUMBER_MISMATCH
                : SEGMENT_COUNT_MISMATCH;
    }

    /** The AK304 code of an error. */
    static String segmentCode(EdiError error) {
        return error.isElementError() ? SEGMENT_HAS_ELEMENT_ERRORS
                : SEGMENT.getOrDefault(error.type().name(), SEGMENT_HAS_ELEMENT_ERRORS);
    }

    /** The AK403 code of an element error. */
    static String elementCode(EdiError error) {
        return ELEMENT.getOrDefault(error.type().name(), "7");
    }
}
