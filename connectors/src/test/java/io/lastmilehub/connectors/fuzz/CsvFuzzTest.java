package io.lastmilehub.connectors.fuzz;

import org.junit.jupiter.api.Named;

import java.util.stream.Stream;

/** Fuzzes the CSV files: WMS confirmations and parcel status. */
class CsvFuzzTest extends InboundFuzzTest {

    CsvFuzzTest() {
        super(InboundFamily.CSV);
    }

    static Stream<Named<byte[]>> seeds() {
        return InboundFamily.CSV.seeds();
    }
}
