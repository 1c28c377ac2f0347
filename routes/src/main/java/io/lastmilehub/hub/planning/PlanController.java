package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Plan;
import io.lastmilehub.planning.render.PlanSvg;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Plans of the caller's tenant: make one for a depot, read one back, look at it. */
@RestController
@RequestMapping("/api/v1/plans")
public class PlanController {

    private final PlanningService planning;
    private final StoredPlans plans;
    private final FleetRegistry fleets;

    public PlanController(PlanningService planning, StoredPlans plans, FleetRegistry fleets) {
        this.planning = planning;
        this.plans = plans;
        this.fleets = fleets;
    }

    @PostMapping
    public ResponseEntity<Plan> plan(@RequestBody PlanCommand command, Authentication caller) {
        Plan plan = planning.planDepot(caller.getName(), command);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.getId())).body(plan);
    }

    @GetMapping("/{id}")
    public Plan get(@PathVariable String id, Authentication caller) {
        return plans.byId(caller.getName(), id);
    }

    /** The plan as a picture: depot, numbered stops and each vehicle's route in its own colour. */
    @GetMapping(path = "/{id}/map.svg", produces = "image/svg+xml")
    public String map(@PathVariable String id, Authentication caller) {
        Plan plan = get(id, caller);
        Depot depot = fleets.fleetOf(caller.getName()).depot(plan.getDepotId())
                .orElseThrow(() -> new NotFoundException("depot", plan.getDepotId()));
        return PlanSvg.render(plan, depot.getLocation());
    }
}
