package io.lastmilehub.pod;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokensTest {

    @Test
    void whenIssued_itShouldCarry128BitsUrlSafe() {
        String token = Tokens.newToken();

        assertThat(token).hasSize(22).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(16);
    }

    @Test
    void whenIssuedOften_itShouldNeverRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            tokens.add(Tokens.newToken());
        }
        assertThat(tokens).hasSize(10_000);
    }

    @Test
    void pinsHaveTheRequestedDigits() {
        assertThat(Tokens.newPin(6)).matches("\\d{6}");
        assertThatThrownBy(() -> Tokens.newPin(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secretsCompareByValueWhateverTheirLength() {
        assertThat(Sha256.constantTimeEquals("4711", "4711")).isTrue();
        assertThat(Sha256.constantTimeEquals("4711", "4712")).isFalse();
        assertThat(Sha256.constantTimeEquals("4711", "47110")).isFalse();
        assertThat(Sha256.constantTimeEquals(null, "4711")).isFalse();
    }
}
