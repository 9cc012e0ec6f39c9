-- E-mail channel: mailboxes, the e-mail side of messages (raw .eml, addresses, flags), every
-- Message-ID Kontakt has stored, sent or seen referenced (threading), and outbound replies.

CREATE TABLE mailboxes (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  queue_id uuid NOT NULL REFERENCES queues(id),
  address text NOT NULL CHECK (address = lower(address)),
  display_name text NOT NULL,
  inbound_kind text NOT NULL CHECK (inbound_kind IN ('smtp', 'imap')),
  imap_host text,
  imap_port integer,
  imap_tls boolean NOT NULL DEFAULT true,
  imap_user text,
  imap_password text,
  imap_folder text NOT NULL DEFAULT 'INBOX',
  imap_processed_folder text,
  -- NULL: send through the global SMTP_URL.
  smtp_url text,
  -- { "pl": "…", "cs": "…", "en": "…" }
  signatures jsonb NOT NULL DEFAULT '{}',
  auto_ack boolean NOT NULL DEFAULT false,
  -- { "pl": { "subject": "…", "body": "…" }, … } with {{customer.name}}, {{ticket.number}}, {{ticket.subject}}
  auto_ack_templates jsonb NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX mailboxes_address_key ON mailboxes (organization_id, address);
CREATE INDEX mailboxes_address_idx ON mailboxes (address) WHERE active;

-- One row per e-mail message (inbound or outbound) stored on a ticket.
CREATE TABLE email_messages (
  message_id uuid PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  mailbox_id uuid REFERENCES mailboxes(id) ON DELETE SET NULL,
  direction text NOT NULL CHECK (direction IN ('inbound', 'outbound')),
  header_message_id text NOT NULL,
  from_address text,
  reply_to text,
  to_addresses text[] NOT NULL DEFAULT '{}',
  cc_addresses text[] NOT NULL DEFAULT '{}',
  subject text NOT NULL,
  raw_sha256 text,
  raw_size bigint,
  auto_reply boolean NOT NULL DEFAULT false,
  bounce boolean NOT NULL DEFAULT false,
  list boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL
);
CREATE INDEX email_messages_ticket_idx ON email_messages (ticket_id, created_at);

-- Every Message-ID stored, sent or referenced. message_id NULL: referenced by a message on
-- ticket_id but not seen yet (a reply that arrived before its parent).
CREATE TABLE email_message_ids (
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  header_message_id text NOT NULL,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  message_id uuid REFERENCES messages(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (organization_id, header_message_id)
);

-- Outbound e-mail of ticket messages (agent replies, auto-acknowledgements). Stored in the
-- transaction of the message; sent by the durable `email.send` job; the status decides.
CREATE TABLE email_outbound (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  message_id uuid NOT NULL UNIQUE REFERENCES messages(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('reply', 'auto_ack')),
  status text NOT NULL CHECK (status IN ('queued', 'sent', 'failed', 'bounced')),
  error text,
  attempts integer NOT NULL DEFAULT 0,
  -- Known at queue time for acknowledgements (rate limit), else filled when prepared.
  recipient text,
  -- Set for acknowledgements (rendered template); replies use "Re: <ticket subject> [#n]".
  subject text,
  -- Filled once by the first attempt; retries send the same bytes.
  header_message_id text,
  raw_sha256 text,
  envelope_from text,
  envelope_to text[],
  prepared_at timestamptz,
  -- A worker holds the row while sending; a second job for the same message waits it out.
  lease_until timestamptz,
  sent_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX email_outbound_queued_idx ON email_outbound (created_at) WHERE status = 'queued';
CREATE INDEX email_outbound_ack_idx ON email_outbound (organization_id, recipient, created_at) WHERE kind = 'auto_ack';
CREATE INDEX email_outbound_header_idx ON email_outbound (header_message_id);
