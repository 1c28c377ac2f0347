-- Inbound jobs: a large message (over lastmile.inbound.job-above) or one sent with "Prefer: respond-async" is stored
-- here with its transport headers and answered 202 at once; a consumer of lastmile.inbound.jobs then takes it in as a
-- message of the inbound contract and records where it stands (QUEUED, RUNNING, DONE, FAILED), how far it got and
-- its outcome. The payload has a table of its own, so that reading jobs does not read megabytes, and is deleted once
-- the job is finished: the stored message (or its dead letter) keeps it.
CREATE TABLE inbound_job (
    id              VARCHAR(64)  PRIMARY KEY,
    tenant          VARCHAR(100) NOT NULL,
    format          VARCHAR(50)  NOT NULL,
    payload_sha256  CHAR(64)     NOT NULL,
    payload_bytes   INT          NOT NULL,
    headers         TEXT         NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    attempts        INT          NOT NULL,
    orders_total    INT,
    orders_stored   INT          NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE,
    touched_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    message_id      VARCHAR(64),
    result          TEXT,
    error           TEXT
);
CREATE INDEX ix_inbound_job_tenant ON inbound_job (tenant, received_at);
CREATE INDEX ix_inbound_job_payload ON inbound_job (tenant, payload_sha256);
CREATE INDEX ix_inbound_job_unfinished ON inbound_job (state, touched_at);

CREATE TABLE inbound_job_payload (
    job_id  VARCHAR(64) PRIMARY KEY REFERENCES inbound_job (id),
    payload BYTEA       NOT NULL
);
