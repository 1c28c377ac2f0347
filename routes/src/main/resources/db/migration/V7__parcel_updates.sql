-- Parcel updates (ship notices, warehouse confirmations) find their order by its external references, so those
-- become columns. Orders stored before this version keep them empty: updates cannot match them.
ALTER TABLE delivery_order ADD COLUMN erp_delivery VARCHAR(100);
ALTER TABLE delivery_order ADD COLUMN erp_sales_order VARCHAR(100);
ALTER TABLE delivery_order ADD COLUMN customer_po VARCHAR(100);
ALTER TABLE delivery_order ADD COLUMN shop_order VARCHAR(100);
CREATE INDEX ix_delivery_order_erp_delivery ON delivery_order (tenant, erp_delivery);
CREATE INDEX ix_delivery_order_erp_sales_order ON delivery_order (tenant, erp_sales_order);
CREATE INDEX ix_delivery_order_customer_po ON delivery_order (tenant, customer_po);
CREATE INDEX ix_delivery_order_shop_order ON delivery_order (tenant, shop_order);

-- Every parcel update the hub accepted: applied to its order, or parked (order_id empty) until the order arrives.
CREATE TABLE parcel_update (
    id                 VARCHAR(80)  PRIMARY KEY,
    tenant             VARCHAR(100) NOT NULL,
    inbound_message_id VARCHAR(64)  NOT NULL REFERENCES inbound_message (id),
    erp_delivery       VARCHAR(100),
    erp_sales_order    VARCHAR(100),
    customer_po        VARCHAR(100),
    shop_order         VARCHAR(100),
    event              VARCHAR(20)  NOT NULL,
    document           TEXT         NOT NULL,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    order_id           VARCHAR(64)  REFERENCES delivery_order (id),
    applied_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_parcel_update_parked ON parcel_update (tenant, order_id, received_at);

-- A history entry that keeps the order's status and only says what happened (a warehouse shipped its parcels), as
-- opposed to a change of status: the intake stage announces the latest real RECEIVED entry, never a note.
ALTER TABLE status_event ADD COLUMN note BOOLEAN DEFAULT FALSE NOT NULL;
