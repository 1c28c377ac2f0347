package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.algorithm.state.StateManager;
import com.graphhopper.jsprit.core.algorithm.state.UpdateActivityNextLocations;
import com.graphhopper.jsprit.core.algorithm.state.UpdateActivityPrevLocations;
import com.graphhopper.jsprit.core.algorithm.state.UpdateActivityTimes;
import com.graphhopper.jsprit.core.algorithm.state.UpdateEndLocationIfRouteIsOpen;
import com.graphhopper.jsprit.core.algorithm.state.UpdateFutureWaitingTimes;
import com.graphhopper.jsprit.core.algorithm.state.UpdateVariableCosts;
import com.graphhopper.jsprit.core.algorithm.state.UpdateVehicleDependentPracticalTimeWindows;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.constraint.ConstraintManager;
import com.graphhopper.jsprit.core.problem.constraint.SwitchNotFeasible;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeKey;
import com.graphhopper.jsprit.core.util.ActivityTimeTracker;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * jsprit's core rules (capacity, time windows, skills) with their route states, as jsprit's
 * {@code AlgorithmUtil.addCoreConstraints} sets them up, with one difference: the latest start times that keep a
 * route's windows are kept for every distinct vehicle type only when vehicles may be switched. jsprit keeps them
 * for every type always, and every fleet vehicle has its own type here, so each insertion updated its route's
 * states a hundred times over with a hundred vans; without switching only the route's own vehicle is ever asked.
 */
final class CoreRules {

    private CoreRules() {
    }

    /**
     * @param vehicleSwitch whether insertion may move a route to another vehicle (jsprit's {@code VEHICLE_SWITCH})
     */
    static void addTo(VehicleRoutingProblem problem, StateManager stateManager, ConstraintManager constraintManager,
                      boolean vehicleSwitch) {
        if (anyActivityWithoutLocation(problem)) {
            stateManager.addStateUpdater(new UpdateActivityNextLocations());
            stateManager.addStateUpdater(new UpdateActivityPrevLocations());
        }
        constraintManager.addTimeWindowConstraint();
        constraintManager.addLoadConstraint();
        constraintManager.addSkillsConstraint();
        constraintManager.addConstraint(new SwitchNotFeasible(stateManager));
        stateManager.updateLoadStates();
        stateManager.updateTimeWindowStates();
        UpdateVehicleDependentPracticalTimeWindows windows = new UpdateVehicleDependentPracticalTimeWindows(
                stateManager, problem.getTransportCosts(), problem.getActivityCosts());
        List<Vehicle> oneOfEachType = oneOfEachType(problem.getVehicles());
        windows.setVehiclesToUpdate(vehicleSwitch ? route -> oneOfEachType : CoreRules::ownVehicle);
        stateManager.addStateUpdater(new UpdateEndLocationIfRouteIsOpen());
        stateManager.addStateUpdater(windows);
        stateManager.updateSkillStates();
        stateManager.addStateUpdater(new UpdateActivityTimes(problem.getTransportCosts(),
                ActivityTimeTracker.ActivityPolicy.AS_SOON_AS_TIME_WINDOW_OPENS, problem.getActivityCosts()));
        stateManager.addStateUpdater(new UpdateVariableCosts(problem.getActivityCosts(), problem.getTransportCosts(),
                stateManager));
        stateManager.addStateUpdater(new UpdateFutureWaitingTimes(stateManager, problem.getTransportCosts()));
    }

    private static boolean anyActivityWithoutLocation(VehicleRoutingProblem problem) {
        return problem.getJobsInclusiveInitialJobsInRoutes().values().stream()
                .flatMap(job -> job.getActivities().stream()).anyMatch(activity -> activity.getLocation() == null);
    }

    /** One vehicle of each distinct jsprit type (type, locations, skills: {@link VehicleTypeKey}). */
    static List<Vehicle> oneOfEachType(Collection<Vehicle> vehicles) {
        Map<VehicleTypeKey, Vehicle> byType = new LinkedHashMap<>();
        vehicles.forEach(vehicle -> byType.putIfAbsent(vehicle.getVehicleTypeIdentifier(), vehicle));
        return List.copyOf(byType.values());
    }

    private static Collection<Vehicle> ownVehicle(VehicleRoute route) {
        return List.of(route.getVehicle());
    }
}
