-- Plan requests: what was asked (depot, day, why), where it stands (QUEUED, RUNNING, DONE, FAILED) and how far its
-- search is. The plan, once made, is the delivery_plan row with the same id.
CREATE TABLE plan_request (
    id                VARCHAR(64)  PRIMARY KEY,
    tenant            VARCHAR(100) NOT NULL,
    depot_id          VARCHAR(100) NOT NULL,
    planning_date     DATE         NOT NULL,
    trigger_type      VARCHAR(20)  NOT NULL,
    trigger_reason    VARCHAR(500),
    -- Set where a request must be made once only: a cut-off fired by several hub instances, a late vehicle.
    dedupe_key        VARCHAR(300),
    state             VARCHAR(20)  NOT NULL,
    failure_reason    VARCHAR(1000),
    attempts          INT          NOT NULL,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE,
    finished_at       TIMESTAMP WITH TIME ZONE,
    max_iterations    INT          NOT NULL,
    iterations        INT          NOT NULL,
    best_cost         DOUBLE PRECISION,
    best_vehicles     INT,
    best_unassigned   INT,
    progress_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_plan_request_dedupe UNIQUE (dedupe_key)
);
CREATE INDEX ix_plan_request_depot ON plan_request (tenant, depot_id, state, requested_at);
CREATE INDEX ix_plan_request_tenant ON plan_request (tenant, requested_at);
