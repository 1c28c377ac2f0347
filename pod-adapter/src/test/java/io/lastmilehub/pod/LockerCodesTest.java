package io.lastmilehub.pod;

import io.lastmilehub.model.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.lastmilehub.pod.LockerCodes.Outcome.EXPIRED;
import static io.lastmilehub.pod.LockerCodes.Outcome.OPENED;
import static io.lastmilehub.pod.LockerCodes.Outcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

class LockerCodesTest {

    private static final Instant T0 = Instant.parse("2025-03-14T08:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final LockerCodes codes = new LockerCodes(clock);

    @Test
    void whenIssued_itShouldOpenOnceAtItsLocker() {
        LockerCodes.Issued issued = codes.issue("locker-7", "ord-1", Duration.ofHours(72));

        assertThat(issued.code()).hasSize(22);
        assertThat(issued.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(72)));
        assertThat(codes.redeem("locker-8", issued.code())).as("other locker").isEqualTo(UNKNOWN);
        assertThat(codes.redeem("locker-7", issued.code())).isEqualTo(OPENED);
        assertThat(codes.redeem("locker-7", issued.code())).as("used up").isEqualTo(UNKNOWN);
    }

    @Test
    void whenExpired_itShouldNotOpen() {
        LockerCodes.Issued issued = codes.issue("locker-7", "ord-1", Duration.ofHours(72));
        clock.set(T0.plus(Duration.ofHours(72)));

        assertThat(codes.redeem("locker-7", issued.code())).isEqualTo(EXPIRED);
    }

    @Test
    void whenGuessed_itShouldNotOpen() {
        codes.issue("locker-7", "ord-1", Duration.ofHours(72));

        assertThat(codes.redeem("locker-7", Tokens.newToken())).isEqualTo(UNKNOWN);
        assertThat(codes.redeem("locker-7", null)).isEqualTo(UNKNOWN);
    }

    @Test
    void purgeForgetsOnlyExpiredCodes() {
        codes.issue("locker-7", "ord-1", Duration.ofHours(1));
        LockerCodes.Issued longer = codes.issue("locker-7", "ord-2", Duration.ofHours(3));
        clock.set(T0.plus(Duration.ofHours(2)));

        assertThat(codes.purgeExpired()).isEqualTo(1);
        assertThat(codes.redeem("locker-7", longer.code())).isEqualTo(OPENED);
    }
}
