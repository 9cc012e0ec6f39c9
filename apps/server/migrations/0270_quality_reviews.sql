-- Quality reviews: scorecards (sections of weighted criteria, critical items) and reviews of
-- conversations. A review keeps a copy of its scorecard's sections as they were when it was
-- written, so later edits to the scorecard never change a past score.
CREATE TABLE qa_scorecards (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  pass_mark numeric(5, 2) NOT NULL DEFAULT 80,
  sections jsonb NOT NULL,
  active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  created_by_id uuid REFERENCES agents(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CONSTRAINT qa_scorecards_name_key UNIQUE (organization_id, name)
);

CREATE TABLE qa_reviews (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  scorecard_id uuid NOT NULL REFERENCES qa_scorecards(id) ON DELETE RESTRICT,
  sections jsonb NOT NULL,
  pass_mark numeric(5, 2) NOT NULL,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  agent_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  reviewer_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  answers jsonb NOT NULL,
  comments jsonb NOT NULL DEFAULT '{}',
  comment text NOT NULL DEFAULT '',
  score numeric(5, 1),
  passed boolean NOT NULL,
  critical_failures text[] NOT NULL DEFAULT '{}',
  section_scores jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'published', 'acknowledged', 'disputed')),
  response text,
  responded_at timestamptz,
  published_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  -- One review per reviewer, conversation and scorecard; several reviewers make a calibration.
  CONSTRAINT qa_reviews_reviewer_key UNIQUE (ticket_id, scorecard_id, reviewer_id)
);
CREATE INDEX qa_reviews_agent_idx ON qa_reviews (organization_id, agent_id, published_at);
CREATE INDEX qa_reviews_reviewer_idx ON qa_reviews (organization_id, reviewer_id, created_at);
CREATE INDEX qa_reviews_ticket_idx ON qa_reviews (ticket_id);
