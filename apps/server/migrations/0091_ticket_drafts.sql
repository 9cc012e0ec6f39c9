-- The composer's unsent reply or note: one per ticket and agent, saved as the agent types.

CREATE TABLE ticket_drafts (
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  agent_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('reply', 'note')),
  body_text text NOT NULL,
  -- Mentioned agents: { "<agent id>": "<name as inserted>" }.
  mentions jsonb NOT NULL DEFAULT '{}',
  -- Optimistic concurrency between an agent's tabs: every save sends the version it read.
  version integer NOT NULL,
  -- Set when the draft was copied from a colleague's (that draft's update time).
  taken_from_agent_id uuid REFERENCES agents(id) ON DELETE SET NULL,
  taken_from_updated_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (ticket_id, agent_id)
);
CREATE INDEX ticket_drafts_agent_idx ON ticket_drafts (agent_id);
