package io.lastmilehub.connectors.samples;

import io.lastmilehub.connectors.shopify.ShopifyOrderMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.x12.X12InboundMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StandardMeaningTest {

    private static final byte[] ORDER = InboundMapperTestBase.sample("ecommerce/shopify-order.json");

    @Test
    void whenASampleMapsAsItsGoldenFile_itIsHandledAsItMeans() {
        assertThat(StandardMeaning.judge("ecommerce", "shopify-order.json", new ShopifyOrderMapper(), ORDER)
                .asItMeans()).isTrue();
    }

    @Test
    void whenOneFieldComesOutOtherwise_itIsNotAndTheFieldIsNamed() {
        byte[] otherCity = new String(ORDER, StandardCharsets.UTF_8).replace("Louisville", "Lexington")
                .getBytes(StandardCharsets.UTF_8);

        StandardMeaning.Judgement judgement = StandardMeaning.judge("ecommerce", "shopify-order.json",
                new ShopifyOrderMapper(), otherCity);

        assertThat(judgement.asItMeans()).isFalse();
        assertThat(judgement.detail()).contains("shipTo.address.city");
    }

    @Test
    void whenASampleHasNoGoldenFile_itIsNotCountedAsHandled() {
        assertThat(StandardMeaning.judge("x12", "unseen.edi", new X12InboundMapper(),
                InboundMapperTestBase.sample("x12/940-simplot.txt")).asItMeans()).isFalse();
    }

    @Test
    void theShareCountsOnlyKindsWithAnIntake() {
        List<SampleDryRun.Row> rows = List.of(
                new SampleDryRun.Row("x12", "a", "accepted", "", new StandardMeaning.Judgement(true, "")),
                new SampleDryRun.Row("x12", "b", "refused", "", new StandardMeaning.Judgement(false, "")),
                new SampleDryRun.Row("(no order intake) tracking", "c", "n/a", "", null));

        assertThat(SampleDryRun.share(rows)).startsWith("Handled as their standard means: 1 of 2 samples")
                .contains("(50.0%)").contains("1 samples of kinds without an order intake not counted");
    }
}
