-- A notification is sent by one of its messages at a time: before it sends, a message claims the row until
-- claimed_until (an atomic update that only one wins), under its JMS message id (claimed_by); a second copy (the
-- sweep's and a late original, taken at the same instant by two hub instances) finds it claimed and is dropped. The
-- same message delivered again after a crash claims it again; the claim is cleared with the outcome.
ALTER TABLE notification ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE notification ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
