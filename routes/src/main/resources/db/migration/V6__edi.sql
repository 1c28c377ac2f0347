-- EDI trading partners. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- The last control number the hub gave out per partner and kind (INTERCHANGE = ISA13 / UNB 0020, GROUP = GS06,
-- TRANSACTION = ST02 / UNH 0062). Taken with an UPDATE in the sending transaction, so the row stays locked until
-- that transaction ends: two messages going out at once get different numbers, and a send that rolls back gives
-- its number back.
CREATE TABLE edi_control_number (
    partner    VARCHAR(100) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    last_value BIGINT       NOT NULL,
    CONSTRAINT pk_edi_control_number PRIMARY KEY (partner, kind),
    CONSTRAINT ck_edi_control_number_range CHECK (last_value BETWEEN 0 AND 999999999)
);
