package io.lastmilehub.connectors.support.cost;

import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.StopType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Splits the cost of a plan's routes over the deliveries on them. Each delivery carries the cost of its own stop
 * (Stop.cost: the leg to it and the service there) plus an even share of the rest of its route's cost: Route.cost
 * less the costs of the stops that serve an order, that is the vehicle's fixed cost, the return leg and breaks.
 *
 * <p>Even, not by weight: on a last-mile route the rest is paid per tour (the van is hired, the driver paid, the
 * way home driven) whatever each parcel weighs, vans fill up by volume and stop count long before weight, and an
 * even split needs nothing but the plan, so the same plan always yields the same records. Distance and CO2 are
 * split the same way. Amounts are rounded to the currency's minor unit; the shares differ by at most one minor unit,
 * the first stops in driving order taking the odd ones, so that a route's deliveries add up to its cost.
 */
public final class DeliveryCostAllocator {

    private DeliveryCostAllocator() {
    }

    /**
     * The cost of every delivery of the plan, route by route in driving order.
     *
     * @throws CostAllocationException naming the field when the plan has no currency, or a route costs less than its
     *                              stops by half a minor unit or more
     */
    public static List<DeliveryCost> allocate(Plan plan) {
        String currency = currency(plan);
        int scale = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        List<DeliveryCost> costs = new ArrayList<>();
        for (int i = 0; i < plan.getRoutes().size(); i++) {
            costs.addAll(route(plan, plan.getRoutes().get(i), "routes[" + i + "]", currency, scale));
        }
        return costs;
    }

    private static List<DeliveryCost> route(Plan plan, Route route, String path, String currency, int scale) {
        List<Stop> stops = route.getStops().stream()
                .filter(stop -> stop.getOrderId() != null && stop.getType() != StopType.BREAK).toList();
        if (stops.isEmpty()) {
            return List.of();
        }
        BigDecimal stopsCost = stops.stream().map(stop -> BigDecimal.valueOf(stop.getCost()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rest = BigDecimal.valueOf(route.getCost()).subtract(stopsCost);
        // The planner adds the same doubles in its own order, so the route may come out a few ulps below the exact sum
        // of its stops: less than half a minor unit below is rounding, and shares nothing.
        if (rest.compareTo(halfMinorUnit(scale).negate()) < 0) {
            throw new CostAllocationException(path + ".cost", "the route of vehicle " + route.getVehicleId() + " costs "
                    + route.getCost() + ", less than its stops (" + stopsCost.toPlainString() + ")");
        }
        long[] shares = split(minor(route.getCost(), scale) - stops.stream()
                .mapToLong(stop -> minor(stop.getCost(), scale)).sum(), stops.size());
        double restDistance = Math.max(0, route.getDistanceMeters()
                - stops.stream().mapToDouble(Stop::getDistanceMeters).sum()) / stops.size();
        double restCo2 = Math.max(0, route.getCo2Grams() - stops.stream().mapToDouble(Stop::getCo2Grams).sum())
                / stops.size();
        List<DeliveryCost> costs = new ArrayList<>();
        for (int i = 0; i < stops.size(); i++) {
            Stop stop = stops.get(i);
            costs.add(new DeliveryCost(stop.getOrderId(), plan.getId(), route.getVehicleId(),
                    serviceAt(plan, route, stop), BigDecimal.valueOf(minor(stop.getCost(), scale), scale),
                    BigDecimal.valueOf(shares[i], scale), stops.size(), currency,
                    stop.getDistanceMeters() + restDistance, stop.getCo2Grams() + restCo2));
        }
        return costs;
    }

    /** An amount split into even parts, the first ones taking the odd minor units; a negative amount gives zeros. */
    private static long[] split(long amount, int parts) {
        long[] shares = new long[parts];
        long positive = Math.max(0, amount);
        for (int i = 0; i < parts; i++) {
            shares[i] = positive / parts + (i < positive % parts ? 1 : 0);
        }
        return shares;
    }

    /** Half the currency's smallest amount, e.g. 0.005 EUR. */
    private static BigDecimal halfMinorUnit(int scale) {
        return BigDecimal.valueOf(5, scale + 1);
    }

    /** An amount in minor units of the currency, e.g. 9.75 EUR as 975. */
    private static long minor(double amount, int scale) {
        return BigDecimal.valueOf(amount).setScale(scale, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    private static Instant serviceAt(Plan plan, Route route, Stop stop) {
        if (stop.getEta() != null) {
            return stop.getEta();
        }
        return route.getStart() != null ? route.getStart() : plan.getCreatedAt();
    }

    private static String currency(Plan plan) {
        String currency = plan.getCost() == null ? null : plan.getCost().getCurrency();
        if (currency == null || currency.isBlank()) {
            throw new CostAllocationException("cost.currency", "missing: plan " + plan.getId() + " has no currency, so "
                    + "its costs cannot be posted");
        }
        try {
            Currency.getInstance(currency);
            return currency;
        } catch (IllegalArgumentException e) {
            throw new CostAllocationException("cost.currency", "'" + currency + "' is no ISO 4217 currency");
        }
    }
}
