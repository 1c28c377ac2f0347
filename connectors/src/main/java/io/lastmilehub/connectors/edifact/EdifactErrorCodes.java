package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.support.edi.EdiError;

import java.util.Map;

/** StAEDI's errors as CONTRL syntax error codes (data element 0085). */
final class EdifactErrorCodes {

    /** 12: invalid value. */
    static final String INVALID_VALUE = "12";
    /** 13: missing. */
    static final String MISSING = "13";
    /** 17: no agreement (a message type we do not take). */
    static final String NO_AGREEMENT = "17";
    /** 26: duplicate detected (an interchange with this sender and reference was processed before). */
    static final String DUPLICATE = "26";
    /** 28: references do not match. */
    static final String REFERENCES_DO_NOT_MATCH = "28";
    /** 29: control count does not match number of instances received. */
    static final String COUNT_DOES_NOT_MATCH = "29";

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("UNRECOGNIZED_SEGMENT_ID", "15"), Map.entry("UNEXPECTED_SEGMENT", "15"),
            Map.entry("SEGMENT_NOT_IN_PROPER_SEQUENCE", "15"),
            Map.entry("SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET", "15"),
            Map.entry("MANDATORY_SEGMENT_MISSING", MISSING), Map.entry("REQUIRED_DATA_ELEMENT_MISSING", MISSING),
            Map.entry("SEGMENT_EXCEEDS_MAXIMUM_USE", "35"), Map.entry("LOOP_OCCURS_OVER_MAXIMUM_TIMES", "36"),
            Map.entry("TOO_MANY_DATA_ELEMENTS", "16"), Map.entry("TOO_MANY_COMPONENTS", "16"),
            Map.entry("TOO_MANY_REPETITIONS", "35"), Map.entry("DATA_ELEMENT_TOO_LONG", "39"),
            Map.entry("DATA_ELEMENT_TOO_SHORT", "40"), Map.entry("INVALID_CHARACTER_DATA", "21"),
            Map.entry("CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT", COUNT_DOES_NOT_MATCH),
            Map.entry("CONTROL_REFERENCE_MISMATCH", REFERENCES_DO_NOT_MATCH));

    private EdifactErrorCodes() {
    }

    /** The 0085 code of an error; 12 (invalid value) for anything else StAEDI reports. */
    static String of(EdiError error) {
        return CODES.getOrDefault(error.type().name(), INVALID_VALUE);
    }
}
