-- Recomputations of open tickets' SLA after a policy or calendar change: one row per run, with
-- its keyset cursor (the last ticket id done), so the `sla.recompute` job resumes where it stopped
-- and admins can follow its progress.
CREATE TABLE sla_recompute_runs (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  reason text NOT NULL,
  scope text NOT NULL CHECK (scope IN ('organization', 'calendar', 'queue')),
  scope_id uuid,
  state text NOT NULL CHECK (state IN ('pending', 'running', 'done', 'superseded')),
  after_id uuid,
  total integer,
  processed integer NOT NULL DEFAULT 0,
  changed integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  finished_at timestamptz
);
CREATE INDEX sla_recompute_runs_org_idx ON sla_recompute_runs (organization_id, created_at DESC);
CREATE INDEX sla_recompute_runs_open_idx ON sla_recompute_runs (updated_at)
  WHERE state IN ('pending', 'running');
