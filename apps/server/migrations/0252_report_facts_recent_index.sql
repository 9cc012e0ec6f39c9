-- Drill-down pages are newest first: a keyset scan of this index, not a sort of the period.
CREATE INDEX report_facts_recent_idx ON report_ticket_facts (organization_id, created_at DESC, ticket_id DESC);
