-- Live ETAs are written by conditional statements (the newest position wins), no longer under an optimistic lock:
-- devices of one vehicle reporting at once failed each other on it.
ALTER TABLE order_eta DROP COLUMN version;
