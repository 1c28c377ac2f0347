package io.lastmilehub.connectors.easypost;

import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.shop.ShopFields;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * EasyPost's webhook signature (docs.easypost.com, Webhooks, HMAC validation): header {@value #HEADER}, the text
 * {@code hmac-sha256-hex=} and the lower-case hex HMAC-SHA256 of the raw body, keyed with the webhook secret in
 * Unicode NFKD form as EasyPost's client libraries key it. With a secret, a webhook {@code Event} must be signed and
 * any signed message is checked; a Tracker answer without a signature is one the tenant's own poller posts with its
 * API key, as for the shops.
 */
final class EasyPostSignature {

    static final String HEADER = "X-Hmac-Signature";
    private static final String PREFIX = "hmac-sha256-hex=";
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;

    /** @param secret the webhook secret of the tenant's EasyPost webhook; null or blank to check nothing */
    EasyPostSignature(String secret) {
        this.secret = secret == null || secret.isBlank() ? null
                : Normalizer.normalize(secret, Normalizer.Form.NFKD).getBytes(StandardCharsets.UTF_8);
    }

    /** The header's value for a body, as EasyPost computes it. */
    String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * @param isEvent whether the message is a webhook Event, which must be signed
     * @throws MappingException naming the header when a signature is missing or does not match (never saying what
     *                          would)
     */
    void verify(InboundMessage message, boolean isEvent) {
        if (secret == null) {
            return;
        }
        String given = ShopFields.header(message, HEADER);
        if (given == null) {
            if (isEvent) {
                throw new MappingException(HEADER, "missing: this tenant's EasyPost webhooks must be signed");
            }
            return;
        }
        byte[] expected = sign(message.payload()).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = given.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, actual)) { // constant time
            throw new MappingException(HEADER, "does not match the body signed with this tenant's webhook secret");
        }
    }
}
