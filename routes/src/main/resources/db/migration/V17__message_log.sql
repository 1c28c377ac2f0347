-- The message log (docs/message-log.md): every message in and out, with its outcome and the business keys it can be
-- found by. An accepted inbound message's payload stays in inbound_message, a refused one's in dead_letter (one copy
-- each); the log keeps its own copy only of what is stored nowhere else (the IDocs and EDI documents the hub sends).
-- Payloads are dropped after lastmile.message-log.retention; the entries and their keys stay.
CREATE TABLE message_log (
    id                 VARCHAR(64)   PRIMARY KEY,
    tenant             VARCHAR(100)  NOT NULL,
    direction          VARCHAR(3)    NOT NULL,
    format             VARCHAR(50)   NOT NULL,
    partner            VARCHAR(200),
    logged_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    size_bytes         INT           NOT NULL,
    outcome            VARCHAR(20)   NOT NULL,
    outcome_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    detail             VARCHAR(1000),
    content_type       VARCHAR(100),
    payload            BYTEA,
    inbound_message_id VARCHAR(64),
    dead_letter_id     VARCHAR(64),
    payload_purged     BOOLEAN       NOT NULL
);
CREATE INDEX ix_message_log_tenant_time ON message_log (tenant, logged_at);
CREATE INDEX ix_message_log_dead_letter ON message_log (dead_letter_id);
-- the purge of old payloads
CREATE INDEX ix_message_log_logged ON message_log (logged_at);

-- The business keys of each entry (DOCNUM, ERP delivery, ISA13, tracking number, order id...): a search names a value,
-- whatever its type, hence the index on the value alone.
CREATE TABLE message_log_key (
    message_id VARCHAR(64)  NOT NULL REFERENCES message_log (id),
    key_type   VARCHAR(20)  NOT NULL,
    key_value  VARCHAR(200) NOT NULL,
    CONSTRAINT pk_message_log_key PRIMARY KEY (message_id, key_type, key_value)
);
CREATE INDEX ix_message_log_key_value ON message_log_key (key_value);
