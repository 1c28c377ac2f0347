package io.lastmilehub.hub.planning;

import java.time.LocalDate;

/**
 * Body of {@code POST /api/v1/plans}.
 *
 * @param depotId depot whose open orders to plan
 * @param date    day to plan, in the depot's zone; the depot's current day when left out
 */
public record PlanCommand(String depotId, LocalDate date) {
}
