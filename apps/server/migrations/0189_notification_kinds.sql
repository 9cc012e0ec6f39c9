-- Notification kinds of the complaints portal, orders, surveys, quality reviews and the junior
-- review before sending, added in one place so the features that use them need not each
-- redefine the list.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
  CHECK (kind IN ('mention', 'assignment', 'reply', 'sla_warning', 'sla_breach', 'complaint_due',
    'complaint_filed', 'order_failed', 'survey_low_score', 'review_published', 'review_disputed',
    'approval_requested', 'approval_returned'));
