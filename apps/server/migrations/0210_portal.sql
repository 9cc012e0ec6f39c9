-- Customer portal: one-time sign-in links sent to a customer's e-mail and the portal sessions they
-- open. Both are scoped to one organization and one customer and kept apart from agent sessions.
-- Only hashes of the secrets are stored.
CREATE TABLE portal_login_tokens (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  email text NOT NULL,
  token_hash bytea NOT NULL UNIQUE,
  language text NOT NULL CHECK (language IN ('pl', 'cs', 'en')),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX portal_login_tokens_customer_idx ON portal_login_tokens (customer_id, created_at DESC);
CREATE INDEX portal_login_tokens_expires_idx ON portal_login_tokens (expires_at);

CREATE TABLE portal_sessions (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  email text NOT NULL,
  token_hash bytea NOT NULL UNIQUE,
  csrf_token text NOT NULL,
  language text NOT NULL CHECK (language IN ('pl', 'cs', 'en')),
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX portal_sessions_customer_idx ON portal_sessions (customer_id, created_at DESC);
CREATE INDEX portal_sessions_expires_idx ON portal_sessions (expires_at);
