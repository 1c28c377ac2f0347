package io.lastmilehub.hub.console;

import io.lastmilehub.hub.carriers.Carrier;
import io.lastmilehub.hub.carriers.CarrierConfig;
import io.lastmilehub.hub.carriers.CarrierRegistry;
import io.lastmilehub.hub.edi.TradingPartner;
import io.lastmilehub.hub.edi.TradingPartners;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RouteTemplateDefinition;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.TreeMap;

/**
 * The configuration page, read-only: the tenant's trading partners, carriers and the routes made from route
 * templates for it (a route is the tenant's when its {@code tenant} parameter names it, or its {@code partner} or
 * {@code carrier} parameter names one of the tenant's). No credential is shown ({@link Redacted}).
 */
@RestController
public class ConsoleConfigurationController {

    private final TradingPartners partners;
    private final CarrierRegistry carriers;
    private final CamelContext camel;

    public ConsoleConfigurationController(TradingPartners partners, CarrierRegistry carriers, CamelContext camel) {
        this.partners = partners;
        this.carriers = carriers;
        this.camel = camel;
    }

    @GetMapping(path = "/console/configuration", produces = ConsoleController.HTML)
    public String configuration(Authentication caller) {
        String tenant = caller.getName();
        List<TradingPartner> own = partners.all().stream().filter(p -> tenant.equals(p.tenant()))
                .sorted(Comparator.comparing(TradingPartner::id)).toList();
        List<Carrier> carried = carriers.all().stream().filter(c -> tenant.equals(c.tenant()))
                .sorted(Comparator.comparing(Carrier::id)).toList();
        String body = "<h2>Trading partners</h2>" + partnerTable(own) + "<h2>Carriers</h2>" + carrierTable(carried)
                + "<h2>Routes from templates</h2>" + routeTable(tenant, own, carried);
        return ConsolePage.render("Configuration", tenant, "configuration", body);
    }

    private static String partnerTable(List<TradingPartner> own) {
        if (own.isEmpty()) {
            return "<p class=\"empty\">No trading partners.</p>";
        }
        StringBuilder table = new StringBuilder("<table id=\"partners\"><thead><tr><th>Partner</th><th>Standard</th>")
                .append("<th>Version</th><th>Takes</th><th>Sends</th><th>Acknowledgements</th><th>Transport</th>")
                .append("</tr></thead><tbody>");
        for (TradingPartner p : own) {
            table.append("<tr data-id=\"").append(Html.text(p.id())).append("\"><td>").append(Html.text(p.id()))
                    .append("</td><td>").append(p.standard()).append("</td><td>").append(Html.text(p.version()))
                    .append("</td><td>").append(Html.text(String.join(", ", new TreeSet<>(p.inbound()))))
                    .append("</td><td>").append(Html.text(String.join(", ", new TreeSet<>(p.outbound()))))
                    .append("</td><td>").append(p.acknowledgements()).append("</td><td>")
                    .append(p.transport() == null ? "" : Html.text(p.transport().template())).append("</td></tr>");
        }
        return table.append("</tbody></table>").toString();
    }

    private static String carrierTable(List<Carrier> carried) {
        if (carried.isEmpty()) {
            return "<p class=\"empty\">No carriers.</p>";
        }
        StringBuilder table = new StringBuilder("<table id=\"carriers\"><thead><tr><th>Carrier</th><th>Name</th>")
                .append("<th>Vehicles</th><th>Cut-off</th><th>Manifest</th><th>Manifest goes to</th>")
                .append("<th>Booking API</th><th>Webhooks</th></tr></thead><tbody>");
        for (Carrier carrier : carried) {
            CarrierConfig c = carrier.config();
            table.append("<tr data-id=\"").append(Html.text(carrier.id())).append("\"><td>")
                    .append(Html.text(carrier.id())).append("</td><td>").append(Html.text(c.name())).append("</td><td>")
                    .append(Html.text(c.carries() == null ? "" : String.join(", ", c.carries().vehicleIds())))
                    .append("</td><td>").append(Html.text(c.cutOff() == null ? null : c.cutOff().cron()))
                    .append("</td><td>").append(Html.text(c.manifest() == null ? null : c.manifest().formats()))
                    .append("</td><td>").append(Html.text(c.manifest() == null ? null
                            : Redacted.value("endpoint", c.manifest().endpoint())))
                    .append("</td><td>").append(c.api() == null ? "no" : "yes").append("</td><td>")
                    .append(c.webhook() == null ? "no" : "yes").append("</td></tr>");
        }
        return table.append("</tbody></table>").toString();
    }

