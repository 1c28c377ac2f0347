package io.lastmilehub.tracking;

import io.lastmilehub.model.TrackingPosition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** {@code nmea-sentences.txt}: RMC and GGA from GPS and multi-constellation receivers, a GSA, an RMC without fix. */
class NmeaProtocolDecoderTest extends ProtocolTest {

    private static final String SAMPLE = "nmea-sentences.txt";

    private final NmeaProtocolDecoder decoder = new NmeaProtocolDecoder("van-7-nmea");

    @Test
    void theSampleGivesOneFixPerTime_rmcAndGgaOfOneTimeMerged() throws DecodeException {
        List<TrackingPosition> positions = verifyPositions(decoder, text(SAMPLE));

        assertThat(positions).hasSize(3);
        TrackingPosition dublin = positions.get(0);
        assertFix(dublin, 53.3613367, -6.50562, "2024-07-15T09:27:50Z");
        assertThat(dublin.getSpeedKmh()).isCloseTo(0.02 * 1.852, within(1e-9));
        assertThat(dublin.getHeadingDeg()).isEqualTo(31.66);
        assertThat(dublin.getAltitudeMeters()).isEqualTo(61.7);
        assertFix(positions.get(1), 44.0689988, -121.3143372, "2017-01-10T00:10:31Z");
        // a GGA of its own takes the date of the RMC before it
        assertFix(positions.get(2), 44.069006, -121.3143268, "2017-01-10T00:10:43Z");
        assertThat(positions.get(2).getAltitudeMeters()).isEqualTo(1113.0);
    }

    @Test
    void aWrongChecksumIsRefusedNamingTheSentence() {
        String broken = "$GPGGA,092750.000,5321.6802,N,00630.3372,W,1,8,1.03,61.7,M,55.2,M,,*76\n"
                + "$GPRMC,092751.000,A,5321.6802,N,00630.3372,W,0.02,31.66,150724,,,A*49\n";

        assertThatThrownBy(() -> decoder.decode(broken, RECEIVED_AT)).isInstanceOf(DecodeException.class)
                .hasMessage("nmea: line 2 ($GPRMC) has checksum 49 but its characters give 48");
    }

    @Test
    void aSentenceWithoutChecksumIsRefused() {
        assertThatThrownBy(() -> decoder.decode("$GPRMC,092750.000,A,5321.6802,N,00630.3372,W,0.02,31.66,150724,,,A",
                RECEIVED_AT)).isInstanceOf(DecodeException.class).hasMessageContaining("line 1 ($GPRMC) is not a "
                        + "sentence");
    }

    @Test
    void aGgaAloneTakesTheDayItWasReceived_orTheDayBeforeWhenItsTimeIsLater() throws DecodeException {
        String morning = "$GPGGA,092750.000,5321.6802,N,00630.3372,W,1,8,1.03,61.7,M,55.2,M,,*76";
        List<DeviceReport> sameDay = decoder.decode(morning, RECEIVED_AT);
        List<DeviceReport> dayBefore = decoder.decode(morning, Instant.parse("2025-07-01T09:00:00Z"));

        assertThat(sameDay.get(0).time()).isEqualTo(Instant.parse("2025-07-01T09:27:50Z"));
        assertThat(dayBefore.get(0).time()).isEqualTo(Instant.parse("2025-06-30T09:27:50Z"));
    }

    @Test
    void aGgaAfterMidnightTakesTheDayAfterTheRmcBeforeIt() throws DecodeException {
        String rmc = "GPRMC,235958.000,A,5321.6802,N,00630.3372,W,0.02,31.66,150724,,,A";
        String gga = "GPGGA,000002.000,5321.6802,N,00630.3372,W,1,8,1.03,61.7,M,55.2,M,,";
        String nextGga = "GPGGA,000004.000,5321.6802,N,00630.3372,W,1,8,1.03,61.7,M,55.2,M,,";
        String stream = "$" + rmc + "*" + checksum(rmc) + "\r\n$" + gga + "*" + checksum(gga) + "\r\n$" + nextGga
                + "*" + checksum(nextGga);

        assertThat(decoder.decode(stream, RECEIVED_AT)).extracting(DeviceReport::time).containsExactly(
                Instant.parse("2024-07-15T23:59:58Z"), Instant.parse("2024-07-16T00:00:02Z"),
                Instant.parse("2024-07-16T00:00:04Z"));
    }

    @Test
    void aReceiverWithoutFixReportsNothing_andAVoidRmcIsNoValidFix() throws DecodeException {
        assertThat(decoder.decode("$GPRMC,,V,,,,,,,,,,N*53", RECEIVED_AT)).isEmpty();

        String warning = "$GPRMC,092750.000,V,5321.6802,N,00630.3372,W,0.02,31.66,150724,,,N*" + checksum(
                "GPRMC,092750.000,V,5321.6802,N,00630.3372,W,0.02,31.66,150724,,,N");
        assertThat(decoder.decode(warning, RECEIVED_AT).get(0).validFix()).isFalse();
    }

    @Test
    void sentencesNameNoDevice_soTheyNeedTheDevicesCredentials() {
        assertThatThrownBy(() -> new NmeaProtocolDecoder(null).decode(text(SAMPLE), RECEIVED_AT))
                .isInstanceOf(DecodeException.class).hasMessageContaining("device's credentials");
    }

    /** dddmm.mmmm in decimal degrees, to 7 decimals (a centimetre). */
    private static void assertFix(TrackingPosition position, double lat, double lon, String time) {
        assertThat(position.getDeviceId()).isEqualTo("van-7-nmea");
        assertThat(position.getLocation().getLatitude()).isCloseTo(lat, within(1e-7));
        assertThat(position.getLocation().getLongitude()).isCloseTo(lon, within(1e-7));
        assertThat(position.getTime()).isEqualTo(Instant.parse(time));
    }

    private static String checksum(String body) {
        int sum = 0;
        for (char c : body.toCharArray()) {
            sum ^= c;
        }
        return String.format("%02X", sum);
    }
}
