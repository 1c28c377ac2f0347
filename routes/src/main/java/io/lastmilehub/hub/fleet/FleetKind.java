package io.lastmilehub.hub.fleet;

/** What a stored fleet version is of; its item id is the vehicle's or the driver's id. */
public enum FleetKind {
    VEHICLE("vehicle"),
    DRIVER("driver"),
    /** A driver's working days and days off, kept apart from the canonical driver; its item id is the driver's. */
    AVAILABILITY("availability of driver");

    private final String noun;

    FleetKind(String noun) {
        this.noun = noun;
    }

    /** How messages name it, e.g. "vehicle". */
    public String noun() {
        return noun;
    }
}
