package io.lastmilehub.connectors.carrier;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSignatureTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final String SENT = String.valueOf(NOW.getEpochSecond() - 30);
    private static final byte[] BODY = "{\"trackingNumber\":\"1Z2345\",\"status\":\"DLV\"}"
            .getBytes(StandardCharsets.UTF_8);
    private final WebhookSignature signature = new WebhookSignature("s3cr3t", Duration.ofMinutes(5));

    @Test
    void theSignatureIsTheHexHmacSha256OfTimestampDotBody() {
        // Python: hmac.new(b's3cr3t', b'1763711970.' + body, hashlib.sha256).hexdigest()
        assertThat(signature.sign("1763711970", BODY))
                .isEqualTo("5010ea662c814497e38690765e2646041579d8df56b49870e30ee30fd72a7dc5");
    }

    @Test
    void whenTheCarrierSignedTheBody_itIsAcceptedWithOrWithoutPrefix() {
        String hex = signature.sign(SENT, BODY);

        assertThatCode(() -> signature.verify(SENT, hex, BODY, NOW)).doesNotThrowAnyException();
        assertThatCode(() -> signature.verify(SENT, "sha256=" + hex.toUpperCase(), BODY, NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void whenTheBodyWasChanged_theSignatureDoesNotMatch() {
        String hex = signature.sign(SENT, BODY);
        byte[] changed = new String(BODY, StandardCharsets.UTF_8).replace("DLV", "RTS")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> signature.verify(SENT, hex, changed, NOW))
                .isInstanceOf(WebhookRejectedException.class).hasMessage("the signature does not match");
    }

    @Test
    void whenARecordedRequestIsReplayedLater_itIsRefusedThoughTheSignatureIsRight() {
        String hex = signature.sign(SENT, BODY);

        assertThatThrownBy(() -> signature.verify(SENT, hex, BODY, NOW.plus(Duration.ofMinutes(6))))
                .isInstanceOf(WebhookRejectedException.class).hasMessageContaining("PT5M away from now");
    }

    @Test
    void whenTheSecretDiffersOrHeadersAreMissing_itIsRefused() {
        String forged = new WebhookSignature("guess", Duration.ofMinutes(5)).sign(SENT, BODY);

        assertThatThrownBy(() -> signature.verify(SENT, forged, BODY, NOW)).isInstanceOf(
                WebhookRejectedException.class);
        assertThatThrownBy(() -> signature.verify(null, forged, BODY, NOW)).hasMessageContaining("missing");
        assertThatThrownBy(() -> signature.verify("yesterday", forged, BODY, NOW)).hasMessageContaining("Unix");
        assertThatThrownBy(() -> signature.verify("99999999999999999", forged, BODY, NOW)).hasMessageContaining("Unix");
    }
}
