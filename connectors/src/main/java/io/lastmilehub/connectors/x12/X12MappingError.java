package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.edi.EdiOutput;
import io.lastmilehub.connectors.support.edi.EdiTransaction;
import io.lastmilehub.connectors.support.edi.ErrorLocation;

/**
 * Writes the AK3 (and AK4) that names the segment and element of a mapping error ({@link ErrorLocation}): AK304 3
 * mandatory segment missing, or 8 segment has data element errors with AK403 7 for the element.
 */
final class X12MappingError {

    private X12MappingError() {
    }

    static void write(EdiOutput out, EdiTransaction set, MappingException rejection) {
        ErrorLocation.of(set, rejection).ifPresent(at -> {
            out.segment("AK3", at.tag(), String.valueOf(at.position()), "", at.missing() ? "3" : "8");
            if (!at.missing() && at.elementPosition() > 0) {
                out.segment("AK4", String.valueOf(at.elementPosition()), "", "7");
            }
        });
    }
}
