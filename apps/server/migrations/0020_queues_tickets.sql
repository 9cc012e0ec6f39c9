-- Queues, tickets with their per-organization number, messages, attachments, history,
-- followers, links, ticket fields, contact reasons, saved views and notifications.

-- Folds case and diacritics the same way everywhere (search, look-up). unaccent() is only
-- STABLE, so an IMMUTABLE wrapper with an explicit dictionary lets indexes use it.
CREATE OR REPLACE FUNCTION kontakt_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE TABLE queues (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  team_id uuid REFERENCES teams(id) ON DELETE SET NULL,
  is_default boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX queues_name_key ON queues (organization_id, lower(name));
CREATE UNIQUE INDEX queues_default_key ON queues (organization_id) WHERE is_default;

-- Gap-free numbering: the counter row is locked by the creating transaction and rolls back with it.
CREATE TABLE ticket_counters (
  organization_id uuid PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
  last_number bigint NOT NULL
);

CREATE TABLE contact_reasons (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  parent_id uuid REFERENCES contact_reasons(id) ON DELETE CASCADE,
  name text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_reasons_org_idx ON contact_reasons (organization_id, parent_id, position);

CREATE TABLE ticket_field_definitions (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  key text NOT NULL,
  label text NOT NULL,
  type text NOT NULL CHECK (type IN ('text', 'number', 'date', 'select', 'multi_select', 'checkbox')),
  options text[] NOT NULL DEFAULT '{}',
  required_to_solve boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX ticket_field_definitions_key ON ticket_field_definitions (organization_id, key);

CREATE TABLE tickets (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  number bigint NOT NULL,
  subject text NOT NULL,
  status text NOT NULL CHECK (status IN ('new', 'open', 'pending_customer', 'pending_third_party', 'on_hold', 'solved', 'closed')),
  priority text NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  type text NOT NULL CHECK (type IN ('question', 'incident', 'complaint', 'order', 'return', 'other')),
  channel text NOT NULL CHECK (channel IN ('email', 'chat', 'phone', 'web', 'api', 'whatsapp', 'messenger', 'telegram', 'other')),
  queue_id uuid NOT NULL REFERENCES queues(id),
  team_id uuid REFERENCES teams(id) ON DELETE SET NULL,
  assignee_id uuid REFERENCES agents(id) ON DELETE SET NULL,
  customer_id uuid,
  tags text[] NOT NULL DEFAULT '{}',
  custom_fields jsonb NOT NULL DEFAULT '{}',
  contact_reason_id uuid REFERENCES contact_reasons(id) ON DELETE SET NULL,
  language text CHECK (language IN ('pl', 'cs', 'en')),
  merged_into_id uuid REFERENCES tickets(id),
  version integer NOT NULL DEFAULT 1,
  search_text text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  last_activity_at timestamptz NOT NULL,
  first_response_at timestamptz,
  solved_at timestamptz,
  closed_at timestamptz
);
CREATE UNIQUE INDEX tickets_number_key ON tickets (organization_id, number);
CREATE INDEX tickets_queue_status_idx ON tickets (organization_id, queue_id, status, last_activity_at DESC, id DESC);
CREATE INDEX tickets_assignee_status_idx ON tickets (organization_id, assignee_id, status, last_activity_at DESC, id DESC);
CREATE INDEX tickets_status_idx ON tickets (organization_id, status, last_activity_at DESC, id DESC);
CREATE INDEX tickets_customer_idx ON tickets (customer_id, last_activity_at DESC);
CREATE INDEX tickets_search_idx ON tickets USING gin (to_tsvector('simple', search_text));
CREATE INDEX tickets_tags_idx ON tickets USING gin (tags);

CREATE TABLE ticket_followers (
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  agent_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  PRIMARY KEY (ticket_id, agent_id)
);

CREATE TABLE ticket_links (
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  -- For parent_child, from is the parent; related links are stored once, either way round.
  from_ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  to_ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('related', 'parent_child')),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (from_ticket_id, to_ticket_id, kind),
  CHECK (from_ticket_id <> to_ticket_id)
);
CREATE INDEX ticket_links_to_idx ON ticket_links (to_ticket_id);

CREATE TABLE messages (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('reply', 'note')),
  direction text NOT NULL CHECK (direction IN ('inbound', 'outbound', 'internal')),
  author_type text NOT NULL CHECK (author_type IN ('customer', 'agent', 'system')),
  author_id uuid,
  channel text NOT NULL,
  body_html text NOT NULL,
  body_text text NOT NULL,
  -- Message-ID of an e-mail or the client id of a chat message: the same one twice is one record.
  external_id text,
  mentions uuid[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL
);
CREATE INDEX messages_ticket_idx ON messages (ticket_id, created_at, id);
CREATE UNIQUE INDEX messages_external_key ON messages (organization_id, channel, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX messages_search_idx ON messages USING gin (to_tsvector('simple', kontakt_fold(body_text)));

CREATE TABLE attachments (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  message_id uuid REFERENCES messages(id) ON DELETE CASCADE,
  filename text NOT NULL,
  content_type text NOT NULL,
  size_bytes bigint NOT NULL,
  sha256 text NOT NULL,
  content_id text,
  created_at timestamptz NOT NULL
);
CREATE INDEX attachments_message_idx ON attachments (message_id);

CREATE TABLE ticket_events (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  actor_type text NOT NULL CHECK (actor_type IN ('agent', 'api_token', 'customer', 'system', 'rule')),
  actor_id text,
  kind text NOT NULL,
  field text,
  old_value jsonb,
  new_value jsonb,
  created_at timestamptz NOT NULL
);
CREATE INDEX ticket_events_ticket_idx ON ticket_events (ticket_id, created_at, id);

CREATE TABLE views (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  -- NULL owner: shared with the whole organization.
  owner_id uuid REFERENCES agents(id) ON DELETE CASCADE,
  name text NOT NULL,
  filters jsonb NOT NULL,
  sort text NOT NULL,
  columns text[] NOT NULL,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX views_org_idx ON views (organization_id, owner_id, position);

CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  agent_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('mention', 'assignment', 'reply')),
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  message_id uuid REFERENCES messages(id) ON DELETE CASCADE,
  actor_id uuid,
  created_at timestamptz NOT NULL,
  read_at timestamptz
);
CREATE INDEX notifications_agent_idx ON notifications (agent_id, created_at DESC);
