-- Gives a freshly inserted ticket its gap-free number and its search text in one statement.
-- The counter row is locked from here until the transaction commits, so this is called as the
-- very last statement before COMMIT: creation is serialized per organization only for the length
-- of one round trip plus the commit, not for the whole transaction.
CREATE FUNCTION kontakt_take_ticket_number(org uuid, ticket uuid) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  n bigint;
BEGIN
  INSERT INTO ticket_counters (organization_id, last_number) VALUES (org, 1)
  ON CONFLICT (organization_id) DO UPDATE SET last_number = ticket_counters.last_number + 1
  RETURNING last_number INTO n;
  UPDATE tickets t SET number = n, search_text = kontakt_fold(
    n::text || ' ' || t.subject || ' ' || coalesce((
      SELECT coalesce(c.name, '') || ' ' || coalesce(string_agg(i.value, ' '), '')
      FROM customers c LEFT JOIN customer_identities i ON i.customer_id = c.id
      WHERE c.id = t.customer_id GROUP BY c.id), ''))
  WHERE t.id = ticket AND t.organization_id = org;
  RETURN n;
END $$;
