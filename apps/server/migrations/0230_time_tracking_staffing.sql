-- Time per activity: admin-defined activity categories (the four system ones are created with an
-- organization's first use), time entries from the ticket timer (heartbeats move ended_at
-- forward, so a closed browser loses at most one beat) or entered by hand.
-- Staffing: an organization's service-level target, default handle time and shrinkage.
CREATE TABLE activity_categories (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name text NOT NULL,
  system_key text CHECK (system_key IN ('handling', 'complaint_assessment', 'order_entry', 'training')),
  is_default boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX activity_categories_name_key ON activity_categories (organization_id, lower(name));
CREATE UNIQUE INDEX activity_categories_system_key ON activity_categories (organization_id, system_key)
  WHERE system_key IS NOT NULL;
CREATE UNIQUE INDEX activity_categories_default_key ON activity_categories (organization_id) WHERE is_default;

CREATE TABLE time_entries (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  agent_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  category_id uuid NOT NULL REFERENCES activity_categories(id),
  ticket_id uuid REFERENCES tickets(id) ON DELETE SET NULL,
  -- The ticket's queue when the entry was recorded (reports group by it).
  queue_id uuid REFERENCES queues(id) ON DELETE SET NULL,
  source text NOT NULL CHECK (source IN ('timer', 'manual')),
  started_at timestamptz NOT NULL,
  ended_at timestamptz NOT NULL,
  running boolean NOT NULL DEFAULT false,
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (ended_at >= started_at),
  CHECK (NOT running OR source = 'timer')
);
CREATE INDEX time_entries_org_started_idx ON time_entries (organization_id, started_at);
CREATE INDEX time_entries_agent_started_idx ON time_entries (organization_id, agent_id, started_at);
CREATE INDEX time_entries_ticket_idx ON time_entries (ticket_id) WHERE ticket_id IS NOT NULL;
CREATE INDEX time_entries_running_idx ON time_entries (organization_id, agent_id) WHERE running;

CREATE TABLE staffing_settings (
  organization_id uuid PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
  service_level_target double precision NOT NULL CHECK (service_level_target > 0 AND service_level_target < 1),
  threshold_seconds integer NOT NULL CHECK (threshold_seconds BETWEEN 0 AND 3600),
  default_aht_seconds integer NOT NULL CHECK (default_aht_seconds BETWEEN 1 AND 86400),
  shrinkage double precision NOT NULL CHECK (shrinkage >= 0 AND shrinkage <= 0.95),
  updated_at timestamptz NOT NULL
);
