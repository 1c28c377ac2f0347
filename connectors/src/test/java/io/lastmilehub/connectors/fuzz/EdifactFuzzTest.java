package io.lastmilehub.connectors.fuzz;

import org.junit.jupiter.api.Named;

import java.util.stream.Stream;

/** Fuzzes the EDIFACT interchanges. */
class EdifactFuzzTest extends InboundFuzzTest {

    EdifactFuzzTest() {
        super(InboundFamily.EDIFACT);
    }

    static Stream<Named<byte[]>> seeds() {
        return InboundFamily.EDIFACT.seeds();
    }
}
