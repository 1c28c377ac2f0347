package io.lastmilehub.hub.console;

import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.planning.StoredPlans;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.planning.render.PlanSvg;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The plan pages: the tenant's newest plans, and one plan with its map (the picture of {@code GET
 * /api/v1/plans/{id}/map.svg}, drawn in the page: no tiles, no script) and its routes stop by stop.
 */
@RestController
public class ConsolePlanController {

    private static final int RECENT = 30;

    private final StoredPlans plans;
    private final FleetRegistry fleets;

    public ConsolePlanController(StoredPlans plans, FleetRegistry fleets) {
        this.plans = plans;
        this.fleets = fleets;
    }

    @GetMapping(path = "/console/plans", produces = ConsoleController.HTML)
    public String recent(Authentication caller) {
        List<Plan> recent = plans.recent(caller.getName(), RECENT);
        StringBuilder body = new StringBuilder();
        if (recent.isEmpty()) {
            body.append("<p class=\"empty\">No plans yet.</p>");
        } else {
            body.append("<table id=\"plans\"><thead><tr><th>Plan</th><th>Depot</th><th>Made at</th><th>Routes</th>")
                    .append("<th>Stops</th><th>Unassigned</th><th>Distance</th></tr></thead><tbody>");
            recent.forEach(plan -> body.append("<tr data-id=\"").append(Html.text(plan.getId())).append("\"><td>")
                    .append("<a href=\"/console/plans/").append(Html.url(plan.getId())).append("\">")
                    .append(Html.text(plan.getId())).append("</a></td><td>").append(Html.text(plan.getDepotId()))
                    .append("</td><td>").append(Html.text(plan.getCreatedAt())).append("</td><td>")
                    .append(plan.getRoutes().size()).append("</td><td>").append(stops(plan)).append("</td><td>")
                    .append(plan.getUnassigned().size()).append("</td><td>").append(km(plan.getRoutes()))
                    .append("</td></tr>"));
            body.append("</tbody></table>");
        }
        return ConsolePage.render("Plans", caller.getName(), "plans", body.toString());
    }

    @GetMapping(path = "/console/plans/{id}", produces = ConsoleController.HTML)
    public String plan(@PathVariable String id, Authentication caller) {
        Plan plan = plans.byId(caller.getName(), id);
        Optional<Depot> depot = fleets.fleetOf(caller.getName()).depot(plan.getDepotId());
        StringBuilder body = new StringBuilder("<p>Depot ").append(Html.text(plan.getDepotId())).append(", made at ")
                .append(Html.text(plan.getCreatedAt())).append(", ").append(km(plan.getRoutes())).append(".</p>");
        // PlanSvg writes its own escaped SVG; it is markup, not text.
        depot.ifPresent(d -> body.append("<div class=\"map\" id=\"map\">")
                .append(PlanSvg.render(plan, d.getLocation())).append("</div>"));
        body.append("<table id=\"stops\"><thead><tr><th>Vehicle</th><th>#</th><th>Order</th><th>ETA</th></tr>")
                .append("</thead><tbody>");
        for (Route route : plan.getRoutes()) {
            for (Stop stop : route.getStops()) {
                body.append("<tr><td>").append(Html.text(route.getVehicleId())).append("</td><td>")
                        .append(stop.getSequence()).append("</td><td>").append(Html.text(stop.getOrderId()))
                        .append("</td><td>").append(Html.text(stop.getEta())).append("</td></tr>");
            }
        }
        body.append("</tbody></table>");
        return ConsolePage.render("Plan " + plan.getId(), caller.getName(), "plans", body.toString());
    }

    private static int stops(Plan plan) {
        return plan.getRoutes().stream().mapToInt(route -> route.getStops().size()).sum();
    }

    private static String km(List<Route> routes) {
        return String.format(Locale.ROOT, "%.1f km",
                routes.stream().mapToDouble(Route::getDistanceMeters).sum() / 1000);
    }
}
