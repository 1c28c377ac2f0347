package io.lastmilehub.connectors.magento;

import io.lastmilehub.connectors.support.shop.GoldenSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** Every real Magento sample against its golden file (see {@link GoldenSamples}). */
class MagentoSamplesTest {

    static Stream<String> samples() {
        return GoldenSamples.of("magento-");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachSampleShouldMapAsItsGoldenFileSays(String sample) {
        GoldenSamples.assertMatchesGolden(new MagentoOrderMapper(), sample);
    }
}
