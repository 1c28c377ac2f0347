package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.spi.GoldenSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every x12 sample of the shared set, mapped field by field as its hand-checked golden file says. */
class X12GoldenSamplesTest {

    static List<String> samples() {
        return GoldenSamples.of("x12");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSampleMapsAsItsGoldenFileSays(String sample) {
        assertThat(GoldenSamples.outcome(new X12InboundMapper(), "x12", sample))
                .isEqualTo(GoldenSamples.golden("x12", sample));
    }
}
