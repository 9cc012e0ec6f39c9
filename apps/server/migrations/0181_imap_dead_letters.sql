-- Messages an IMAP mailbox could not take: too large to fetch, or failing ingestion again and again.
-- Recorded so the mailbox moves on past them (one bad message must not stop all mail after it) and
-- an admin sees what was left behind; a failing message's raw source is kept for a retry.
CREATE TABLE imap_dead_letters (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  mailbox_id uuid NOT NULL REFERENCES mailboxes (id) ON DELETE CASCADE,
  folder text NOT NULL,
  uid_validity bigint NOT NULL,
  uid bigint NOT NULL,
  reason text NOT NULL CHECK (reason IN ('too_large', 'ingest_failed')),
  size integer NOT NULL,
  error text,
  raw_sha256 text,
  attempts integer NOT NULL,
  -- Set once the mailbox moved past it (too large at once; a failing one after its last attempt).
  given_up_at timestamptz,
  -- Set when a retry by an admin stored it after all.
  resolved_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (mailbox_id, folder, uid_validity, uid)
);
CREATE INDEX imap_dead_letters_mailbox_idx ON imap_dead_letters (organization_id, mailbox_id, created_at DESC);
