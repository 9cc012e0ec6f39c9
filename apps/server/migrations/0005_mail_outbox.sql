-- Every outbound e-mail is stored before it is sent. Without SMTP_URL messages stay here
-- (status 'kept') for admins to read.
CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY,
  organization_id uuid REFERENCES organizations(id) ON DELETE CASCADE,
  purpose text NOT NULL,
  to_address text NOT NULL,
  subject text NOT NULL,
  body_text text NOT NULL,
  body_html text,
  status text NOT NULL CHECK (status IN ('kept', 'queued', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  message_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX mail_outbox_organization_idx ON mail_outbox (organization_id, created_at DESC);
