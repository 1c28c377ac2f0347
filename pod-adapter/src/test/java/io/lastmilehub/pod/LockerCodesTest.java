package io.lastmilehub.pod;

import io.lastmilehub.model.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.lastmilehub.pod.LockerCodes.Outcome.EXPIRED;
import static io.lastmilehub.pod.LockerCodes.Outcome.OPENED;
import static io.lastmilehub.pod.LockerCodes.Outcome.UNKNOWN;
import static io.lastmilehub.pod.LockerCodes.Outcome.USED;
import static org.assertj.core.api.Assertions.assertThat;

class LockerCodesTest {

    private static final Instant T0 = Instant.parse("2025-03-14T08:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final LockerCodes codes = new LockerCodes(clock);

    @Test
    void whenIssued_itShouldBeAnUnguessableTokenStoredOnlyAsItsHash() {
        OneTimeCode issued = codes.issue(Duration.ofHours(72));

        assertThat(issued.code()).hasSize(22);
        assertThat(issued.hash()).isEqualTo(LockerCodes.hash(" " + issued.code() + " ")).hasSize(64)
                .doesNotContain(issued.code());
        assertThat(issued.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(72)));
        assertThat(codes.issue(Duration.ofHours(72)).code()).isNotEqualTo(issued.code());
    }

    @Test
    void whenValid_itShouldOpenOnlyItsOwnLocker() {
        LockerCodes.IssuedCode issued = new LockerCodes.IssuedCode("locker-7", T0.plusSeconds(60), false);

        assertThat(codes.redeem(issued, "locker-8")).as("other locker").isEqualTo(UNKNOWN);
        assertThat(codes.redeem(issued, "locker-7")).isEqualTo(OPENED);
    }

    @Test
    void whenUsedExpiredOrUnknown_itShouldNotOpen() {
        assertThat(codes.redeem(new LockerCodes.IssuedCode("locker-7", T0.plusSeconds(60), true), "locker-7"))
                .isEqualTo(USED);
        assertThat(codes.redeem(new LockerCodes.IssuedCode("locker-7", T0, false), "locker-7")).isEqualTo(EXPIRED);
        assertThat(codes.redeem(null, "locker-7")).isEqualTo(UNKNOWN);
    }
}
