package io.lastmilehub.connectors.support.cost;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What one delivery of a plan costs: its stop's own cost plus its share of what the route costs beyond its stops;
 * see {@link DeliveryCostAllocator}.
 *
 * @param orderId        the order served at the stop
 * @param planId         the plan
 * @param vehicleId      the vehicle of the route
 * @param serviceAt      when the stop is served (its ETA, else the route's start, else when the plan was made)
 * @param stopCost       cost of the leg to the stop and of the service there, rounded to the currency's minor unit
 * @param sharedCost     the stop's share of the route cost no single stop caused
 * @param sharedBy       how many stops of the route share that cost
 * @param currency       ISO 4217 currency of the amounts
 * @param distanceMeters distance of the leg to the stop plus its share of the rest of the route
 * @param co2Grams       CO2 of the leg to the stop plus its share of the rest of the route
 */
public record DeliveryCost(String orderId, String planId, String vehicleId, Instant serviceAt, BigDecimal stopCost,
                           BigDecimal sharedCost, int sharedBy, String currency, double distanceMeters,
                           double co2Grams) {

    /** The delivery's cost: the stop's own plus its share. */
    public BigDecimal total() {
        return stopCost.add(sharedCost);
    }
}
