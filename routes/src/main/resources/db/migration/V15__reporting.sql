-- Reporting: one row per order and planned day, from the newest plan of that day that had the order, either as a
-- stop (vehicle, driver, sequence, planned arrival) or set aside (unassigned reason). The window is the order's
-- time window the stop was planned in; day_start/day_end bound the planned day in the depot's time zone, so that
-- the KPI queries find the day's status events without time-zone arithmetic in SQL.
CREATE TABLE report_stop (
    tenant            VARCHAR(100) NOT NULL,
    order_id          VARCHAR(64)  NOT NULL REFERENCES delivery_order (id),
    planning_date     DATE         NOT NULL,
    plan_id           VARCHAR(64)  NOT NULL,
    depot_id          VARCHAR(100) NOT NULL,
    day_start         TIMESTAMP WITH TIME ZONE NOT NULL,
    day_end           TIMESTAMP WITH TIME ZONE NOT NULL,
    vehicle_id        VARCHAR(100),
    driver_id         VARCHAR(100),
    stop_sequence     INT,
    planned_arrival   TIMESTAMP WITH TIME ZONE,
    window_start      TIMESTAMP WITH TIME ZONE,
    window_end        TIMESTAMP WITH TIME ZONE,
    unassigned_reason VARCHAR(40),
    CONSTRAINT pk_report_stop PRIMARY KEY (tenant, order_id, planning_date)
);
CREATE INDEX ix_report_stop_day ON report_stop (tenant, planning_date, depot_id);
CREATE INDEX ix_status_event_order_status ON status_event (order_id, status, occurred_at);
