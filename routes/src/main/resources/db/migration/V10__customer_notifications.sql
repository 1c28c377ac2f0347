-- Codes issued to customers: the PIN/OTP checked at the door (kind PIN) and the pickup code of a parcel locker
-- (kind LOCKER). Only their SHA-256 is kept; the code itself goes to the customer in the notification.
CREATE TABLE customer_code (
    id             VARCHAR(64)  PRIMARY KEY,
    tenant         VARCHAR(100) NOT NULL,
    order_id       VARCHAR(64)  NOT NULL REFERENCES delivery_order (id),
    kind           VARCHAR(16)  NOT NULL,
    code_hash      VARCHAR(64)  NOT NULL,
    locker_id      VARCHAR(100),
    locker_compartment VARCHAR(20),
    -- The status event the code was issued on: one code of a kind per event, so a redelivered event issues none.
    event_id       VARCHAR(64)  NOT NULL,
    issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at        TIMESTAMP WITH TIME ZONE,
    wrong_attempts INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT customer_code_once UNIQUE (event_id, kind)
);
CREATE INDEX customer_code_order ON customer_code (order_id, kind, issued_at);
CREATE INDEX customer_code_hash ON customer_code (kind, code_hash);

-- What the hub told customers: one row per status event and channel (the unique key keeps it to one), without
-- the text (it may hold a code).
CREATE TABLE notification (
    id              VARCHAR(64)   PRIMARY KEY,
    tenant          VARCHAR(100)  NOT NULL,
    order_id        VARCHAR(64)   NOT NULL REFERENCES delivery_order (id),
    event_id        VARCHAR(64)   NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    channel         VARCHAR(16)   NOT NULL,
    recipient       VARCHAR(500)  NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    error           VARCHAR(1000),
    dead_letter_id  VARCHAR(64),
    CONSTRAINT notification_once UNIQUE (event_id, channel)
);
CREATE INDEX notification_order ON notification (tenant, order_id, created_at);
