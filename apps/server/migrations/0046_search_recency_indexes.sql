-- Search walks the newest tickets and messages when a word is too common for the GIN index to be
-- the cheaper way (see sideHits in ticket-search.service.ts); these give it that order.
CREATE INDEX tickets_activity_idx ON tickets (organization_id, last_activity_at DESC);
CREATE INDEX messages_recent_idx ON messages (organization_id, created_at DESC);
