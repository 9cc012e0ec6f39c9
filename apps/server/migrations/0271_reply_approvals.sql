-- Junior review before sending: public replies written by agents of level `junior` in chosen
-- queues wait for a senior or a lead, who approves (optionally edited), or returns them with a
-- note. The waiting time is requested_at → decided_at.
CREATE TABLE reply_review_queues (
  queue_id uuid PRIMARY KEY REFERENCES queues(id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE
);
CREATE INDEX reply_review_queues_org_idx ON reply_review_queues (organization_id);

CREATE TABLE reply_approvals (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  author_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  -- The reply as the junior sent it: { body, status, attachmentIds }.
  input jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'approved', 'returned', 'withdrawn')),
  requested_at timestamptz NOT NULL,
  decided_at timestamptz,
  decided_by_id uuid REFERENCES agents(id) ON DELETE SET NULL,
  -- The approver's note when returned; whether they edited the text when approving.
  note text,
  edited boolean NOT NULL DEFAULT false,
  message_id uuid REFERENCES messages(id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX reply_approvals_pending_idx ON reply_approvals (organization_id, requested_at) WHERE status = 'pending';
CREATE INDEX reply_approvals_ticket_idx ON reply_approvals (ticket_id);
CREATE INDEX reply_approvals_decided_idx ON reply_approvals (organization_id, decided_at);
