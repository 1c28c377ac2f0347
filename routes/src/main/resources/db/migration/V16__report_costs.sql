-- Reporting by vehicle type, cost and CO2: each report_stop row keeps its vehicle's type and whether it emits
-- nothing at the tailpipe, and the stop's share of its route's cost, CO2 and distance as the plan allocated them
-- (its own leg and service plus an even share of the rest of the route: fixed cost, return leg, breaks).
ALTER TABLE report_stop ADD COLUMN vehicle_type VARCHAR(40);
ALTER TABLE report_stop ADD COLUMN zero_emission BOOLEAN;
ALTER TABLE report_stop ADD COLUMN cost DECIMAL(14, 4);
ALTER TABLE report_stop ADD COLUMN currency CHAR(3);
ALTER TABLE report_stop ADD COLUMN co2_grams DOUBLE PRECISION;
ALTER TABLE report_stop ADD COLUMN distance_meters DOUBLE PRECISION;
CREATE INDEX ix_carrier_shipment_order ON carrier_shipment (order_id);

-- What optimisation saved, per depot and planned day: the newest plan of the day against the same vehicles driving
-- the orders in arrival order (see the plan's cost summary).
CREATE TABLE report_plan (
    tenant                      VARCHAR(100) NOT NULL,
    depot_id                    VARCHAR(100) NOT NULL,
    planning_date               DATE         NOT NULL,
    plan_id                     VARCHAR(64)  NOT NULL,
    distance_meters             DOUBLE PRECISION NOT NULL,
    driving_seconds             BIGINT       NOT NULL,
    unoptimised_distance_meters DOUBLE PRECISION NOT NULL,
    unoptimised_driving_seconds BIGINT       NOT NULL,
    CONSTRAINT pk_report_plan PRIMARY KEY (tenant, depot_id, planning_date)
);
