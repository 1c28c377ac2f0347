package io.lastmilehub.planning;

import io.lastmilehub.model.Route;

/**
 * A model route with its cost broken down, for the plan's cost summary.
 *
 * @param route     the route; its cost is fixed plus variable
 * @param fixedCost the vehicle's fixed cost
 * @param variable  distance, time, energy and CO2 of all legs, the return included
 * @param driving   seconds spent driving, the return included (no waiting, service or breaks)
 */
record PricedRoute(Route route, double fixedCost, LegCost variable, double driving) {
}
