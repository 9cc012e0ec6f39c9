-- Files sent with an outbound e-mail (e.g. an order confirmation PDF):
-- [{ filename, contentType, contentBase64 }].
ALTER TABLE mail_outbox ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]'::jsonb;
