package io.lastmilehub.pod;

import io.lastmilehub.model.ReasonCode;

import java.util.List;

/**
 * A delivery whose proof does not meet the order's POD requirements; each missing item is named, e.g.
 * {@code signature}, {@code pin: wrong, 2 attempts left}, {@code scan: not scanned [BC-2]}.
 */
public class PodRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> missing;
    private final ReasonCode reasonCode;

    /** A refusal naming what is missing; {@code reasonCode} for the failed attempt it becomes. */
    public PodRefusedException(List<String> missing, ReasonCode reasonCode) {
        super("delivery refused, proof missing: " + String.join("; ", missing));
        this.missing = List.copyOf(missing);
        this.reasonCode = reasonCode;
    }

    /** The missing items, each named. */
    public List<String> missing() {
        return missing;
    }

    /** The reason code for a failed-attempt event: AGE_CHECK_FAILED when the age check failed, OTHER else. */
    public ReasonCode reasonCode() {
        return reasonCode;
    }
}
