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

-- Every interchange received from a trading partner and how it was answered, keyed by the partner's sender id
-- (X12:<ISA05>:<ISA06>, EDIFACT:<UNB 0004>[:<0007>]) and interchange control number (ISA13, UNB 0020). An accepted
-- one received again is a duplicate: ignored, and answered with a TA1 or CONTRL saying so; a rejected one may be
-- sent again with the same number once corrected.
CREATE TABLE edi_interchange (
    sender         VARCHAR(100) NOT NULL,
    control_number VARCHAR(20)  NOT NULL,
    tenant         VARCHAR(100) NOT NULL,
    partner        VARCHAR(100) NOT NULL,
    accepted       BOOLEAN      NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    duplicates     INTEGER      NOT NULL,
    CONSTRAINT pk_edi_interchange PRIMARY KEY (sender, control_number)
);

-- The 210 freight invoice of each order from a trading partner: a shipment is invoiced once, with the cost of the
-- first plan it was on (a re-plan does not invoice it again).
CREATE TABLE edi_freight_invoice (
    tenant         VARCHAR(100)  NOT NULL,
    order_id       VARCHAR(64)   NOT NULL,
    partner        VARCHAR(100)  NOT NULL,
    invoice_number VARCHAR(22)   NOT NULL,
    plan_id        VARCHAR(64)   NOT NULL,
    amount         NUMERIC(15,2) NOT NULL,
    currency       CHAR(3)       NOT NULL,
    invoiced_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_edi_freight_invoice PRIMARY KEY (tenant, order_id)
);
