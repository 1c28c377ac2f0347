package io.lastmilehub.pod;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.testing.ModelFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture order has two parcels with barcodes BC-1 and BC-2 (see {@link PodFixtures}).
 */
class ScanResultTest {

    private final DeliveryOrder order = PodFixtures.order(ModelFixtures.deliveryOrder().getPodRequirements());

    @Test
    void whenEveryParcelIsScanned_itShouldBeComplete() {
        ScanResult result = ScanResult.match(order, List.of("BC-2", " BC-1", "BC-1"));

        assertThat(result.complete()).isTrue();
        assertThat(result.matched()).containsExactly("BC-1", "BC-2");
    }

    @Test
    void whenAParcelIsMissingAndAStrangerScanned_itShouldNameBoth() {
        ScanResult result = ScanResult.match(order, List.of("BC-1", "XX-9"));

        assertThat(result.complete()).isFalse();
        assertThat(result.missing()).containsExactly("BC-2");
        assertThat(result.extra()).containsExactly("XX-9");
    }
}
