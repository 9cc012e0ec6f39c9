-- Macros: several actions (the automation rules' action schema) and an optional public reply with
-- placeholders, applied to a ticket in one click. Personal (owner_id set) or shared by the
-- whole organization.
CREATE TABLE macros (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  scope text NOT NULL CHECK (scope IN ('personal', 'organization')),
  owner_id uuid REFERENCES agents(id) ON DELETE CASCADE,
  -- [{ "type": "set_status", … }] as in automation_rules.actions
  actions jsonb NOT NULL,
  -- { "variants": [{ "language", "html", "text" }] } or null
  reply jsonb,
  active boolean NOT NULL DEFAULT true,
  usage_count integer NOT NULL DEFAULT 0,
  last_used_at timestamptz,
  created_by_id uuid,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK ((scope = 'personal') = (owner_id IS NOT NULL))
);
-- One name per owner (shared macros: per organization), case ignored.
CREATE UNIQUE INDEX macros_name_key ON macros (
  organization_id, COALESCE(owner_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name)
);
