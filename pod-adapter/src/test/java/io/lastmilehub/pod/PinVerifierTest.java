package io.lastmilehub.pod;

import org.junit.jupiter.api.Test;

import static io.lastmilehub.pod.PinVerifier.Outcome.LOCKED;
import static io.lastmilehub.pod.PinVerifier.Outcome.VERIFIED;
import static io.lastmilehub.pod.PinVerifier.Outcome.WRONG;
import static org.assertj.core.api.Assertions.assertThat;

class PinVerifierTest {

    private final PinVerifier verifier = new PinVerifier(3);

    @Test
    void whenRight_itShouldVerify() {
        assertThat(verifier.verify("ord-1", "482913", " 482913 ")).isEqualTo(VERIFIED);
    }

    @Test
    void whenWrongTooOften_itShouldLockEvenTheRightPin() {
        assertThat(verifier.verify("ord-1", "482913", "000000")).isEqualTo(WRONG);
        assertThat(verifier.attemptsLeft("ord-1")).isEqualTo(2);
        assertThat(verifier.verify("ord-1", "482913", "111111")).isEqualTo(WRONG);
        assertThat(verifier.verify("ord-1", "482913", "222222")).isEqualTo(LOCKED);

        assertThat(verifier.verify("ord-1", "482913", "482913")).isEqualTo(LOCKED);
        assertThat(verifier.verify("ord-2", "123456", "123456")).as("other orders unaffected").isEqualTo(VERIFIED);
    }

    @Test
    void whenRightAfterAWrongOne_itShouldResetTheCount() {
        verifier.verify("ord-1", "482913", "000000");
        verifier.verify("ord-1", "482913", "482913");

        assertThat(verifier.attemptsLeft("ord-1")).isEqualTo(3);
    }

    @Test
    void whenNoPinWasSent_nothingVerifies() {
        assertThat(verifier.verify("ord-1", null, "482913")).isEqualTo(WRONG);
    }
}
