-- Dead letters for a person: where each came from, its state, an edited payload kept beside the original (with who
-- edited it and when), and a discard with its reason, who and when.
ALTER TABLE dead_letter ADD COLUMN source VARCHAR(200);
UPDATE dead_letter SET source = COALESCE(route_id, 'unknown');
ALTER TABLE dead_letter ALTER COLUMN source SET NOT NULL;
ALTER TABLE dead_letter ADD COLUMN state VARCHAR(20);
UPDATE dead_letter SET state = CASE WHEN replay_outcome = 'delivered' THEN 'REPLAYED' ELSE 'OPEN' END;
ALTER TABLE dead_letter ALTER COLUMN state SET NOT NULL;
ALTER TABLE dead_letter ADD COLUMN edited_payload BYTEA;
ALTER TABLE dead_letter ADD COLUMN edited_by VARCHAR(200);
ALTER TABLE dead_letter ADD COLUMN edited_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE dead_letter ADD COLUMN discard_reason TEXT;
ALTER TABLE dead_letter ADD COLUMN discarded_by VARCHAR(200);
ALTER TABLE dead_letter ADD COLUMN discarded_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_dead_letter_state ON dead_letter (tenant, state, created_at);
