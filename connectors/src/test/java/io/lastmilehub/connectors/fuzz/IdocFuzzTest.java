package io.lastmilehub.connectors.fuzz;

import org.junit.jupiter.api.Named;

import java.util.stream.Stream;

/** Fuzzes the SAP IDocs, XML and flat. */
class IdocFuzzTest extends InboundFuzzTest {

    IdocFuzzTest() {
        super(InboundFamily.IDOC);
    }

    static Stream<Named<byte[]>> seeds() {
        return InboundFamily.IDOC.seeds();
    }
}
