-- Geocoding results, so that the same address is never looked up twice with the same provider.
CREATE TABLE geocode_cache (
    provider     VARCHAR(50)  NOT NULL,
    address_key  VARCHAR(700) NOT NULL,
    outcome      VARCHAR(20)  NOT NULL,
    latitude     DOUBLE PRECISION,
    longitude    DOUBLE PRECISION,
    confidence   DOUBLE PRECISION NOT NULL,
    description  VARCHAR(500),
    looked_up_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_geocode_cache PRIMARY KEY (provider, address_key)
);

-- Why an order is in its status (e.g. EXCEPTION because the address was not found), for filtering.
ALTER TABLE delivery_order ADD COLUMN status_reason_code VARCHAR(40);
