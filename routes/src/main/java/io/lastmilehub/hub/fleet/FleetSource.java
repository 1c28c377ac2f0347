package io.lastmilehub.hub.fleet;

/** Who made a fleet version: the tenant's fleet file at start-up, or a call to the fleet API. */
public enum FleetSource {
    FILE,
    API
}
