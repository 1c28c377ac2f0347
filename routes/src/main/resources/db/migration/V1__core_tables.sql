-- Core tables of the hub. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- Every message the hub accepted, exactly as received; the idempotency keys are unique here.
CREATE TABLE inbound_message (
    id                VARCHAR(64)  PRIMARY KEY,
    tenant            VARCHAR(100) NOT NULL,
    format            VARCHAR(50)  NOT NULL,
    source_system     VARCHAR(100) NOT NULL,
    source_message_id VARCHAR(200) NOT NULL,
    payload_sha256    CHAR(64)     NOT NULL,
    payload           BYTEA        NOT NULL,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    order_ids         TEXT         NOT NULL,
    CONSTRAINT uq_inbound_source UNIQUE (tenant, source_system, source_message_id),
    CONSTRAINT uq_inbound_payload UNIQUE (tenant, payload_sha256)
);

-- Canonical orders; the document is the canonical JSON, the columns are what queries filter on.
CREATE TABLE delivery_order (
    id                 VARCHAR(64)  PRIMARY KEY,
    tenant             VARCHAR(100) NOT NULL,
    status             VARCHAR(30)  NOT NULL,
    depot_id           VARCHAR(100),
    inbound_message_id VARCHAR(64)  NOT NULL REFERENCES inbound_message (id),
    document           TEXT         NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT       NOT NULL
);
CREATE INDEX ix_delivery_order_tenant_status ON delivery_order (tenant, status, depot_id);

-- The history of every order's status.
CREATE TABLE status_event (
    id          VARCHAR(64)  PRIMARY KEY,
    tenant      VARCHAR(100) NOT NULL,
    order_id    VARCHAR(64)  NOT NULL REFERENCES delivery_order (id),
    status      VARCHAR(30)  NOT NULL,
    reason_code VARCHAR(40),
    reason      VARCHAR(500),
    plan_id     VARCHAR(64),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_status_event_order ON status_event (order_id, occurred_at);

CREATE TABLE delivery_plan (
    id         VARCHAR(64)  PRIMARY KEY,
    tenant     VARCHAR(100) NOT NULL,
    depot_id   VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    document   TEXT         NOT NULL
);
CREATE INDEX ix_delivery_plan_tenant ON delivery_plan (tenant, depot_id, created_at);

-- Messages that could not be processed: reason, original payload and headers, and where to replay them.
CREATE TABLE dead_letter (
    id               VARCHAR(64)  PRIMARY KEY,
    tenant           VARCHAR(100),
    reason           TEXT         NOT NULL,
    error_type       VARCHAR(200) NOT NULL,
    route_id         VARCHAR(200),
    endpoint_uri     VARCHAR(1000),
    payload          BYTEA,
    headers          TEXT         NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    replay_count     INT          NOT NULL,
    last_replayed_at TIMESTAMP WITH TIME ZONE,
    replay_outcome   VARCHAR(1000)
);
CREATE INDEX ix_dead_letter_tenant ON dead_letter (tenant, created_at);
