-- Topic messages (status events, plan costs) announcing a change are written here in the change's own database
-- transaction, sent to the broker once it has committed, and deleted once the broker has committed them too. A hub
-- killed (or a broker failing over) between the two commits left the change stored and never announced; the rows
-- it leaves behind are sent again by EventOutboxSweeper, under the same event id.
CREATE TABLE event_outbox (
    id          VARCHAR(64)  PRIMARY KEY,
    destination VARCHAR(200) NOT NULL,
    body        TEXT         NOT NULL,
    headers     TEXT         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_event_outbox_created ON event_outbox (created_at);
