-- Reporting by vehicle type, cost and CO2: each report_stop row keeps its vehicle's type and whether it emits
-- nothing at the tailpipe, and the stop's share of its route's cost, CO2 and distance as the plan allocated them
-- (its own leg and service plus an even share of the rest of the route: fixed cost, return leg, breaks).
ALTER TABLE report_stop ADD COLUMN vehicle_type VARCHAR(40);
ALTER TABLE report_stop ADD COLUMN zero_emission BOOLEAN;
ALTER TABLE report_stop ADD COLUMN cost DECIMAL(14, 4);
ALTER TABLE report_stop ADD COLUMN currency CHAR(3);
ALTER TABLE report_stop ADD COLUMN co2_grams DOUBLE PRECISION;
ALTER TABLE report_stop ADD COLUMN distance_meters DOUBLE PRECISION;
CREATE INDEX ix_carrier_shipment_order ON carrier_shipment (order_id);
