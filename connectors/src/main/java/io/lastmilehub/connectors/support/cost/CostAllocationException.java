package io.lastmilehub.connectors.support.cost;

/** A plan whose cost cannot be split over its deliveries, naming the field of the plan that is wrong and why. */
public class CostAllocationException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public CostAllocationException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The plan's field, as a path such as {@code routes[0].cost} or {@code cost.currency}. */
    public String getField() {
        return field;
    }

    /** What is wrong with it. */
    public String getReason() {
        return reason;
    }
}
