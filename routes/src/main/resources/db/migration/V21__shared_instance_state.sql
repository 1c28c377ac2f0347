-- State that hub instances share. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- ShedLock (net.javacrumbs.shedlock, JDBC provider): one row per scheduled job; the instance that holds a job's row
-- until lock_until runs the tick, the others skip it. Times are the database's (ShedLock's usingDbTime), in UTC,
-- so the instances' clocks need not agree. The layout is ShedLock's own.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);

-- The last position the tracking chain accepted from each device, whichever instance took it: where a re-plan
-- starts the vehicle, what the device views show, and what the next report of the device is checked against
-- (order, distance, motion). position is the canonical TrackingPosition as JSON.
CREATE TABLE device_position (
    device_id       VARCHAR(64)  PRIMARY KEY,
    tenant          VARCHAR(100) NOT NULL,
    vehicle_id      VARCHAR(100) NOT NULL,
    position_time   TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_fix       BOOLEAN      NOT NULL,
    odometer_meters DOUBLE PRECISION NOT NULL,
    moving          BOOLEAN      NOT NULL,
    position        TEXT         NOT NULL
);
CREATE INDEX ix_device_position_vehicle ON device_position (tenant, vehicle_id);

-- The tracking page's lookups of unknown tokens, per client address and minute, counted by every instance together.
-- Minutes that have passed are deleted by a scheduled purge.
CREATE TABLE tracking_lookup_failure (
    client       VARCHAR(100) NOT NULL,
    minute_start TIMESTAMP WITH TIME ZONE NOT NULL,
    failures     INT          NOT NULL,
    CONSTRAINT pk_tracking_lookup_failure PRIMARY KEY (client, minute_start)
);
CREATE INDEX ix_tracking_lookup_failure_minute ON tracking_lookup_failure (minute_start);
