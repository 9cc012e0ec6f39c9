-- The password of a mailbox's own outbound SMTP server leaves smtp_url and is kept sealed
-- (AES-256-GCM, platform/secret-box.ts) in its own column; smtp_url keeps scheme, user, host and port.
-- Values saved before this migration are moved at start (sealPlainMailboxSecrets), since sealing needs the key.
ALTER TABLE mailboxes ADD COLUMN smtp_password text;
