package io.lastmilehub.connectors.fuzz;

import org.junit.jupiter.api.Named;

import java.util.stream.Stream;

/** Fuzzes the X12 interchanges. */
class X12FuzzTest extends InboundFuzzTest {

    X12FuzzTest() {
        super(InboundFamily.X12);
    }

    static Stream<Named<byte[]>> seeds() {
        return InboundFamily.X12.seeds();
    }
}
