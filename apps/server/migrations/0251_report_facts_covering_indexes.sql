-- Dashboards over a million tickets read only the day indexes (index-only scans): each carries the
-- durations and the slice columns its chart filters on, so the wide facts rows are not visited.
DROP INDEX report_facts_created_idx;
CREATE INDEX report_facts_created_idx ON report_ticket_facts (organization_id, created_day)
  INCLUDE (queue_id, team_id, assignee_id, channel, sla_first_response, sla_first_response_due_at,
    sla_next_response, sla_next_response_due_at, sla_resolution, sla_resolution_due_at,
    customer_id, contact_reason_id, repeat_contact);
DROP INDEX report_facts_first_response_idx;
CREATE INDEX report_facts_first_response_idx ON report_ticket_facts (organization_id, first_response_day)
  INCLUDE (first_response_seconds, first_response_business_seconds, queue_id, team_id, assignee_id, channel)
  WHERE first_response_day IS NOT NULL;
DROP INDEX report_facts_first_solved_idx;
CREATE INDEX report_facts_first_solved_idx ON report_ticket_facts (organization_id, first_solved_day)
  INCLUDE (resolution_first_seconds, resolution_first_business_seconds, queue_id, team_id, assignee_id, channel)
  WHERE first_solved_day IS NOT NULL;
DROP INDEX report_facts_last_solved_idx;
CREATE INDEX report_facts_last_solved_idx ON report_ticket_facts (organization_id, last_solved_day)
  INCLUDE (resolution_last_seconds, resolution_last_business_seconds, queue_id, team_id, assignee_id, channel)
  WHERE last_solved_day IS NOT NULL;
