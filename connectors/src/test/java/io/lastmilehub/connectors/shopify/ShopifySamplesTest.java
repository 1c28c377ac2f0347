package io.lastmilehub.connectors.shopify;

import io.lastmilehub.connectors.support.shop.GoldenSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** Every real Shopify sample against its golden file (see {@link GoldenSamples}). */
class ShopifySamplesTest {

    static Stream<String> samples() {
        return GoldenSamples.of("shopify-");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachSampleShouldMapAsItsGoldenFileSays(String sample) {
        GoldenSamples.assertMatchesGolden(new ShopifyOrderMapper(), sample);
    }
}
