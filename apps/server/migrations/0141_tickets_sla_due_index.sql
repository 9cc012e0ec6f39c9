-- Views sorted or filtered by the earliest SLA due time of open tickets ("what breaches next"):
-- walk the organization's open tickets in due order and stop at the page size, instead of reading
-- and sorting every open ticket (measured with EXPLAIN, see BENCHMARKS.md). The expression is the
-- one the ticket list sorts by: LEAST ignores the targets without a due time (met or paused), and
-- tickets with none at all come last (NULLS LAST in ascending order).
CREATE INDEX tickets_sla_due_idx ON tickets (
  organization_id,
  (LEAST(first_response_due_at, next_response_due_at, resolution_due_at)),
  id
) WHERE status IN ('new', 'open', 'pending_customer', 'pending_third_party', 'on_hold');
