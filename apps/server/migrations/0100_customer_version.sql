-- A customer's version counts changes of its fields, so an edit based on an older read answers
-- 409 with the current customer instead of overwriting a colleague's change (as tickets do).
ALTER TABLE customers ADD COLUMN version integer NOT NULL DEFAULT 1;
