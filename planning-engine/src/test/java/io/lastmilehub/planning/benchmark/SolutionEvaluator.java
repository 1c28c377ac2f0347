package io.lastmilehub.planning.benchmark;

import io.lastmilehub.planning.solomon.SolomonInstance;
import io.lastmilehub.planning.solomon.SolomonNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a solution against the instance independently of the solver that found it, in double precision, and
 * measures it. Rules (Solomon's): every customer served exactly once; service starts inside [ready, due] (arriving
 * early means waiting); the load of a route is at most the capacity; every route is back at the depot by its due
 * time; at most the instance's number of vehicles. Time comparisons allow {@value #EPSILON} for rounding.
 */
public final class SolutionEvaluator {

    /** Tolerance of time comparisons. */
    static final double EPSILON = 1e-6;

    /** Measures the solution and names the first rule it breaks, if any. */
    public Evaluation evaluate(SolomonInstance instance, VrptwSolution solution) {
        Map<Integer, SolomonNode> customers = new HashMap<>();
        instance.customers().forEach(customer -> customers.put(customer.number(), customer));
        Set<Integer> served = new HashSet<>();
        double distance = 0;
        String violation = "";
        for (List<Integer> route : solution.routes()) {
            RouteCheck check = checkRoute(instance, customers, served, route);
            distance += check.distance;
            if (violation.isEmpty()) {
                violation = check.violation;
            }
        }
        if (violation.isEmpty() && served.size() < customers.size()) {
            violation = (customers.size() - served.size()) + " customers not served";
        }
        if (violation.isEmpty() && solution.routes().size() > instance.vehicleCount()) {
            violation = solution.routes().size() + " routes, only " + instance.vehicleCount() + " vehicles";
        }
        return new Evaluation(solution.routes().size(), distance, violation.isEmpty(), violation);
    }

    private static RouteCheck checkRoute(SolomonInstance instance, Map<Integer, SolomonNode> customers,
                                         Set<Integer> served, List<Integer> route) {
        SolomonNode depot = instance.depot();
        SolomonNode previous = depot;
        double time = depot.readyTime();
        double distance = 0;
        int load = 0;
        String violation = "";
        for (int number : route) {
            SolomonNode customer = customers.get(number);
            if (customer == null) {
                return new RouteCheck(distance, "customer " + number + " does not exist");
            }
            if (!served.add(number) && violation.isEmpty()) {
                violation = "customer " + number + " served twice";
            }
            double leg = previous.distanceTo(customer);
            distance += leg;
            time = Math.max(time + leg, customer.readyTime());
            if (time > customer.dueTime() + EPSILON && violation.isEmpty()) {
                violation = "customer " + number + " served at " + time + " after its due time " + customer.dueTime();
            }
            time += customer.serviceTime();
            load += customer.demand();
            previous = customer;
        }
        double back = previous.distanceTo(depot);
        distance += back;
        if (time + back > depot.dueTime() + EPSILON && violation.isEmpty()) {
            violation = "route " + route + " returns at " + (time + back) + " after " + depot.dueTime();
        }
        if (load > instance.vehicleCapacity() && violation.isEmpty()) {
            violation = "route " + route + " carries " + load + " over capacity " + instance.vehicleCapacity();
        }
        return new RouteCheck(distance, violation);
    }

    private record RouteCheck(double distance, String violation) {
    }
}
