-- Proofs of delivery: the canonical document; the photos and signatures themselves are in the content-addressed
-- document store, named by their SHA-256.
CREATE TABLE proof_of_delivery (
    id         VARCHAR(64)  PRIMARY KEY,
    tenant     VARCHAR(100) NOT NULL,
    order_id   VARCHAR(64)  NOT NULL UNIQUE REFERENCES delivery_order (id),
    document   TEXT         NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
