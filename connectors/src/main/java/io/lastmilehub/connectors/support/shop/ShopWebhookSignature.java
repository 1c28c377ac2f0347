package io.lastmilehub.connectors.support.shop;

import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappingException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The signature Shopify ({@code X-Shopify-Hmac-Sha256}) and WooCommerce ({@code X-WC-Webhook-Signature}) put on
 * their webhooks: the base64 HMAC-SHA256 of the raw body with the secret the shop shares with the hub. With a secret
 * configured, a message that says it is a webhook (it carries the platform's topic header) or carries a signature
 * must be signed right; a message with neither is an API response an integrator posts with the tenant's own
 * credentials, as before.
 */
public final class ShopWebhookSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private final String signatureHeader;
    private final String topicHeader;
    private final byte[] secret;

    /**
     * @param signatureHeader the platform's signature header
     * @param topicHeader     the platform's topic header, present on every webhook delivery
     * @param secret          the shared secret; null or blank for a tenant that checks no signatures
     */
    public ShopWebhookSignature(String signatureHeader, String topicHeader, String secret) {
        this.signatureHeader = signatureHeader;
        this.topicHeader = topicHeader;
        this.secret = secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The signature of a body, as the platform computes it. */
    public String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * Checks a message when a secret is configured.
     *
     * @throws MappingException naming the signature header: missing on a webhook, or not matching (never saying
     *                          what was expected)
     */
    public void verify(InboundMessage message) {
        if (secret == null) {
            return;
        }
        String given = ShopFields.header(message, signatureHeader);
        if (given == null) {
            if (ShopFields.header(message, topicHeader) != null) {
                throw new MappingException(signatureHeader, "missing: this tenant's webhooks must be signed");
            }
            return;
        }
        byte[] expected = sign(message.payload()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII))) { // constant time
            throw new MappingException(signatureHeader, "does not match the body signed with this tenant's secret");
        }
    }
}
