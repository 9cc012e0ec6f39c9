-- Where the rollup sweep starts. A new database (no history yet) starts at the beginning; a
-- database with history starts at its latest event, so upgrading does not make every instance's
-- sweep recompute the whole history in the background: `npm run reports:rebuild` fills the
-- rollups of the past once.
INSERT INTO report_rollup_state (id, watermark, refreshed_at)
SELECT 'history', COALESCE((SELECT max(created_at) FROM ticket_events), '-infinity'::timestamptz), now()
ON CONFLICT (id) DO NOTHING;
