-- How each IMAP mailbox's connection is doing, as the instance serving it last saw it, so admins
-- see "connected, IDLE, checked 10 s ago" or "failing at auth since 09:12, retry in 4 min" without
-- reading logs. One row per mailbox, written by the serving instance.
CREATE TABLE imap_connection_status (
  mailbox_id uuid PRIMARY KEY REFERENCES mailboxes (id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  state text NOT NULL CHECK (state IN ('connected', 'failing')),
  idle boolean NOT NULL DEFAULT false,
  connected_at timestamptz,
  checked_at timestamptz,
  failing_since timestamptz,
  failures integer NOT NULL DEFAULT 0,
  error_step text,
  error_code text,
  error_detail text,
  retry_at timestamptz,
  updated_at timestamptz NOT NULL
);
