-- The day a plan is for (in its depot's time zone), so that the latest plan of a depot and day can be found.
ALTER TABLE delivery_plan ADD COLUMN planning_date DATE;
CREATE INDEX ix_delivery_plan_day ON delivery_plan (tenant, depot_id, planning_date, created_at);
