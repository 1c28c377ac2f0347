-- Carrier manifests and carrier bookings. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- One manifest per carrier and cut-off that had orders to hand over.
CREATE TABLE carrier_manifest (
    id          VARCHAR(100) PRIMARY KEY,
    tenant      VARCHAR(100) NOT NULL,
    carrier_id  VARCHAR(100) NOT NULL,
    closed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by   VARCHAR(20)  NOT NULL,
    order_count INT          NOT NULL,
    formats     VARCHAR(200) NOT NULL
);
CREATE INDEX ix_carrier_manifest_carrier ON carrier_manifest (carrier_id, closed_at);

-- An order a plan gave to a carrier: its booking (tracking number, label) and the one manifest it went on.
-- manifest_id is set by a single conditional UPDATE, so two cut-offs (or two hub instances) never share an order.
CREATE TABLE carrier_shipment (
    carrier_id      VARCHAR(100) NOT NULL,
    order_id        VARCHAR(64)  NOT NULL REFERENCES delivery_order (id),
    tenant          VARCHAR(100) NOT NULL,
    plan_id         VARCHAR(64)  NOT NULL,
    vehicle_id      VARCHAR(100) NOT NULL,
    assigned_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    tracking_number VARCHAR(100),
    label_url       VARCHAR(2000),
    booked_at       TIMESTAMP WITH TIME ZONE,
    manifest_id     VARCHAR(100) REFERENCES carrier_manifest (id),
    PRIMARY KEY (carrier_id, order_id)
);
CREATE INDEX ix_carrier_shipment_open ON carrier_shipment (carrier_id, manifest_id);
CREATE UNIQUE INDEX uq_carrier_shipment_tracking ON carrier_shipment (carrier_id, tracking_number);

-- Webhook events already applied, by the carrier's event id: a carrier that sends one twice changes nothing twice.
CREATE TABLE carrier_webhook_event (
    carrier_id  VARCHAR(100) NOT NULL,
    event_id    VARCHAR(200) NOT NULL,
    order_id    VARCHAR(64)  NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (carrier_id, event_id)
);
