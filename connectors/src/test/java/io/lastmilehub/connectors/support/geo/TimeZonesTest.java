package io.lastmilehub.connectors.support.geo;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.InvalidModelException;
import io.lastmilehub.model.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loads the world's time-zone boundaries once (a few seconds), shared by every test here. */
class TimeZonesTest {

    private static final TimeZones WORLD = new TimeZones();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static GeoPoint point(double latitude, double longitude) {
        return GeoPoint.builder().latitude(latitude).longitude(longitude).build();
    }

    private static TimeWindow berlin(String start, String end) {
        return TimeZones.window(LocalDateTime.parse(start), LocalDateTime.parse(end), BERLIN);
    }

    private static Duration length(TimeWindow window) {
        return Duration.between(window.getStart(), window.getEnd());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Berlin                       | 52.5200 |   13.4050 | Europe/Berlin
            Ottawa                       | 45.4215 |  -75.6972 | America/Toronto
            Louisville, Kentucky         | 38.2527 |  -85.7585 | America/Kentucky/Louisville
            Frankfurt (Oder), west bank  | 52.3400 |   14.5400 | Europe/Berlin
            Słubice, east bank           | 52.3490 |   14.5700 | Europe/Warsaw
            El Paso, Texas               | 31.7600 | -106.4870 | America/Denver
            Ciudad Juárez, across the river | 31.7000 | -106.4200 | America/Ciudad_Juarez
            Baarle-Nassau (NL)           | 51.4418 |    4.9295 | Europe/Amsterdam
            Baarle-Hertog (BE enclave)   | 51.4378 |    4.9260 | Europe/Brussels
            """)
    void whenThePointIsOnLand_itShouldBeInItsZone(String place, double latitude, double longitude, String zone) {
        assertThat(WORLD.zoneAt(point(latitude, longitude))).contains(ZoneId.of(zone));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            North Sea          | 54.0 |   3.0
            mid-Atlantic       |  0.0 | -30.0
            South Pacific      | -40.0 | -130.0
            """)
    void whenThePointIsAtSea_itShouldHaveNoZone(String place, double latitude, double longitude) {
        assertThat(WORLD.zoneAt(point(latitude, longitude))).isEmpty();
    }

    /**
     * Points kept per cell must not take their zone from whichever point of the cell came first: walking across the
     * Oder (Frankfurt to Słubice) point by point, east to west gives every point the zone it gets west to east.
     */
    @Test
    void whenABorderRunsThroughACell_eachPointShouldKeepItsOwnZoneWhicheverCameFirst() {
        List<GeoPoint> acrossTheOder = IntStream.rangeClosed(0, 100)
                .mapToObj(step -> point(52.345, 14.50 + step * 0.001)).toList();
        TimeZones eastward = new TimeZones();
        TimeZones westward = new TimeZones();

        List<Optional<ZoneId>> walkingEast = acrossTheOder.stream().map(eastward::zoneAt).toList();
        List<Optional<ZoneId>> walkingWest = new ArrayList<>();
        for (int i = acrossTheOder.size() - 1; i >= 0; i--) {
            walkingWest.add(0, westward.zoneAt(acrossTheOder.get(i)));
        }

        assertThat(walkingEast).isEqualTo(walkingWest)
                .contains(Optional.of(BERLIN), Optional.of(ZoneId.of("Europe/Warsaw")));
    }

    @Test
    void whenLoadedForABox_onlyZonesWhollyInsideShouldBeKnown() {
        TimeZones europe = new TimeZones(new BoundingBox(34, -25, 72, 45)).load();

        assertThat(europe.zoneAt(point(52.52, 13.405))).contains(BERLIN);
        assertThat(europe.zoneAt(point(45.4215, -75.6972))).isEmpty();
    }

    @Test
    void whenLoadedForSomeZones_aPointOutsideThemShouldStillFindItsZoneInTheWorlds() {
        TimeZones nearBerlin = new TimeZones(Set.of(BERLIN)).load();

        assertThat(nearBerlin.zoneAt(point(52.52, 13.405))).contains(BERLIN);
        assertThat(nearBerlin.zoneAt(point(45.4215, -75.6972))).contains(ZoneId.of("America/Toronto"));
        assertThat(nearBerlin.zoneAt(point(40.0, -40.0))).isEmpty(); // the Atlantic
    }

    @Test
    void whenABoxIsUpsideDownOrOffTheGlobe_itShouldBeRefusedNamingTheEdge() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BoundingBox(55, 5, 47, 15))
                .withMessageStartingWith("minLatitude: 55.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new BoundingBox(47, 5, 55, 181))
                .withMessageStartingWith("maxLongitude: 181.0");
    }

    @Test
    void whenAWindowIsOnAnOrdinaryDay_itShouldBeUtcWithTheZoneKept() {
        TimeWindow window = berlin("2026-06-15T08:00", "2026-06-15T12:00");

        assertThat(window.getStart()).isEqualTo(Instant.parse("2026-06-15T06:00:00Z"));
        assertThat(window.getEnd()).isEqualTo(Instant.parse("2026-06-15T10:00:00Z"));
        assertThat(window.getZoneId()).isEqualTo("Europe/Berlin");
    }

    @Test
    void whenAWindowSpansTheSpringForward_itShouldLastTheRealTime() {
        TimeWindow window = berlin("2026-03-29T01:30", "2026-03-29T03:30");

        assertThat(window.getStart()).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
        assertThat(window.getEnd()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(length(window)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void whenALocalTimeFallsInTheGap_itShouldBeTheInstantTheGapEnds() {
        TimeWindow window = berlin("2026-03-29T02:30", "2026-03-29T04:00");

        assertThat(window.getStart()).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(length(window)).isEqualTo(Duration.ofHours(1));
        assertThat(TimeZones.window(LocalDateTime.parse("2026-03-08T02:15"), LocalDateTime.parse("2026-03-08T05:00"),
                ZoneId.of("America/New_York")).getStart()).isEqualTo(Instant.parse("2026-03-08T07:00:00Z"));
    }

    @Test
    void whenALocalTimeOccursTwice_theWindowShouldTakeTheWidestReading() {
        TimeWindow sameLocalTime = berlin("2026-10-25T02:30", "2026-10-25T02:30");

        assertThat(sameLocalTime.getStart()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(sameLocalTime.getEnd()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
        assertThat(length(sameLocalTime)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void whenAWindowSpansTheFallBack_itShouldLastTheRealTime() {
        TimeWindow window = berlin("2026-10-25T01:30", "2026-10-25T03:30");

        assertThat(window.getStart()).isEqualTo(Instant.parse("2026-10-24T23:30:00Z"));
        assertThat(window.getEnd()).isEqualTo(Instant.parse("2026-10-25T02:30:00Z"));
        assertThat(length(window)).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void whenTheEndIsBeforeTheStart_theWindowShouldBeRefused() {
        assertThatThrownBy(() -> berlin("2026-06-15T12:00", "2026-06-15T08:00"))
                .isInstanceOf(InvalidModelException.class);
    }
}
