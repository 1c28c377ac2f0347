package io.lastmilehub.connectors.support.edi;

import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ReasonCode;

import java.util.Map;
import java.util.Optional;

/**
 * A partner's mapping of canonical statuses and reason codes to its own codes (X12 AT7-01 1650 and AT7-02 1651,
 * EDIFACT STS 4405 and 9013), keyed by the canonical name, e.g. {@code DELIVERED -> D1},
 * {@code RECIPIENT_ABSENT -> A1}. The table comes from the partner's YAML; a status without a code is not sent.
 */
public final class StatusCodeTable {

    private final Map<String, String> codes;

    /** A table from canonical names ({@link DeliveryStatus}, {@link ReasonCode} constants) to the partner's codes. */
    public StatusCodeTable(Map<String, String> codes) {
        this.codes = Map.copyOf(codes);
    }

    /**
     * The partner's code for a status.
     *
     * @throws IllegalArgumentException naming the status when the table has no code for it
     */
    public String status(DeliveryStatus status) {
        String code = codes.get(status.name());
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("the partner's status table has no code for " + status);
        }
        return code;
    }

    /** Whether the partner takes this status at all. */
    public boolean sends(DeliveryStatus status) {
        return codes.containsKey(status.name());
    }

    /** The partner's code for a reason, if the event has one and the table maps it. */
    public Optional<String> reason(ReasonCode reason) {
        return reason == null ? Optional.empty() : Optional.ofNullable(codes.get(reason.name()));
    }
}
