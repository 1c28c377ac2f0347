package io.lastmilehub.planning;

import io.lastmilehub.planning.travel.MatrixTransportCosts;
import io.lastmilehub.planning.travel.TravelLeg;
import io.lastmilehub.planning.travel.TravelMatrix;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.lastmilehub.planning.JspritFixtures.at;
import static io.lastmilehub.planning.JspritFixtures.vehicle;
import static org.assertj.core.api.Assertions.assertThat;

class BackToBaseTransportCostsTest {

    /** 0 base; 1 and 2 are 7 and 8 km from it and 3 km apart; 60 s per km. */
    private static final TravelMatrix MATRIX = TravelMatrix.compute(3, (i, j) -> {
        double[][] km = {{0, 7, 8}, {7, 0, 3}, {8, 3, 0}};
        return new TravelLeg(km[i][j] * 1000, km[i][j] * 60);
    });

    private final BackToBaseTransportCosts costs = new BackToBaseTransportCosts(
            MatrixTransportCosts.builder().addMatrix("p", MATRIX).build(), Map.of("drone-1", at(0)), List.of());

    @Test
    void whenADroneGoesFromStopToStop_itShouldFlyThroughItsBase() {
        assertThat(costs.getDistance(at(1), at(2), 0, vehicle("drone-1", 0))).isEqualTo(15_000);
        assertThat(costs.getTransportTime(at(1), at(2), 0, null, vehicle("drone-1", 0))).isEqualTo(900);
    }

    @Test
    void whenADroneLeavesOrReturnsToItsBase_orAVanDrives_theLegShouldBeDirect() {
        assertThat(costs.getDistance(at(0), at(2), 0, vehicle("drone-1", 0))).isEqualTo(8_000);
        assertThat(costs.getDistance(at(2), at(0), 0, vehicle("drone-1", 0))).isEqualTo(8_000);
        assertThat(costs.getDistance(at(1), at(2), 0, vehicle("van-1", 0))).isEqualTo(3_000);
    }
}
