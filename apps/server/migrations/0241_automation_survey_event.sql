-- Automation rules may listen to a low survey score (modules/surveys raises it on the answer's ticket).
ALTER TABLE automation_rules DROP CONSTRAINT automation_rules_event_check;
ALTER TABLE automation_rules ADD CONSTRAINT automation_rules_event_check
  CHECK (event IN ('ticket.created', 'ticket.updated', 'message.received', 'sla.warning', 'sla.breach',
    'survey.low_score', 'time'));