    private String routeTable(String tenant, List<TradingPartner> own, List<Carrier> carried) {
        List<String> partnerIds = own.stream().map(TradingPartner::id).toList();
        List<String> carrierIds = carried.stream().map(Carrier::id).toList();
        StringBuilder rows = new StringBuilder();
        camel.getRoutes().stream().filter(Route::isCreatedByRouteTemplate)
                .sorted(Comparator.comparing(Route::getRouteId)).forEach(route -> {
                    Map<String, Object> parameters = parametersOf(route.getRouteId());
                    if (tenant.equals(parameters.get("tenant")) || partnerIds.contains(parameters.get("partner"))
                            || carrierIds.contains(parameters.get("carrier"))) {
                        rows.append(routeRow(route, parameters));
                    }
                });
        if (rows.isEmpty()) {
            return "<p class=\"empty\">No routes from templates.</p>";
        }
        return "<table id=\"routes\"><thead><tr><th>Route</th><th>Template</th><th>Parameters</th><th>Status</th>"
                + "</tr></thead><tbody>" + rows + "</tbody></table>";
    }

    private Map<String, Object> parametersOf(String routeId) {
        RouteDefinition definition = model().getRouteDefinition(routeId);
        return definition == null || definition.getTemplateParameters() == null ? Map.of()
                : new TreeMap<>(definition.getTemplateParameters());
    }

    /**
     * The template a route was made from. Camel keeps no reference to it, but the route keeps the template's input
     * as written ({@code file:{{directory}}}): the one template with that input.
     */
    private String templateOf(String routeId) {
        RouteDefinition definition = model().getRouteDefinition(routeId);
        if (definition == null || definition.getInput() == null) {
            return "";
        }
        String input = definition.getInput().getEndpointUri();
        List<String> matching = model().getRouteTemplateDefinitions().stream()
                .filter(template -> template.getRoute() != null && template.getRoute().getInput() != null
                        && Objects.equals(input, template.getRoute().getInput().getEndpointUri()))
                .map(RouteTemplateDefinition::getId).toList();
        return matching.size() == 1 ? matching.get(0) : "";
    }

    /** A parameter with its placeholders ({@code {{lastmile.inbox.dir}}}) resolved, as the route uses it. */
    private Object resolved(Object value) {
        if (!(value instanceof String text) || !text.contains("{{")) {
            return value;
        }
        try {
            return camel.resolvePropertyPlaceholders(text);
        } catch (RuntimeException unresolvable) {
            return text;
        }
    }

    private ModelCamelContext model() {
        return (ModelCamelContext) camel;
    }

    private String routeRow(Route route, Map<String, Object> parameters) {
        StringBuilder shown = new StringBuilder("<dl class=\"facts\">");
        parameters.forEach((name, value) -> shown.append("<dt>").append(Html.text(name)).append("</dt><dd>")
                .append(Html.text(Redacted.value(name, resolved(value)))).append("</dd>"));
        return "<tr data-id=\"" + Html.text(route.getRouteId()) + "\"><td>" + Html.text(route.getRouteId())
                + "</td><td>" + Html.text(templateOf(route.getRouteId())) + "</td><td>" + shown + "</dl></td><td>"
                + Html.text(camel.getRouteController().getRouteStatus(route.getRouteId())) + "</td></tr>";
    }
}
