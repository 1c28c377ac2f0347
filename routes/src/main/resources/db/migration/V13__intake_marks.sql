-- When the intake stage took an order (null: not yet), and when a sweep last put it back on the intake queue.
-- Neither is mapped by the order entity, so that saving an order loaded earlier never resets them.
alter table delivery_order add column intake_at timestamp with time zone;
alter table delivery_order add column requeued_at timestamp with time zone;
update delivery_order set intake_at = created_at;
create index delivery_order_intake_pending on delivery_order (intake_at, created_at);
