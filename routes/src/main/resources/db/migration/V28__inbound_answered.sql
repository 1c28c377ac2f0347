-- When the sender of an accepted EDI interchange or IDoc was answered on its own channel (997/CONTRL and 990s,
-- ALEAUD): the answer is made after the 202, and a hub killed in between left it unmade (InboundAnswerSweeper).
-- Null for messages of formats that get no such answer. Messages stored before this were answered.
ALTER TABLE inbound_message ADD COLUMN answered_at TIMESTAMP WITH TIME ZONE;
UPDATE inbound_message SET answered_at = received_at;
CREATE INDEX ix_inbound_message_unanswered ON inbound_message (format, answered_at, received_at);
