package io.lastmilehub.connectors.edifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The EDIFACT samples under {@code samples/edifact}. */
final class EdifactSamples {

    private EdifactSamples() {
    }

    static byte[] of(String name) {
        try (InputStream in = EdifactSamples.class.getResourceAsStream("/samples/edifact/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
