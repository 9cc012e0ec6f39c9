-- Canned replies (text modules): personal (owner_id), team (team_id) or organization-wide, with
-- one body per language in `variants` ([{ "language", "html", "text" }]).

CREATE TABLE canned_replies (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  title text NOT NULL,
  shortcut text NOT NULL,
  category text,
  scope text NOT NULL CHECK (scope IN ('personal', 'team', 'organization')),
  owner_id uuid REFERENCES agents(id) ON DELETE CASCADE,
  -- A team's replies go with the team when it is deleted.
  team_id uuid REFERENCES teams(id) ON DELETE CASCADE,
  active boolean NOT NULL DEFAULT true,
  variants jsonb NOT NULL,
  usage_count integer NOT NULL DEFAULT 0,
  last_used_at timestamptz,
  created_by_id uuid REFERENCES agents(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  -- Title, shortcut, category and every variant's text, case and diacritics folded, for `q`.
  search_text text GENERATED ALWAYS AS (kontakt_fold(
    title || ' ' || shortcut || ' ' || coalesce(category, '') || ' ' ||
    jsonb_path_query_array(variants, '$[*].text')::text)) STORED,
  CHECK ((scope = 'personal') = (owner_id IS NOT NULL)),
  CHECK ((scope = 'team') = (team_id IS NOT NULL))
);
-- A shortcut is unique per owner: the agent, the team, or the organization for shared ones.
CREATE UNIQUE INDEX canned_replies_shortcut_key
  ON canned_replies (organization_id, coalesce(owner_id, team_id, organization_id), kontakt_fold(shortcut));
CREATE INDEX canned_replies_popular_idx ON canned_replies (organization_id, usage_count DESC, id);
CREATE INDEX canned_replies_search_idx ON canned_replies USING gin (search_text gin_trgm_ops);
