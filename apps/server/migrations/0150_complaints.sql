-- Complaints (reklamacja / reklamace): one record per ticket of type complaint, with its
-- statutory clock stored as data (rule id and version, due date, deadline instant) and marker
-- columns so the sweep announces each alert once (DOMAIN.md §1).
CREATE TABLE complaints (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  version integer NOT NULL DEFAULT 1,
  jurisdiction text NOT NULL CHECK (jurisdiction IN ('PL', 'CZ')),
  regime text NOT NULL CHECK (regime IN ('pl_consumer', 'pl_financial', 'cz_consumer')),
  received_at timestamptz NOT NULL,
  recorded_by_id uuid REFERENCES agents(id) ON DELETE SET NULL,
  -- The protocol as entered (consumer, product, dates, description, demand, condition, …);
  -- amounts inside are { amountMinor, amount, currency }.
  protocol jsonb NOT NULL,
  -- Folded product name, model and SKU for the list's product filter.
  product_text text NOT NULL,
  -- The price in minor units, for reports.
  price_minor bigint,
  price_currency text,
  -- The statutory deadline: { ruleId, ruleVersion, timeZone, startDate, nominalDueDate, dueDate, deadlineAt, shifts, reasons }.
  deadline jsonb NOT NULL,
  rule_id text NOT NULL,
  rule_version text NOT NULL,
  due_date date NOT NULL,
  deadline_at timestamptz NOT NULL,
  -- CZ agreed extension { agreedDueDate, agreedAt, agreement, recordedById }.
  extension jsonb,
  -- { outcome, reasons, remedy, amount, carriedOutOn, answerChannel, rootCauseCode, decidedAt, decidedById }.
  decision jsonb,
  root_cause_code text,
  answer_sent_at timestamptz,
  answer_delivered_at timestamptz,
  state text NOT NULL CHECK (state IN ('running', 'due_soon', 'answered_in_time', 'deemed_accepted', 'overdue_consumer_options')),
  -- Announced alerts (each once) and the next instant the sweep must look again.
  alert_d3_at timestamptz,
  alert_d1_at timestamptz,
  missed_at timestamptz,
  next_check_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (ticket_id)
);
CREATE INDEX complaints_org_deadline_idx ON complaints (organization_id, deadline_at, id);
CREATE INDEX complaints_org_state_idx ON complaints (organization_id, state);
CREATE INDEX complaints_next_check_idx ON complaints (next_check_at) WHERE next_check_at IS NOT NULL;

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
  CHECK (kind IN ('mention', 'assignment', 'reply', 'sla_warning', 'sla_breach', 'complaint_due'));
