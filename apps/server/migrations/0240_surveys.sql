-- Satisfaction surveys: settings, texts per language, NPS/CES campaigns, the invitations sent
-- (a CSAT after a solve, or one per campaign recipient) and one table of answers for every
-- source. The chat widget's ratings (csat_answers, 0130) move into survey_answers; csat_answers
-- stays as a read-only view over it so readers of the old name keep working.

CREATE TABLE survey_settings (
  organization_id uuid PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
  csat_enabled boolean NOT NULL DEFAULT false,
  csat_delay_minutes integer NOT NULL DEFAULT 60 CHECK (csat_delay_minutes BETWEEN 0 AND 43200),
  -- A re-solve within this many days sends no second CSAT for the same ticket.
  resend_window_days integer NOT NULL DEFAULT 30 CHECK (resend_window_days BETWEEN 0 AND 365),
  token_ttl_days integer NOT NULL DEFAULT 14 CHECK (token_ttl_days BETWEEN 1 AND 365),
  low_csat integer NOT NULL DEFAULT 2 CHECK (low_csat BETWEEN 1 AND 5),
  low_nps integer NOT NULL DEFAULT 6 CHECK (low_nps BETWEEN 0 AND 10),
  low_ces integer NOT NULL DEFAULT 3 CHECK (low_ces BETWEEN 1 AND 7),
  updated_at timestamptz NOT NULL
);

-- A queue may override whether and when its solved tickets get a CSAT.
CREATE TABLE survey_queue_settings (
  queue_id uuid PRIMARY KEY REFERENCES queues(id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  csat_enabled boolean NOT NULL,
  csat_delay_minutes integer NOT NULL CHECK (csat_delay_minutes BETWEEN 0 AND 43200),
  updated_at timestamptz NOT NULL
);
CREATE INDEX survey_queue_settings_org_idx ON survey_queue_settings (organization_id);

-- Texts per survey kind and language; built-in texts apply where none is stored.
CREATE TABLE survey_templates (
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('csat', 'nps', 'ces')),
  language text NOT NULL CHECK (language IN ('pl', 'cs', 'en')),
  question text NOT NULL,
  comment_prompt text NOT NULL,
  thank_you text NOT NULL,
  email_subject text NOT NULL,
  email_body text NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (organization_id, kind, language)
);

CREATE TABLE survey_campaigns (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('nps', 'ces')),
  name text NOT NULL,
  -- { solvedFrom, solvedTo, queueIds: [], languages: [] }
  audience jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'sending', 'sent')),
  recipients_total integer NOT NULL DEFAULT 0,
  recipients_done integer NOT NULL DEFAULT 0,
  created_by uuid REFERENCES agents(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX survey_campaigns_org_idx ON survey_campaigns (organization_id, created_at DESC);

-- One invitation: a CSAT after a solve (campaign_id null) or a campaign recipient. The signed
-- link carries its id. status: scheduled → sent | skipped (reason).
CREATE TABLE survey_requests (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('csat', 'nps', 'ces')),
  campaign_id uuid REFERENCES survey_campaigns(id) ON DELETE CASCADE,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  customer_id uuid REFERENCES customers(id) ON DELETE SET NULL,
  email text,
  language text NOT NULL CHECK (language IN ('pl', 'cs', 'en')),
  -- The ticket's solve this CSAT follows (null for campaigns).
  solved_at timestamptz,
  -- The ticket as it was when the invitation was made (assignee at solve time, queue, reason).
  agent_id uuid REFERENCES agents(id) ON DELETE SET NULL,
  queue_id uuid REFERENCES queues(id) ON DELETE SET NULL,
  team_id uuid,
  contact_reason_id uuid,
  status text NOT NULL CHECK (status IN ('scheduled', 'sent', 'skipped')),
  skip_reason text,
  send_at timestamptz NOT NULL,
  sent_at timestamptz,
  expires_at timestamptz,
  outbox_id uuid,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX survey_requests_solve_key ON survey_requests (ticket_id, solved_at) WHERE campaign_id IS NULL;
CREATE UNIQUE INDEX survey_requests_recipient_key ON survey_requests (campaign_id, customer_id) WHERE campaign_id IS NOT NULL;
CREATE INDEX survey_requests_ticket_idx ON survey_requests (ticket_id, sent_at);
CREATE INDEX survey_requests_due_idx ON survey_requests (send_at) WHERE status = 'scheduled';

-- Every answer, whatever the source (e-mail link, chat widget, campaign). One CSAT per ticket
-- and one answer per campaign recipient: a second answer updates the first.
CREATE TABLE survey_answers (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('csat', 'nps', 'ces')),
  score integer NOT NULL,
  comment text NOT NULL DEFAULT '',
  source text NOT NULL CHECK (source IN ('email', 'chat', 'campaign')),
  request_id uuid REFERENCES survey_requests(id) ON DELETE SET NULL,
  campaign_id uuid REFERENCES survey_campaigns(id) ON DELETE CASCADE,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  customer_id uuid REFERENCES customers(id) ON DELETE SET NULL,
  -- Who handled the ticket (its assignee when solved), where, and why the customer came.
  agent_id uuid REFERENCES agents(id) ON DELETE SET NULL,
  queue_id uuid REFERENCES queues(id) ON DELETE SET NULL,
  team_id uuid,
  contact_reason_id uuid,
  language text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (
    (kind = 'csat' AND score BETWEEN 1 AND 5) OR
    (kind = 'nps' AND score BETWEEN 0 AND 10) OR
    (kind = 'ces' AND score BETWEEN 1 AND 7)
  )
);
CREATE UNIQUE INDEX survey_answers_csat_ticket_key ON survey_answers (ticket_id) WHERE kind = 'csat';
CREATE UNIQUE INDEX survey_answers_campaign_key ON survey_answers (campaign_id, customer_id) WHERE campaign_id IS NOT NULL;
CREATE INDEX survey_answers_org_idx ON survey_answers (organization_id, kind, updated_at DESC);
CREATE INDEX survey_answers_agent_idx ON survey_answers (organization_id, agent_id, updated_at);
CREATE INDEX survey_answers_queue_idx ON survey_answers (organization_id, queue_id, updated_at);

INSERT INTO survey_answers (id, organization_id, kind, score, comment, source, ticket_id,
  customer_id, agent_id, queue_id, team_id, contact_reason_id, language, created_at, updated_at)
SELECT a.id, a.organization_id, 'csat', a.rating, a.comment,
  CASE WHEN a.source IN ('email', 'chat', 'campaign') THEN a.source ELSE 'chat' END,
  a.ticket_id, t.customer_id, t.assignee_id, t.queue_id, t.team_id, t.contact_reason_id, t.language,
  a.created_at, a.updated_at
FROM csat_answers a JOIN tickets t ON t.id = a.ticket_id;

DROP TABLE csat_answers;
CREATE VIEW csat_answers AS
  SELECT id, organization_id, ticket_id, score AS rating, comment, source, created_at, updated_at
  FROM survey_answers WHERE kind = 'csat';
