package io.lastmilehub.connectors.support.carrierstatus;

import io.lastmilehub.connectors.spi.InvalidConnectorSettingException;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ReasonCode;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A carrier's status codes and what each means in the canonical model: {@code DELIVERED}, a status and a reason
 * after a slash ({@code FAILED_ATTEMPT/RECIPIENT_ABSENT}), or {@code NONE} for a code that moves nothing (a label
 * created, a parcel waiting at a pickup point). The format's documented codes are the defaults; a tenant's
 * {@code status-codes} table adds codes or changes their meaning. A code in neither is refused, naming the field, so
 * that nobody misses a status silently.
 */
public final class StatusCodeTable {

    /** The meaning of a code that moves nothing. */
    public static final String NONE = "NONE";

    /** What one code means. */
    public record Meaning(DeliveryStatus status, ReasonCode reason) {
    }

    private final String carrier;
    private final Map<String, Optional<Meaning>> meanings = new LinkedHashMap<>();

    /**
     * @param carrier   the carrier's name in errors, e.g. {@code UPS}
     * @param defaults  the documented codes
     * @param overrides the tenant's {@code status-codes}, which win
     * @throws InvalidConnectorSettingException naming {@code status-codes} when a tenant's meaning is not one
     */
    public StatusCodeTable(String carrier, Map<String, String> defaults, Map<String, String> overrides) {
        this.carrier = carrier;
        defaults.forEach((code, meaning) -> meanings.put(key(code), parse(code, meaning)));
        overrides.forEach((code, meaning) -> {
            try {
                meanings.put(key(code), parse(code, meaning));
            } catch (IllegalArgumentException e) {
                throw new InvalidConnectorSettingException(CarrierTrackingSettings.STATUS_CODES.name(), code + ": "
                        + meaning, e.getMessage());
            }
        });
    }

    /**
     * What the code means; empty for a code that moves nothing.
     *
     * @param field where the code is in the message, for the refusal
     * @throws MappingException naming the field when the code is in neither the defaults nor the tenant's table
     */
    public Optional<Meaning> meaning(String code, String field) {
        Optional<Meaning> meaning = meanings.get(key(code));
        if (meaning == null) {
            throw new MappingException(field, "'" + code + "' is not a " + carrier + " status code the hub knows; "
                    + "map it in the tenant's connectors.<format>.status-codes (e.g. " + code + ": DELIVERED)");
        }
        return meaning;
    }

    /** Whether the code is in the table (to prefer a more specific key where the carrier has one). */
    public boolean knows(String code) {
        return meanings.containsKey(key(code));
    }

    private static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static Optional<Meaning> parse(String code, String meaning) {
        String text = meaning == null ? "" : meaning.strip();
        if (text.equals(NONE)) {
            return Optional.empty();
        }
        String[] parts = text.split("\\s*/\\s*", 2);
        try {
            return Optional.of(new Meaning(DeliveryStatus.valueOf(parts[0]),
                    parts.length > 1 ? ReasonCode.valueOf(parts[1]) : null));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("code " + code + ": '" + meaning + "' is not NONE, STATUS or "
                    + "STATUS/REASON of the canonical model (e.g. DELIVERED, FAILED_ATTEMPT/RECIPIENT_ABSENT)", e);
        }
    }
}
