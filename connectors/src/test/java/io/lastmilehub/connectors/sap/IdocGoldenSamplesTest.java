package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.spi.GoldenSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every idoc sample of the shared set, mapped field by field as its hand-checked golden file says. */
class IdocGoldenSamplesTest {

    static List<String> samples() {
        return GoldenSamples.of("idoc");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSampleMapsAsItsGoldenFileSays(String sample) {
        assertThat(GoldenSamples.outcome(new IdocInboundMapper(), "idoc", sample))
                .isEqualTo(GoldenSamples.golden("idoc", sample));
    }
}
