package io.lastmilehub.planning.render;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.StopType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Draws a plan as an SVG picture on a plain background (no map tiles, so it works offline): the depot as a square,
 * each route in its own colour from the depot through its numbered stops and back, and a legend with each vehicle's
 * stops, distance and cost.
 */
public final class PlanSvg {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
        "#8c564b", "#e377c2", "#bcbd22", "#7f7f7f"};
    private static final double WIDTH = 900;
    private static final double MAP_HEIGHT = 640;
    private static final double MARGIN = 40;
    private static final double LEGEND_LINE = 18;

    private PlanSvg() {
    }

    /** The picture of the plan, with routes starting and ending at the depot's point. */
    public static String render(Plan plan, GeoPoint depot) {
        MapProjection map = new MapProjection(pointsOf(plan, depot), WIDTH, MAP_HEIGHT, MARGIN);
        double height = MAP_HEIGHT + LEGEND_LINE * (plan.getRoutes().size() + 2);
        SvgWriter svg = new SvgWriter(WIDTH, height);
        svg.rect(0, 0, WIDTH, MAP_HEIGHT, "#f7f7f2", "#cccccc");
        for (int r = 0; r < plan.getRoutes().size(); r++) {
            drawRoute(svg, map, plan.getRoutes().get(r), depot, COLOURS[r % COLOURS.length]);
        }
        svg.rect(map.px(depot) - 7, map.py(depot) - 7, 14, 14, "#000000", "#ffffff");
        svg.text(map.px(depot) + 11, map.py(depot) - 9, "depot " + plan.getDepotId(), 12, "#000000", "start");
        drawLegend(svg, plan);
        return svg.finish();
    }

    private static void drawRoute(SvgWriter svg, MapProjection map, Route route, GeoPoint depot, String colour) {
        List<double[]> line = new ArrayList<>();
        line.add(new double[] {map.px(depot), map.py(depot)});
        for (Stop stop : route.getStops()) {
            if (stop.getLocation() != null) {
                line.add(new double[] {map.px(stop.getLocation()), map.py(stop.getLocation())});
            }
        }
        line.add(new double[] {map.px(depot), map.py(depot)});
        svg.polyline(line, colour, "route " + route.getVehicleId());
        for (Stop stop : route.getStops()) {
            if (stop.getLocation() != null) {
                double x = map.px(stop.getLocation());
                double y = map.py(stop.getLocation());
                String what = stop.getType() == StopType.BREAK ? "driver's break" : stop.getOrderId();
                svg.circle(x, y, 9, colour, "stop " + stop.getSequence() + ": " + what
                        + (stop.getEta() == null ? "" : ", ETA " + stop.getEta()));
                svg.text(x, y + 4, Integer.toString(stop.getSequence()), 10, "#ffffff", "middle");
            }
        }
    }

    private static void drawLegend(SvgWriter svg, Plan plan) {
        double y = MAP_HEIGHT + LEGEND_LINE;
        String currency = plan.getCost() == null ? "" : Objects.toString(plan.getCost().getCurrency(), "");
        svg.text(MARGIN, y, String.format(Locale.ROOT, "Plan %s, depot %s: %d routes, %d unassigned",
                plan.getId(), plan.getDepotId(), plan.getRoutes().size(), plan.getUnassigned().size()), 13,
                "#000000", "start");
        for (int r = 0; r < plan.getRoutes().size(); r++) {
            Route route = plan.getRoutes().get(r);
            y += LEGEND_LINE;
            svg.rect(MARGIN, y - 10, 12, 12, COLOURS[r % COLOURS.length], COLOURS[r % COLOURS.length]);
            svg.text(MARGIN + 20, y, String.format(Locale.ROOT, "%s (%s): %d stops, %.1f km, %.2f %s",
                    route.getVehicleId(), route.getVehicleType(), route.getStops().size(),
                    route.getDistanceMeters() / 1000, route.getCost(), currency), 12, "#000000", "start");
        }
    }

    private static List<GeoPoint> pointsOf(Plan plan, GeoPoint depot) {
        List<GeoPoint> points = new ArrayList<>();
        points.add(depot);
        plan.getRoutes().forEach(route -> route.getStops().stream().map(Stop::getLocation)
                .filter(Objects::nonNull).forEach(points::add));
        return points;
    }
}
