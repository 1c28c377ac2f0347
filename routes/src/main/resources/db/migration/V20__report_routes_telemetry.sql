-- Planned versus driven. report_route: each route of the newest plan of a depot's day, as planned (start, end,
-- distance, the vehicle's energy or fuel per km). report_vehicle_day: what the vehicle's devices reported that day
-- (the vehicle's depot's day): distance between accepted positions, the device's own odometer and fuel counter at
-- the first and last report that had them, and passages above the harsh-speed threshold. report_exception: the
-- exceptions the tracking stage raises (delays, cold-chain excursions), which change no order's status.
-- report_stop.proof_required: the order asked for a photo or a signature at the door.
CREATE TABLE report_route (
    tenant                  VARCHAR(100) NOT NULL,
    depot_id                VARCHAR(100) NOT NULL,
    planning_date           DATE         NOT NULL,
    vehicle_id              VARCHAR(100) NOT NULL,
    plan_id                 VARCHAR(64)  NOT NULL,
    driver_id               VARCHAR(100),
    vehicle_type            VARCHAR(40),
    planned_start           TIMESTAMP WITH TIME ZONE,
    planned_end             TIMESTAMP WITH TIME ZONE,
    planned_distance_meters DOUBLE PRECISION NOT NULL,
    energy_per_km           DOUBLE PRECISION,
    CONSTRAINT pk_report_route PRIMARY KEY (tenant, depot_id, planning_date, vehicle_id)
);

CREATE TABLE report_vehicle_day (
    tenant                VARCHAR(100) NOT NULL,
    vehicle_id            VARCHAR(100) NOT NULL,
    planning_date         DATE         NOT NULL,
    positions             BIGINT       NOT NULL,
    distance_meters       DOUBLE PRECISION NOT NULL,
    first_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    last_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    odometer_first_meters DOUBLE PRECISION,
    odometer_last_meters  DOUBLE PRECISION,
    fuel_first_litres     DOUBLE PRECISION,
    fuel_last_litres      DOUBLE PRECISION,
    max_speed_kmh         DOUBLE PRECISION,
    last_speed_kmh        DOUBLE PRECISION,
    harsh_speed_events    INT          NOT NULL,
    CONSTRAINT pk_report_vehicle_day PRIMARY KEY (tenant, vehicle_id, planning_date)
);

CREATE TABLE report_exception (
    id          VARCHAR(64)  PRIMARY KEY,
    tenant      VARCHAR(100) NOT NULL,
    order_id    VARCHAR(64)  NOT NULL,
    reason_code VARCHAR(40)  NOT NULL,
    vehicle_id  VARCHAR(100),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_report_exception_order ON report_exception (order_id, reason_code, occurred_at);

ALTER TABLE report_stop ADD COLUMN proof_required BOOLEAN;
