-- The live wallboard (modules/wallboard), read every few seconds by every lead's screen:
-- today's tickets and chats per organization, walked from midnight on instead of reading the
-- organization's whole history;
CREATE INDEX tickets_org_created_idx ON tickets (organization_id, created_at);
CREATE INDEX chat_sessions_org_enqueued_idx ON chat_sessions (organization_id, enqueued_at);
-- and the tickets waiting for an agent per queue with the oldest first, counted from the index
-- alone (chats are counted from chat_sessions instead, so they are not in it).
CREATE INDEX tickets_waiting_idx ON tickets (organization_id, queue_id, created_at)
  WHERE assignee_id IS NULL AND status IN ('new', 'open') AND channel <> 'chat';
