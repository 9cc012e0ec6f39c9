-- OAuth2 token refresh for IMAP mailboxes (RFC 6749 §6): the token endpoint, the client, and the
-- refresh token, so Kontakt fetches new access tokens itself. Secrets sealed (platform/secret-box.ts).
ALTER TABLE mailboxes
  ADD COLUMN imap_oauth_token_url text,
  ADD COLUMN imap_oauth_client_id text,
  ADD COLUMN imap_oauth_client_secret text,
  ADD COLUMN imap_oauth_refresh_token text,
  ADD COLUMN imap_oauth_expires_at timestamptz;
