-- The public half of a mailbox's DKIM key, kept when the key is saved so admins can be shown the TXT
-- record to publish (`<selector>._domainkey.<domain>`, "v=DKIM1; k=<type>; p=<public key>").
-- Not secret. Keys saved before this migration show an empty "p=" until saved again.
ALTER TABLE mailboxes
  ADD COLUMN dkim_public_key text,
  ADD COLUMN dkim_key_type text CHECK (dkim_key_type IN ('rsa', 'ed25519'));
