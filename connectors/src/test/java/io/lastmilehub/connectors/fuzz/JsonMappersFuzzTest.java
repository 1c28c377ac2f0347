package io.lastmilehub.connectors.fuzz;

import org.junit.jupiter.api.Named;

import java.util.stream.Stream;

/** Fuzzes the JSON mappers: canonical JSON, shops, WMS JSON and carrier tracking. */
class JsonMappersFuzzTest extends InboundFuzzTest {

    JsonMappersFuzzTest() {
        super(InboundFamily.JSON);
    }

    static Stream<Named<byte[]>> seeds() {
        return InboundFamily.JSON.seeds();
    }
}
