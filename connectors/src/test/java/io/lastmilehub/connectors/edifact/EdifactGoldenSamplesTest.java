package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.spi.GoldenSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every edifact sample of the shared set, mapped field by field as its hand-checked golden file says. */
class EdifactGoldenSamplesTest {

    static List<String> samples() {
        return GoldenSamples.of("edifact");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSampleMapsAsItsGoldenFileSays(String sample) {
        assertThat(GoldenSamples.outcome(new EdifactInboundMapper(), "edifact", sample))
                .isEqualTo(GoldenSamples.golden("edifact", sample));
    }
}
