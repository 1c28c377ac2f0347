package io.lastmilehub.connectors.fuzz;

import org.junit.jupiter.api.Named;

import java.util.stream.Stream;

/** Fuzzes the canonical XML. */
class CanonicalXmlFuzzTest extends InboundFuzzTest {

    CanonicalXmlFuzzTest() {
        super(InboundFamily.CANONICAL_XML);
    }

    static Stream<Named<byte[]>> seeds() {
        return InboundFamily.CANONICAL_XML.seeds();
    }
}
