package io.lastmilehub.connectors.aftership;

import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.shop.ShopFields;
import io.lastmilehub.connectors.support.shop.ShopWebhookSignature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * AfterShip's webhook signature: header {@code aftership-hmac-sha256}, the base64 HMAC-SHA256 of the raw body with the
 * webhook secret. With a secret every message must carry it, since every AfterShip delivery is a webhook.
 */
final class AfterShipSignature {

    static final String HEADER = "aftership-hmac-sha256";

    private final ShopWebhookSignature hmac;
    private final boolean checked;

    /** @param secret the webhook secret of the tenant's AfterShip account; null or blank to check nothing */
    AfterShipSignature(String secret) {
        this.hmac = new ShopWebhookSignature(HEADER, HEADER, secret);
        this.checked = secret != null && !secret.isBlank();
    }

    /** @throws MappingException naming the header when it is missing or does not match (never saying what would) */
    void verify(InboundMessage message) {
        if (!checked) {
            return;
        }
        String given = ShopFields.header(message, HEADER);
        if (given == null) {
            throw new MappingException(HEADER, "missing: this tenant's AfterShip webhooks must be signed");
        }
        byte[] expected = hmac.sign(message.payload()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII))) { // constant time
            throw new MappingException(HEADER, "does not match the body signed with this tenant's secret");
        }
    }
}
