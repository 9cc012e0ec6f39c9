-- Automation rules (event -> conditions -> actions), their run log, the markers that make a
-- time rule fire once per episode, and outgoing webhook deliveries.

CREATE TABLE automation_rules (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  active boolean NOT NULL DEFAULT true,
  event text NOT NULL CHECK (event IN ('ticket.created', 'ticket.updated', 'message.received', 'sla.warning', 'sla.breach', 'time')),
  position integer NOT NULL,
  -- { "all": [condition], "any": [condition] }
  conditions jsonb NOT NULL,
  -- { "since": "status_changed" | "last_activity" | "created", "hours": n } for time rules
  time_trigger jsonb,
  -- [action] (see contracts/automation.ts)
  actions jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK ((event = 'time') = (time_trigger IS NOT NULL))
);
CREATE INDEX automation_rules_org_idx ON automation_rules (organization_id, position);
CREATE INDEX automation_rules_time_idx ON automation_rules (organization_id) WHERE active AND event = 'time';

-- One row per rule firing; the API shows the newest; the sweep keeps the last 100 per rule.
CREATE TABLE automation_runs (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  rule_id uuid NOT NULL REFERENCES automation_rules(id) ON DELETE CASCADE,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  event text NOT NULL,
  depth integer NOT NULL,
  result text NOT NULL CHECK (result IN ('applied', 'no_change', 'failed')),
  changes jsonb NOT NULL DEFAULT '[]',
  errors jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL
);
CREATE INDEX automation_runs_rule_idx ON automation_runs (rule_id, created_at DESC);
CREATE INDEX automation_runs_ticket_idx ON automation_runs (ticket_id);

-- A time rule looked at this ticket for the episode that started at anchor_at: fired, or checked
-- (not matching) as of checked_at. A new anchor (status changed again, new activity) is a new episode.
CREATE TABLE automation_time_marks (
  rule_id uuid NOT NULL REFERENCES automation_rules(id) ON DELETE CASCADE,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  anchor_at timestamptz NOT NULL,
  fired boolean NOT NULL,
  checked_at timestamptz NOT NULL,
  PRIMARY KEY (rule_id, ticket_id)
);
CREATE INDEX automation_time_marks_ticket_idx ON automation_time_marks (ticket_id);

-- Webhook calls made by rules: stored with the change, delivered by the automation.webhook job.
CREATE TABLE automation_webhooks (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  rule_id uuid REFERENCES automation_rules(id) ON DELETE SET NULL,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  url text NOT NULL,
  secret text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('queued', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  enqueued_at timestamptz,
  created_at timestamptz NOT NULL,
  delivered_at timestamptz
);
CREATE INDEX automation_webhooks_pending_idx ON automation_webhooks (created_at) WHERE status = 'queued';

-- When the status last changed: time rules count from it ("pending_customer for 5 days").
-- Stamped by a trigger so every writer of tickets keeps it right, with the writer's clock: the
-- updated_at it sets with the status (every writer of a status sets updated_at).
ALTER TABLE tickets ADD COLUMN status_changed_at timestamptz;
UPDATE tickets SET status_changed_at = updated_at;
ALTER TABLE tickets ALTER COLUMN status_changed_at SET NOT NULL;

CREATE FUNCTION kontakt_stamp_status_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.status_changed_at := COALESCE(NEW.status_changed_at, NEW.created_at, now());
  ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
    NEW.status_changed_at := NEW.updated_at;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER tickets_status_changed_at BEFORE INSERT OR UPDATE OF status ON tickets
  FOR EACH ROW EXECUTE FUNCTION kontakt_stamp_status_change();
-- Also for bulk loads that skip triggers (session_replication_role = replica): the column must be set.
ALTER TABLE tickets ENABLE ALWAYS TRIGGER tickets_status_changed_at;

CREATE INDEX tickets_status_changed_idx ON tickets (organization_id, status, status_changed_at);
