-- DKIM signing of a mailbox's outbound mail. The private key is sealed with SECRET_KEY
-- (platform/secret-box.ts) and never leaves the server; all three are set together or none.
ALTER TABLE mailboxes
  ADD COLUMN dkim_domain text,
  ADD COLUMN dkim_selector text,
  ADD COLUMN dkim_private_key text,
  ADD CONSTRAINT mailboxes_dkim_complete CHECK (
    (dkim_domain IS NULL AND dkim_selector IS NULL AND dkim_private_key IS NULL)
    OR (dkim_domain IS NOT NULL AND dkim_selector IS NOT NULL AND dkim_private_key IS NOT NULL)
  );
