-- Dynamic planning: a request may name the plan under way it changes (re-plan after a delay, orders inserted,
-- orders dispatched), the orders it adds, and (dispatch) the decisions it made. A plan replaced by a newer version
-- names its successor.
ALTER TABLE plan_request ADD COLUMN base_plan_id VARCHAR(64);
ALTER TABLE plan_request ADD COLUMN order_ids TEXT;
ALTER TABLE plan_request ADD COLUMN outcome TEXT;
ALTER TABLE delivery_plan ADD COLUMN superseded_by VARCHAR(64);
