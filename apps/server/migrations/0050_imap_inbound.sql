-- IMAP inbound: how a mailbox signs in, and how far each mailbox's folder has been processed.

-- `password`: LOGIN / AUTHENTICATE PLAIN; `oauth2`: XOAUTH2 with an access token. imap_password
-- holds the password or the token, sealed with AES-256-GCM (`enc:v1:…`, key from SECRET_KEY);
-- values stored before this migration are sealed by the server at its next start.
ALTER TABLE mailboxes
  ADD COLUMN imap_auth text NOT NULL DEFAULT 'password' CHECK (imap_auth IN ('password', 'oauth2'));

-- One row per IMAP mailbox: the folder and UIDVALIDITY the UIDs below belong to; `baseline_uid`
-- is the highest UID when the folder was first seen (messages up to it are taken only if not
-- \Seen, so an existing inbox is not imported whole); `last_uid` is the highest UID processed
-- (ingested, then flagged or moved). A new UIDVALIDITY or folder starts over; Message-ID
-- idempotency keeps that from storing anything twice.
CREATE TABLE imap_sync_state (
  mailbox_id uuid PRIMARY KEY REFERENCES mailboxes(id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  folder text NOT NULL,
  uid_validity bigint NOT NULL,
  baseline_uid bigint NOT NULL,
  last_uid bigint NOT NULL,
  updated_at timestamptz NOT NULL
);
