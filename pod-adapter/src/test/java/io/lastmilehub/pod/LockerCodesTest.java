package io.lastmilehub.pod;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static io.lastmilehub.pod.LockerCodes.Outcome.EXPIRED;
import static io.lastmilehub.pod.LockerCodes.Outcome.OPENED;
import static io.lastmilehub.pod.LockerCodes.Outcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

class LockerCodesTest {

    private static final Instant T0 = Instant.parse("2025-03-14T08:00:00Z");

    private final SettableClock clock = new SettableClock();
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
        clock.now = T0.plus(Duration.ofHours(72));

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
        clock.now = T0.plus(Duration.ofHours(2));

        assertThat(codes.purgeExpired()).isEqualTo(1);
        assertThat(codes.redeem("locker-7", longer.code())).isEqualTo(OPENED);
    }

    /** A clock the test moves instead of sleeping. */
    private static final class SettableClock extends Clock {
        private Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
