package io.lastmilehub.hub.notify;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The signature of a webhook request, in the manner of Stripe's: header {@code LastMile-Signature:
 * t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed with the shared secret>}. The receiver recomputes the
 * HMAC over the timestamp, a dot and the raw body, compares in constant time, and refuses timestamps too far from
 * its own clock (replays).
 */
public final class WebhookSignature {

    /** The header that carries the signature. */
    public static final String HEADER = "LastMile-Signature";

    private WebhookSignature() {
    }

    /** The header's value for a body sent at a time. */
    public static String header(String secret, long epochSeconds, String body) {
        return "t=" + epochSeconds + ",v1=" + hmac(secret, epochSeconds + "." + body);
    }

    /** Lower-case hex HMAC-SHA256. */
    static String hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
