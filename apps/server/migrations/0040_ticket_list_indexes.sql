-- Indexes that let the default views and search stop early instead of sorting or rechecking
-- every match (measured at 1M tickets / 5M messages, see BENCHMARKS.md).

-- "Mine, open": one agent's open tickets, newest activity first.
CREATE INDEX tickets_assignee_open_idx ON tickets (organization_id, assignee_id, last_activity_at DESC, id DESC)
  WHERE status IN ('new', 'open', 'pending_customer', 'pending_third_party', 'on_hold');

-- "Unassigned in my queues": oldest first, per queue.
CREATE INDEX tickets_unassigned_idx ON tickets (organization_id, queue_id, created_at, id)
  WHERE assignee_id IS NULL AND status IN ('new', 'open');

-- Stored search vectors, so a match is read from the index instead of re-folding every body.
ALTER TABLE messages ADD COLUMN search_vector tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', kontakt_fold(body_text))) STORED;
DROP INDEX messages_search_idx;
CREATE INDEX messages_search_idx ON messages USING gin (search_vector);

ALTER TABLE tickets ADD COLUMN search_vector tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED;
DROP INDEX tickets_search_idx;
CREATE INDEX tickets_search_idx ON tickets USING gin (search_vector);
