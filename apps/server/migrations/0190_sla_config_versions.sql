-- What an SLA recomputation reads about the organization (active policies, queue calendars)
-- changes rarely and is read on every message, so each server instance keeps it in memory. The
-- instances learn of a change from this version, read in the statement the recomputation sends
-- anyway: any insert, update or delete of a policy or calendar, and any change of a queue's
-- calendar, gives the organization a new version. Versions come from a sequence, so a number
-- seen inside a transaction that rolled back is never given to a later change.

CREATE SEQUENCE sla_config_version_seq;

CREATE TABLE sla_config_versions (
  organization_id uuid PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
  version bigint NOT NULL
);

CREATE FUNCTION kontakt_bump_sla_config() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  org uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN
    org := OLD.organization_id;
  ELSE
    org := NEW.organization_id;
  END IF;
  INSERT INTO sla_config_versions (organization_id, version)
    SELECT org, nextval('sla_config_version_seq')
    WHERE EXISTS (SELECT 1 FROM organizations o WHERE o.id = org)
  ON CONFLICT (organization_id) DO UPDATE SET version = EXCLUDED.version;
  RETURN NULL;
END $$;

CREATE TRIGGER sla_policies_bump_sla_config AFTER INSERT OR UPDATE OR DELETE ON sla_policies
  FOR EACH ROW EXECUTE FUNCTION kontakt_bump_sla_config();
CREATE TRIGGER calendars_bump_sla_config AFTER INSERT OR UPDATE OR DELETE ON calendars
  FOR EACH ROW EXECUTE FUNCTION kontakt_bump_sla_config();
CREATE TRIGGER queues_insert_bump_sla_config AFTER INSERT ON queues
  FOR EACH ROW WHEN (NEW.calendar_id IS NOT NULL) EXECUTE FUNCTION kontakt_bump_sla_config();
CREATE TRIGGER queues_update_bump_sla_config AFTER UPDATE OF calendar_id ON queues
  FOR EACH ROW WHEN (OLD.calendar_id IS DISTINCT FROM NEW.calendar_id)
  EXECUTE FUNCTION kontakt_bump_sla_config();
CREATE TRIGGER queues_delete_bump_sla_config AFTER DELETE ON queues
  FOR EACH ROW WHEN (OLD.calendar_id IS NOT NULL) EXECUTE FUNCTION kontakt_bump_sla_config();

-- Bulk loads that skip triggers (session_replication_role = replica) must still move the version.
ALTER TABLE sla_policies ENABLE ALWAYS TRIGGER sla_policies_bump_sla_config;
ALTER TABLE calendars ENABLE ALWAYS TRIGGER calendars_bump_sla_config;
ALTER TABLE queues ENABLE ALWAYS TRIGGER queues_insert_bump_sla_config;
ALTER TABLE queues ENABLE ALWAYS TRIGGER queues_update_bump_sla_config;
ALTER TABLE queues ENABLE ALWAYS TRIGGER queues_delete_bump_sla_config;
