package io.lastmilehub.connectors.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.lastmilehub.connectors.spi.InboundMappers;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the parsers of one {@link InboundFamily} with Jazzer, each with the default settings of its format. In the
 * build (the surefire execution {@code fuzz}) it replays its seeds ({@code seeds()} of the subclass, the real
 * samples) and the inputs under {@code src/test/resources/io/lastmilehub/connectors/fuzz/<Class>Inputs}, then fuzzes
 * for a bounded time; see docs/bad-input.md.
 */
abstract class InboundFuzzTest {

    private static final InboundMappers MAPPERS = InboundMappers.load();

    private final InboundFamily family;

    InboundFuzzTest(InboundFamily family) {
        this.family = family;
    }

    @MethodSource("seeds")
    @FuzzTest
    void mapsOrRefusesNamingTheFieldAndTheReason(byte[] input) {
        family.assertMapsOrRefuses(MAPPERS, input);
    }
}
