-- Devices bound through the API (those bound in the configuration are not stored here). A device id is global: the
-- OsmAnd and flespi protocols name the device only, so it identifies its tenant. The device's secret (HTTP Basic
-- password for OwnTracks, MQTT password) is kept as its SHA-256 only.
CREATE TABLE device_binding (
    id            VARCHAR(64)  PRIMARY KEY,
    tenant        VARCHAR(100) NOT NULL,
    vehicle_id    VARCHAR(100) NOT NULL,
    driver_id     VARCHAR(100),
    secret_sha256 CHAR(64),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_device_binding_tenant ON device_binding (tenant);

-- The token of the public tracking page /track/{token}: 128 random bits. Orders stored before this version get
-- theirs the first time it is asked for.
ALTER TABLE delivery_order ADD COLUMN tracking_token VARCHAR(43);
CREATE UNIQUE INDEX uq_delivery_order_tracking_token ON delivery_order (tracking_token);

-- The newest live ETA of every order on a tracked route, and where its vehicle was then (for the tracking page).
CREATE TABLE order_eta (
    order_id        VARCHAR(64)  PRIMARY KEY REFERENCES delivery_order (id),
    tenant          VARCHAR(100) NOT NULL,
    plan_id         VARCHAR(64),
    vehicle_id      VARCHAR(100) NOT NULL,
    stop_sequence   INT          NOT NULL,
    stops_before    INT          NOT NULL,
    planned_eta     TIMESTAMP WITH TIME ZONE,
    eta             TIMESTAMP WITH TIME ZONE NOT NULL,
    vehicle_lat     DOUBLE PRECISION NOT NULL,
    vehicle_lon     DOUBLE PRECISION NOT NULL,
    position_time   TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL
);
