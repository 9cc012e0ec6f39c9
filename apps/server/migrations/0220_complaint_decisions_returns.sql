-- Complaints, second part (issue #8): the admin-managed root-cause taxonomy and rejection
-- templates, the decision letter sent on the durable medium with its delivery, the refund clock
-- (14 days from a decision granting a price reduction or withdrawal), and returns / withdrawals
-- with their statutory clocks and the return shipment's status.

CREATE TABLE complaint_causes (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  parent_id uuid REFERENCES complaint_causes(id) ON DELETE RESTRICT,
  -- The full dotted code ('quality.seam'); it never changes once created.
  code text NOT NULL,
  name text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (organization_id, code)
);
CREATE INDEX complaint_causes_parent_idx ON complaint_causes (parent_id);

CREATE TABLE complaint_rejection_templates (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name text NOT NULL,
  language text NOT NULL CHECK (language IN ('pl', 'cs', 'en')),
  body text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX complaint_rejection_templates_org_idx ON complaint_rejection_templates (organization_id, language, name);

ALTER TABLE complaints
  -- The decision letter: the ticket message it went out with and its PDF attachment.
  ADD COLUMN answer_message_id uuid,
  ADD COLUMN answer_attachment_id uuid,
  ADD COLUMN answer_delivery text CHECK (answer_delivery IN ('queued', 'sent', 'delivered', 'bounced')),
  ADD COLUMN answer_bounced_at timestamptz,
  ADD COLUMN answer_viewed_at timestamptz,
  -- The refund clock: { deadline (eu_refund), amount } from the decision; paid and alert markers.
  ADD COLUMN refund_deadline jsonb,
  ADD COLUMN refund_amount jsonb,
  ADD COLUMN refund_deadline_at timestamptz,
  ADD COLUMN refund_paid_at timestamptz,
  ADD COLUMN refund_alert_at timestamptz,
  ADD COLUMN refund_missed_at timestamptz;
CREATE INDEX complaints_answer_message_idx ON complaints (answer_message_id) WHERE answer_message_id IS NOT NULL;
CREATE INDEX complaints_refund_open_idx ON complaints (refund_deadline_at)
  WHERE refund_deadline_at IS NOT NULL AND refund_paid_at IS NULL;
CREATE INDEX complaints_answer_sent_idx ON complaints (answer_sent_at) WHERE answer_delivery = 'sent';
CREATE INDEX complaints_org_received_idx ON complaints (organization_id, received_at);

CREATE TABLE returns (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  version integer NOT NULL DEFAULT 1,
  jurisdiction text NOT NULL CHECK (jurisdiction IN ('PL', 'CZ')),
  contract_kind text NOT NULL CHECK (contract_kind IN ('goods', 'services')),
  -- The order, when known (orders may be imported later, so no foreign key; checked on write).
  order_id uuid,
  order_number text,
  items text NOT NULL,
  start_at timestamptz NOT NULL,
  informed boolean NOT NULL,
  notice_at timestamptz,
  -- Amounts { amountMinor, amount, currency }.
  price jsonb,
  refund_amount jsonb,
  tracking_number text,
  withdrawal_deadline jsonb NOT NULL,
  withdrawal_deadline_at timestamptz NOT NULL,
  refund_deadline jsonb,
  refund_deadline_at timestamptz,
  refunded_at timestamptz,
  shipment_status text NOT NULL CHECK (shipment_status IN ('awaiting', 'in_transit', 'received', 'inspected', 'refunded')),
  -- [{ status, at }] in order.
  shipment_history jsonb NOT NULL,
  created_by_id uuid REFERENCES agents(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (ticket_id)
);
CREATE INDEX returns_org_created_idx ON returns (organization_id, created_at DESC, id);
CREATE INDEX returns_order_idx ON returns (organization_id, order_id) WHERE order_id IS NOT NULL;
