package io.lastmilehub.pod;

import io.lastmilehub.model.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.lastmilehub.pod.PinVerifier.Outcome.EXPIRED;
import static io.lastmilehub.pod.PinVerifier.Outcome.LOCKED;
import static io.lastmilehub.pod.PinVerifier.Outcome.NOT_ISSUED;
import static io.lastmilehub.pod.PinVerifier.Outcome.USED;
import static io.lastmilehub.pod.PinVerifier.Outcome.VERIFIED;
import static io.lastmilehub.pod.PinVerifier.Outcome.WRONG;
import static org.assertj.core.api.Assertions.assertThat;

class PinVerifierTest {

    private static final Instant T0 = Instant.parse("2025-03-14T08:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final PinVerifier verifier = new PinVerifier(3, clock);

    @Test
    void whenIssued_itShouldHaveTheDigitsAndKeepOnlyTheSaltedHash() {
        OneTimeCode pin = verifier.issue("ord-1", 6, Duration.ofHours(24));

        assertThat(pin.code()).matches("[0-9]{6}");
        assertThat(pin.hash()).isEqualTo(PinVerifier.hash("ord-1", pin.code()))
                .isNotEqualTo(PinVerifier.hash("ord-2", pin.code())).doesNotContain(pin.code());
        assertThat(pin.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(pin.toString()).doesNotContain(pin.code());
    }

    @Test
    void whenRight_itShouldVerify() {
        assertThat(verifier.verify(issued(0), " 482913 ").outcome()).isEqualTo(VERIFIED);
    }

    @Test
    void whenWrong_itShouldCountTheAttemptAndSayHowManyAreLeft() {
        PinVerifier.Result first = verifier.verify(issued(0), "000000");

        assertThat(first).isEqualTo(new PinVerifier.Result(WRONG, 1, 2));
        assertThat(verifier.verify(issued(2), "111111")).isEqualTo(new PinVerifier.Result(LOCKED, 3, 0));
    }

    @Test
    void whenLocked_evenTheRightPinShouldFail() {
        assertThat(verifier.verify(issued(3), "482913").outcome()).isEqualTo(LOCKED);
    }

    @Test
    void whenExpiredOrUsed_theRightPinShouldBeRefused() {
        PinVerifier.IssuedPin used = new PinVerifier.IssuedPin("ord-1", PinVerifier.hash("ord-1", "482913"),
                T0.plusSeconds(60), 0, true);
        assertThat(verifier.verify(used, "482913").outcome()).isEqualTo(USED);

        clock.set(T0.plusSeconds(60));
        assertThat(verifier.verify(issued(0), "482913").outcome()).isEqualTo(EXPIRED);
    }

    @Test
    void whenNoPinWasIssued_nothingVerifies() {
        assertThat(verifier.verify(null, "482913").outcome()).isEqualTo(NOT_ISSUED);
    }

    private static PinVerifier.IssuedPin issued(int wrongAttempts) {
        return new PinVerifier.IssuedPin("ord-1", PinVerifier.hash("ord-1", "482913"), T0.plusSeconds(60),
                wrongAttempts, false);
    }
}
