package io.lastmilehub.tracking;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimestampsTest {

    @Test
    void whenEveryForm_itShouldGiveTheSameInstant() throws DecodeException {
        Instant expected = Instant.parse("2013-08-22T13:14:27Z");

        assertThat(Timestamps.parse("1377177267")).isEqualTo(expected);
        assertThat(Timestamps.parse("1377177267000")).isEqualTo(expected);
        assertThat(Timestamps.parse("1377177267.000")).isEqualTo(expected);
        assertThat(Timestamps.parse("2013-08-22T13:14:27Z")).isEqualTo(expected);
        assertThat(Timestamps.parse("2013-08-22T15:14:27+02:00")).isEqualTo(expected);
        assertThat(Timestamps.parse("2013-08-22 13:14:27")).isEqualTo(expected);
    }

    @Test
    void whenGarbage_itShouldSayWhatIsExpectedWithoutEchoingIt() {
        assertThatThrownBy(() -> Timestamps.parse("yesterday<script>")).isInstanceOf(DecodeException.class)
                .hasMessageContaining("epoch seconds").message().doesNotContain("yesterday");
    }

    @Test
    void whenANumberIsBeyondTheYearsAnInstantHolds_itShouldBeRefusedAsOutOfRange() {
        assertThatThrownBy(() -> Timestamps.parse("99999999999999999.5")).isInstanceOf(DecodeException.class)
                .hasMessage("timestamp: out of range");
        assertThatThrownBy(() -> Timestamps.parse("99999999999999999999.5")).isInstanceOf(DecodeException.class)
                .hasMessage("timestamp: out of range");
        assertThatThrownBy(() -> Timestamps.epoch(Long.MIN_VALUE)).isInstanceOf(DecodeException.class)
                .hasMessage("timestamp: out of range"); // as a JSON number (OwnTracks' tst)
    }
}
