package io.lastmilehub.tracking;

import io.lastmilehub.model.Stop;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RouteAssignmentTest {

    @Test
    void whenTheRouteListsItsStopsOutOfOrder_theyShouldBeWalkedInDrivingOrder() {
        RouteAssignment assignment = RouteFixtures.assignmentListedBackwards();

        assertThat(assignment.stops()).extracting(Stop::getSequence).containsExactly(1, 2);
        assertThat(assignment.route().getStops()).extracting(Stop::getOrderId).containsExactly("ord-1", "ord-2");
    }

    @Test
    void whenTheStopsAreInOrder_theRouteShouldBeKeptAsGiven() {
        RouteAssignment assignment = RouteFixtures.assignment();

        assertThat(assignment.stops()).isSameAs(assignment.route().getStops());
    }
}
