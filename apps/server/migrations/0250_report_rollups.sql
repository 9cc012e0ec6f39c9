-- Report rollups (issue 9): one row of facts per ticket, next-response events, per-agent daily
-- presence, and daily counts per (day, queue, team, channel, type, reason, agent). All are
-- derived from the history (ticket_events, messages, tickets.sla, chat_sessions,
-- agent_presence_log) by the `reports.rollup` sweep and can be rebuilt from scratch
-- (npm run reports:rebuild). Days are local to the organization's time zone.

CREATE TABLE report_ticket_facts (
  ticket_id uuid PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  channel text NOT NULL,
  type text NOT NULL,
  status text NOT NULL,
  queue_id uuid NOT NULL,
  team_id uuid,
  assignee_id uuid,
  contact_reason_id uuid,
  customer_id uuid,
  created_at timestamptz NOT NULL,
  created_day date NOT NULL,
  first_response_at timestamptz,
  first_response_day date,
  first_response_seconds double precision,
  first_response_business_seconds double precision,
  first_solved_at timestamptz,
  first_solved_day date,
  resolution_first_seconds double precision,
  resolution_first_business_seconds double precision,
  last_solved_at timestamptz,
  last_solved_day date,
  resolution_last_seconds double precision,
  resolution_last_business_seconds double precision,
  reopen_count integer NOT NULL DEFAULT 0,
  -- Reopen instants (solved → not solved), for "reopened in the period".
  reopened_at timestamptz[] NOT NULL DEFAULT '{}',
  -- [[solvedAt, reopenedAt|null], ...] in epoch ms: the backlog at any instant.
  solved_spans jsonb NOT NULL DEFAULT '[]',
  -- SLA targets: outcome when decided ('met'/'breached'), else 'running' with its due instant
  -- ('running' past due counts as breached at query time), 'none' without a target.
  sla_first_response text NOT NULL DEFAULT 'none',
  sla_first_response_due_at timestamptz,
  sla_next_response text NOT NULL DEFAULT 'none',
  sla_next_response_due_at timestamptz,
  sla_resolution text NOT NULL DEFAULT 'none',
  sla_resolution_due_at timestamptz,
  csat_rating integer,
  -- Another ticket of the same customer and reason created within the FCR window after this one
  -- (the default 7 days; other windows are computed at query time).
  repeat_contact boolean,
  computed_at timestamptz NOT NULL
);
CREATE INDEX report_facts_created_idx ON report_ticket_facts (organization_id, created_day);
CREATE INDEX report_facts_first_response_idx ON report_ticket_facts (organization_id, first_response_day)
  WHERE first_response_day IS NOT NULL;
CREATE INDEX report_facts_first_solved_idx ON report_ticket_facts (organization_id, first_solved_day)
  WHERE first_solved_day IS NOT NULL;
CREATE INDEX report_facts_last_solved_idx ON report_ticket_facts (organization_id, last_solved_day)
  WHERE last_solved_day IS NOT NULL;
CREATE INDEX report_facts_open_idx ON report_ticket_facts (organization_id, created_at)
  WHERE status NOT IN ('solved', 'closed');
CREATE INDEX report_facts_customer_reason_idx ON report_ticket_facts (customer_id, contact_reason_id, created_at)
  WHERE customer_id IS NOT NULL AND contact_reason_id IS NOT NULL;
CREATE INDEX report_facts_assignee_idx ON report_ticket_facts (organization_id, assignee_id, created_day);

-- Each customer message answered: the wait until the next public agent reply.
CREATE TABLE report_next_responses (
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  asked_at timestamptz NOT NULL,
  answered_at timestamptz NOT NULL,
  answered_day date NOT NULL,
  seconds double precision NOT NULL,
  business_seconds double precision NOT NULL,
  PRIMARY KEY (ticket_id, asked_at)
);
CREATE INDEX report_next_responses_day_idx ON report_next_responses (organization_id, answered_day);

-- Daily counts and sums per slice; medians come from the facts.
CREATE TABLE report_daily (
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  day date NOT NULL,
  queue_id uuid NOT NULL,
  team_id uuid,
  channel text NOT NULL,
  type text NOT NULL,
  contact_reason_id uuid,
  assignee_id uuid,
  created integer NOT NULL DEFAULT 0,
  solved integer NOT NULL DEFAULT 0,
  first_responses integer NOT NULL DEFAULT 0,
  first_response_seconds double precision NOT NULL DEFAULT 0,
  resolutions integer NOT NULL DEFAULT 0,
  resolution_seconds double precision NOT NULL DEFAULT 0
);
CREATE INDEX report_daily_idx ON report_daily (organization_id, day);

-- Presence per agent and local day (seconds), from agent_presence_log and chat sessions.
CREATE TABLE report_agent_days (
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  agent_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  day date NOT NULL,
  handle_seconds double precision NOT NULL,
  available_seconds double precision NOT NULL,
  logged_in_seconds double precision NOT NULL,
  chats_handled integer NOT NULL,
  talk_seconds double precision NOT NULL,
  after_contact_seconds double precision NOT NULL,
  computed_at timestamptz NOT NULL,
  PRIMARY KEY (organization_id, agent_id, day)
);

-- How far the sweep has read the history (one row, id 'history').
CREATE TABLE report_rollup_state (
  id text PRIMARY KEY,
  watermark timestamptz NOT NULL,
  refreshed_at timestamptz NOT NULL
);

-- The sweep reads the history by time: these let it find what changed since the watermark.
CREATE INDEX ticket_events_created_idx ON ticket_events (created_at);
CREATE INDEX messages_created_idx ON messages (created_at);
CREATE INDEX tickets_updated_idx ON tickets (updated_at);
CREATE INDEX agent_presence_log_changed_idx ON agent_presence_log (changed_at);
CREATE INDEX chat_sessions_accepted_idx ON chat_sessions (accepted_at) WHERE accepted_at IS NOT NULL;
CREATE INDEX chat_sessions_ended_idx ON chat_sessions (ended_at) WHERE ended_at IS NOT NULL;
CREATE INDEX report_facts_reopened_idx ON report_ticket_facts (organization_id) WHERE reopen_count > 0;

-- Export jobs and scheduled reports.
CREATE TABLE report_exports (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  requested_by uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
  query jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  rows_done integer NOT NULL DEFAULT 0,
  rows_total integer,
  error text,
  blob_key text,
  created_at timestamptz NOT NULL,
  finished_at timestamptz
);
CREATE INDEX report_exports_org_idx ON report_exports (organization_id, created_at DESC);

CREATE TABLE report_schedules (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name text NOT NULL,
  frequency text NOT NULL CHECK (frequency IN ('weekly', 'monthly')),
  format text NOT NULL CHECK (format IN ('pdf', 'xlsx')),
  recipients text[] NOT NULL,
  filters jsonb NOT NULL DEFAULT '{}',
  locale text NOT NULL CHECK (locale IN ('pl', 'cs', 'en')),
  active boolean NOT NULL DEFAULT true,
  next_run_at timestamptz NOT NULL,
  last_sent_at timestamptz,
  created_by uuid REFERENCES agents(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX report_schedules_due_idx ON report_schedules (next_run_at) WHERE active;
