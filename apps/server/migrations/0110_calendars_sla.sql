-- Business calendars (per organization, assigned per queue), SLA policies, and the SLA of each
-- ticket: due instants as columns (for lists and sorting), the clock state as JSON.

CREATE TABLE calendars (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name text NOT NULL,
  time_zone text NOT NULL,
  -- [{ "day": 1-7, "start": "HH:MM", "end": "HH:MM" }]
  weekly jsonb NOT NULL,
  holiday_country text CHECK (holiday_country ~ '^[A-Z]{2}$'),
  -- [{ "date": "YYYY-MM-DD", "start"?: "HH:MM", "end"?: "HH:MM" }]
  closures jsonb NOT NULL DEFAULT '[]',
  extra_openings jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX calendars_name_key ON calendars (organization_id, lower(name));

ALTER TABLE queues ADD COLUMN calendar_id uuid REFERENCES calendars(id) ON DELETE SET NULL;

CREATE TABLE sla_policies (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name text NOT NULL,
  position integer NOT NULL,
  active boolean NOT NULL DEFAULT true,
  -- { "queueIds": [], "priorities": [], "types": [], "channels": [], "customerFlags": [] }
  conditions jsonb NOT NULL,
  -- [{ "priority", "target", "minutes", "businessHours" }]
  targets jsonb NOT NULL,
  warning_share numeric NOT NULL DEFAULT 0.8 CHECK (warning_share > 0 AND warning_share < 1),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX sla_policies_org_idx ON sla_policies (organization_id, position);

ALTER TABLE tickets
  ADD COLUMN first_response_due_at timestamptz,
  ADD COLUMN next_response_due_at timestamptz,
  ADD COLUMN resolution_due_at timestamptz,
  -- { policyId, calendarId, state (clock segments, met/breached/warned instants), targets (as presented) }
  ADD COLUMN sla jsonb,
  -- The earliest warning or breach still to announce: the safety-net sweep reads only these.
  ADD COLUMN sla_next_fire_at timestamptz;
CREATE INDEX tickets_sla_next_fire_idx ON tickets (sla_next_fire_at) WHERE sla_next_fire_at IS NOT NULL;

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
  CHECK (kind IN ('mention', 'assignment', 'reply', 'sla_warning', 'sla_breach'));
