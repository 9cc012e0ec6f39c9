-- Live chat: channels (widget settings), chat queue requirements, sessions (a chat ticket each),
-- message order per conversation, routing offers, CSAT answers; agent availability (presence)
-- with admin-defined reason codes and an append-only log of every change.

CREATE TABLE chat_channels (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  public_id text NOT NULL,
  name text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  queue_id uuid NOT NULL REFERENCES queues(id),
  calendar_id uuid,
  -- branding, preChat, privacyUrl, uploads: the validated contract shapes.
  settings jsonb NOT NULL,
  offer_timeout_seconds integer NOT NULL DEFAULT 30 CHECK (offer_timeout_seconds BETWEEN 5 AND 600),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX chat_channels_public_id_key ON chat_channels (public_id);
CREATE INDEX chat_channels_org_idx ON chat_channels (organization_id);

CREATE TABLE chat_queue_requirements (
  queue_id uuid PRIMARY KEY REFERENCES queues(id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  required_skills text[] NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE chat_sessions (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  channel_id uuid NOT NULL REFERENCES chat_channels(id) ON DELETE CASCADE,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  customer_id uuid NOT NULL,
  visitor_id text NOT NULL,
  queue_id uuid NOT NULL REFERENCES queues(id),
  state text NOT NULL CHECK (state IN ('waiting', 'active', 'ended')),
  language text NOT NULL CHECK (language IN ('pl', 'cs', 'en')),
  agent_id uuid REFERENCES agents(id) ON DELETE SET NULL,
  visitor_name text,
  visitor_email text,
  topic text,
  page_url text,
  last_seq integer NOT NULL DEFAULT 0,
  enqueued_at timestamptz NOT NULL,
  accepted_at timestamptz,
  ended_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX chat_sessions_ticket_key ON chat_sessions (ticket_id);
CREATE INDEX chat_sessions_waiting_idx ON chat_sessions (organization_id, enqueued_at, id) WHERE state = 'waiting';
CREATE INDEX chat_sessions_agent_idx ON chat_sessions (organization_id, agent_id) WHERE state = 'active';

-- The order of a conversation: every public message of a chat ticket gets the next number,
-- whichever way it was stored (chat socket or REST reply). Numbered by a trigger that updates
-- the session row, so concurrent writers take turns and numbers follow commit order.
CREATE TABLE chat_message_seq (
  session_id uuid NOT NULL REFERENCES chat_sessions(id) ON DELETE CASCADE,
  seq integer NOT NULL,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  client_id text NOT NULL,
  PRIMARY KEY (session_id, seq)
);
CREATE UNIQUE INDEX chat_message_seq_message_key ON chat_message_seq (message_id);
CREATE UNIQUE INDEX chat_message_seq_client_key ON chat_message_seq (session_id, client_id);

CREATE FUNCTION chat_number_message() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s_id uuid;
  s_seq integer;
BEGIN
  IF NEW.channel <> 'chat' OR NEW.kind <> 'reply' THEN
    RETURN NEW;
  END IF;
  UPDATE chat_sessions SET last_seq = last_seq + 1 WHERE ticket_id = NEW.ticket_id
    RETURNING id, last_seq INTO s_id, s_seq;
  IF s_id IS NOT NULL THEN
    INSERT INTO chat_message_seq (session_id, seq, organization_id, message_id, client_id)
    VALUES (
      s_id, s_seq, NEW.organization_id, NEW.id,
      CASE WHEN NEW.external_id LIKE s_id::text || ':%'
        THEN substr(NEW.external_id, length(s_id::text) + 2)
        ELSE NEW.id::text END
    );
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER messages_chat_seq AFTER INSERT ON messages
  FOR EACH ROW EXECUTE FUNCTION chat_number_message();

CREATE TABLE chat_offers (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  session_id uuid NOT NULL REFERENCES chat_sessions(id) ON DELETE CASCADE,
  agent_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  state text NOT NULL CHECK (state IN ('pending', 'accepted', 'declined', 'expired', 'withdrawn')),
  offered_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  decided_at timestamptz
);
-- A chat is offered to one agent at a time, whichever instance decides.
CREATE UNIQUE INDEX chat_offers_pending_key ON chat_offers (session_id) WHERE state = 'pending';
CREATE INDEX chat_offers_expiry_idx ON chat_offers (expires_at) WHERE state = 'pending';
CREATE INDEX chat_offers_agent_idx ON chat_offers (agent_id) WHERE state = 'pending';
CREATE INDEX chat_offers_session_idx ON chat_offers (session_id);

-- One satisfaction answer per ticket; a second answer replaces the first.
CREATE TABLE csat_answers (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  ticket_id uuid NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment text NOT NULL DEFAULT '',
  source text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX csat_answers_ticket_key ON csat_answers (ticket_id);
CREATE INDEX csat_answers_org_idx ON csat_answers (organization_id, created_at);

CREATE TABLE presence_reasons (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  code text NOT NULL,
  label text NOT NULL,
  states text[] NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX presence_reasons_code_key ON presence_reasons (organization_id, code);

-- An agent's availability now and routing settings (no row: offline, capacity 3).
CREATE TABLE agent_presence (
  agent_id uuid PRIMARY KEY REFERENCES agents(id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  state text NOT NULL CHECK (state IN ('online', 'away', 'busy', 'offline')),
  reason_id uuid REFERENCES presence_reasons(id) ON DELETE SET NULL,
  since timestamptz NOT NULL,
  chat_capacity integer NOT NULL DEFAULT 3 CHECK (chat_capacity BETWEEN 0 AND 20),
  -- When the agent was last given a chat (or came online): routing ties go to the longest idle.
  idle_since timestamptz NOT NULL
);
CREATE INDEX agent_presence_online_idx ON agent_presence (organization_id) WHERE state = 'online';

-- Every state change, append-only (reports compute durations from consecutive rows).
CREATE TABLE agent_presence_log (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  agent_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  state text NOT NULL CHECK (state IN ('online', 'away', 'busy', 'offline')),
  reason_id uuid,
  reason_code text,
  changed_at timestamptz NOT NULL
);
CREATE INDEX agent_presence_log_agent_idx ON agent_presence_log (organization_id, agent_id, changed_at);
CREATE FUNCTION agent_presence_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'agent_presence_log is append-only';
END $$;
CREATE TRIGGER agent_presence_log_no_change BEFORE UPDATE ON agent_presence_log
  FOR EACH ROW EXECUTE FUNCTION agent_presence_log_append_only();
