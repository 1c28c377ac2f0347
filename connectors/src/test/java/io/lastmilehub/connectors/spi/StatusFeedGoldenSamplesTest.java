package io.lastmilehub.connectors.spi;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sample of the carrier tracking connectors and the WMS confirmations, mapped field by field (status, reason
 * code, scan time in UTC, tracking number, parcels) as its hand-checked golden file says. The mappers are made as the
 * hub makes them for a tenant with the settings beside the golden file, if any.
 */
class StatusFeedGoldenSamplesTest {

    /** The sample directory of each connector, and its format name. */
    private static final Map<String, String> FORMATS = Map.of("aftership", "aftership", "dhl", "dhl-tracking",
            "easypost", "easypost", "fedex", "fedex-track", "ups", "ups-track",
            "parcel-status-csv", "parcel-status-csv");

    static Stream<Arguments> samples() {
        Stream<Arguments> carriers = FORMATS.keySet().stream().sorted()
                .flatMap(kind -> GoldenSamples.of(kind).stream().map(sample -> Arguments.of(kind, sample)));
        return Stream.concat(carriers, GoldenSamples.of("wms").stream().map(sample -> Arguments.of("wms", sample)));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("samples")
    void eachSampleMapsAsItsGoldenFileSays(String kind, String sample) {
        assertThat(GoldenSamples.outcome(GoldenSamples.mapper(format(kind, sample), kind, sample), kind, sample))
                .isEqualTo(GoldenSamples.golden(kind, sample));
    }

    /** WMS samples go in as wms-csv or wms-json, as their file says. */
    private static String format(String kind, String sample) {
        return kind.equals("wms") ? (sample.endsWith(".csv") ? "wms-csv" : "wms-json") : FORMATS.get(kind);
    }
}
