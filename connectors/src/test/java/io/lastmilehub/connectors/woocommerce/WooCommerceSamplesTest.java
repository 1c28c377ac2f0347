package io.lastmilehub.connectors.woocommerce;

import io.lastmilehub.connectors.support.shop.GoldenSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** Every real WooCommerce sample against its golden file (see {@link GoldenSamples}). */
class WooCommerceSamplesTest {

    static Stream<String> samples() {
        return GoldenSamples.of("woocommerce-");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachSampleShouldMapAsItsGoldenFileSays(String sample) {
        GoldenSamples.assertMatchesGolden(new WooCommerceOrderMapper(), sample);
    }
}
