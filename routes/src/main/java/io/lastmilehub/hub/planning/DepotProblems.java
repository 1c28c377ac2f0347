package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.config.CostModelRegistry;
import io.lastmilehub.hub.config.Fleet;
import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.fleet.FleetOfTheDay;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Depot;
import io.lastmilehub.planning.PlanningOptions;
import io.lastmilehub.planning.PlanningRequest;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The planning problem of a plan request's depot: its fleet of the day (stored, versioned, drivers' availability
 * applied), the cost table, the tenant's search effort.
 */
@Component
public class DepotProblems {

    /**
     * Solver threads of a plan: both cores of a two-core machine, one on one core. Two threads run two whole
     * searches side by side and keep the cheaper plan, which beat one thread and jsprit's own two threads in the
     * benchmark (planning-engine/README.md, "Two searches side by side").
     */
    static final int PLANNING_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

    private final FleetRegistry fleets;
    private final FleetOfTheDay fleetOfTheDay;
    private final CostModelRegistry costModel;
    private final PlanningEffort effort;

    public DepotProblems(FleetRegistry fleets, FleetOfTheDay fleetOfTheDay, CostModelRegistry costModel,
                         PlanningEffort effort) {
        this.fleets = fleets;
        this.fleetOfTheDay = fleetOfTheDay;
        this.costModel = costModel;
        this.effort = effort;
    }

    /** @throws InvalidMessageException when the request's depot is no longer in the tenant's fleet */
    public Depot depotOf(PlanRequestEntity request) {
        return fleets.fleetOf(request.getTenant()).depot(request.getDepotId()).orElseThrow(() ->
                new InvalidMessageException("depotId", "depot '" + request.getDepotId()
                        + "' is no longer in the fleet of " + request.getTenant()));
    }

    /** The request's depot, day, fleet and effort with these orders to plan. */
    public PlanningRequest problem(PlanRequestEntity request, List<DeliveryOrder> orders, SolveProgress progress) {
        Depot depot = depotOf(request);
        Fleet fleet = fleetOfTheDay.forPlanning(request.getTenant(), depot, request.getPlanningDate());
        return PlanningRequest.builder()
                .planId(request.getId())
                .tenant(request.getTenant())
                .depot(depot)
                .planningDate(request.getPlanningDate())
                .vehicles(fleet.vehiclesAt(depot.getId()))
                .drivers(fleet.drivers())
                .costTable(costModel.table())
                .orders(orders)
                .options(PlanningOptions.builder()
                        .maxIterations(request.getMaxIterations())
                        .timeBudget(effort.timeBudget(request.getTenant()))
                        .threads(PLANNING_THREADS)
                        .progressListener(progress)
                        .build())
                .build();
    }
}
