-- A notification is recorded QUEUED and its message sent in one database transaction, but the broker commits after
-- the database: a crash between the two left the row QUEUED with no message. The row now keeps the message itself
-- (the OutboundNotification JSON) until it is sent or dead-lettered, so NotificationSweeper can send it again;
-- resent_at keeps the sweeper from sending it again on every tick. The payload is cleared once the notification is
-- SENT or FAILED, since its text may hold a customer code (only hashes are kept for good).
ALTER TABLE notification ADD COLUMN payload TEXT;
ALTER TABLE notification ADD COLUMN resent_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX notification_queued ON notification (status, created_at);
