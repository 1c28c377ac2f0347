package io.lastmilehub.connectors.carrier;

import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ReasonCode;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A carrier's status codes and what they mean in the canonical model, from the carrier's YAML:
 * {@code DLV: DELIVERED}, {@code NH: FAILED_ATTEMPT/RECIPIENT_ABSENT} (status, then reason after a slash). Codes the
 * carrier sends but the table leaves out are refused, so that nobody misses a status silently.
 */
public final class CarrierStatusCodes {

    /** What one carrier code means. */
    public record Meaning(DeliveryStatus status, ReasonCode reason) {
    }

    private final Map<String, Meaning> meanings = new HashMap<>();

    /** @throws IllegalArgumentException naming the code whose meaning is not a status or reason */
    public CarrierStatusCodes(Map<String, String> table) {
        table.forEach((code, meaning) -> meanings.put(code, parse(code, meaning)));
    }

    public Optional<Meaning> meaning(String code) {
        return Optional.ofNullable(meanings.get(code));
    }

    private static Meaning parse(String code, String meaning) {
        String[] parts = meaning == null ? new String[] {""} : meaning.strip().split("\\s*/\\s*", 2);
        try {
            return new Meaning(DeliveryStatus.valueOf(parts[0]), parts.length > 1 ? ReasonCode.valueOf(parts[1])
                    : null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("code " + code + ": '" + meaning + "' is not STATUS or STATUS/REASON "
                    + "of the canonical model (e.g. DELIVERED, FAILED_ATTEMPT/RECIPIENT_ABSENT)", e);
        }
    }
}
