-- "Unassigned in my queues" over several queues: walk the organization's unassigned open tickets
-- oldest first and keep those in the reader's queues, stopping at the page size (the index of
-- 0040 serves one queue at a time).
CREATE INDEX tickets_unassigned_recent_idx ON tickets (organization_id, created_at, id)
  WHERE assignee_id IS NULL AND status IN ('new', 'open');
