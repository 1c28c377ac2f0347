package io.lastmilehub.hub.notify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    @Test
    void whenSigned_itShouldCarryTheTimestampAndTheHmacOfTimestampDotBody() {
        // Reference value: printf '1700000000.{"id":"ntf-1"}' | openssl dgst -sha256 -hmac whsec-test
        assertThat(WebhookSignature.header("whsec-test", 1_700_000_000L, "{\"id\":\"ntf-1\"}"))
                .isEqualTo("t=1700000000,v1=" + WebhookSignature.hmac("whsec-test", "1700000000.{\"id\":\"ntf-1\"}"))
                .matches("t=1700000000,v1=[0-9a-f]{64}");
    }

    @Test
    void whenAnythingSignedChanges_theSignatureShouldChange() {
        String signature = WebhookSignature.header("whsec-test", 1_700_000_000L, "{\"id\":\"ntf-1\"}");

        assertThat(WebhookSignature.header("whsec-test", 1_700_000_001L, "{\"id\":\"ntf-1\"}")).isNotEqualTo(signature);
        assertThat(WebhookSignature.header("whsec-test", 1_700_000_000L, "{\"id\":\"ntf-2\"}")).isNotEqualTo(signature);
        assertThat(WebhookSignature.header("whsec-other", 1_700_000_000L, "{\"id\":\"ntf-1\"}"))
                .isNotEqualTo(signature);
    }

    @Test
    void theHmacShouldMatchTheRfc4231TestVector() {
        // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(WebhookSignature.hmac("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
