package io.lastmilehub.connectors.carrier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The signature a carrier puts on its status webhooks, with the secret it shares with the hub: the lower-case hex
 * HMAC-SHA256 of {@code <timestamp>.<body>}, the timestamp being Unix seconds sent in a header of its own. Signing the
 * timestamp with the body lets the hub refuse an old request replayed by someone who recorded it: a timestamp outside
 * the tolerance is refused even when the signature is right.
 */
public final class WebhookSignature {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "sha256=";

    private final byte[] secret;
    private final Duration tolerance;

    /**
     * @param secret    the shared secret
     * @param tolerance how far the request's timestamp may be from the hub's clock, either way
     */
    public WebhookSignature(String secret, Duration tolerance) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.tolerance = tolerance;
    }

    /** The signature of a body sent at {@code timestamp} (Unix seconds), as the carrier computes it. */
    public String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * Checks a request.
     *
     * @param timestamp the timestamp header, Unix seconds
     * @param signature the signature header, hex, with or without {@code sha256=} in front
     * @throws WebhookRejectedException saying what is wrong (missing, stale or wrong), never what was expected
     */
    public void verify(String timestamp, String signature, byte[] body, Instant now) {
        if (timestamp == null || timestamp.isBlank() || signature == null || signature.isBlank()) {
            throw new WebhookRejectedException("the timestamp or signature header is missing");
        }
        Instant sentAt;
        try {
            sentAt = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        } catch (NumberFormatException | DateTimeException e) { // DateTimeException: beyond the years Instant holds
            throw new WebhookRejectedException("the timestamp is not Unix seconds");
        }
        if (Duration.between(sentAt, now).abs().compareTo(tolerance) > 0) {
            throw new WebhookRejectedException("the timestamp is more than " + tolerance + " away from now");
        }
        String given = signature.strip().toLowerCase(Locale.ROOT);
        given = given.startsWith(PREFIX) ? given.substring(PREFIX.length()) : given;
        byte[] expected = sign(timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII))) { // constant time
            throw new WebhookRejectedException("the signature does not match");
        }
    }
}
