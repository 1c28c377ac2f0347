package io.lastmilehub.connectors.samples;

import io.lastmilehub.connectors.spi.GoldenSamples;
import io.lastmilehub.connectors.spi.InboundMapper;

import java.util.List;

/**
 * Whether a mapper handles a shared sample as its standard means: what it makes of the sample (its orders, parcel
 * updates, receipts, status reports, or its refusal with field and reason) is what the sample's golden file says,
 * and golden files were checked by hand against the sample and the standard. "Accepted" alone is not a pass.
 */
final class StandardMeaning {

    /** The verdict on one sample, with the first difference or the missing file. */
    record Judgement(boolean asItMeans, String detail) {

        static Judgement of(List<String> differences) {
            return differences.isEmpty() ? new Judgement(true, "as its golden file")
                    : new Judgement(false, "differs from its golden file at " + differences.get(0));
        }
    }

    private StandardMeaning() {
    }

    /**
     * @param kind    the sample's directory, e.g. {@code x12}
     * @param sample  the sample's file name, which its golden file is named after
     * @param payload the sample's bytes as the shared set has them
     */
    static Judgement judge(String kind, String sample, InboundMapper mapper, byte[] payload) {
        if (kind.equals("ecommerce")) {
            try {
                return Judgement.of(io.lastmilehub.connectors.support.shop.GoldenSamples.differences(mapper, sample,
                        payload));
            } catch (IllegalArgumentException noGolden) {
                return new Judgement(false, "no golden file: not judged");
            }
        }
        if (!GoldenSamples.hasGolden(kind, sample)) {
            return new Judgement(false, "no golden file: not judged");
        }
        boolean same = GoldenSamples.outcome(mapper, payload).equals(GoldenSamples.golden(kind, sample));
        return same ? Judgement.of(List.of()) : Judgement.of(List.of("a field (run " + kind + "'s golden test)"));
    }
}
