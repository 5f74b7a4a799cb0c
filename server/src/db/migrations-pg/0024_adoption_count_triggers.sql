-- The adoption funnel's counts (0023) move as people do: each insert, update or delete of a customer
-- or contact that changes whether the person counts (a customer not archived; a contact allowed in,
-- of a customer not archived), their stage, whether they are reachable (an email or phone on record)
-- or when they were first invited appends a -1 for what the person was and a +1 for what they are.
-- Appends only: no request waits on a shared counter row (docs/decisions/0045-adoption-counts.md).
CREATE FUNCTION "note_customer_adoption_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.archived_at IS NULL THEN
    INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
    VALUES (OLD.facility_id, OLD.adoption_stage, (OLD.email IS NOT NULL OR OLD.phone_digits IS NOT NULL)::int, OLD.first_invited_at, -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.archived_at IS NULL THEN
    INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
    VALUES (NEW.facility_id, NEW.adoption_stage, (NEW.email IS NOT NULL OR NEW.phone_digits IS NOT NULL)::int, NEW.first_invited_at, 1);
  END IF;
  -- Archiving or restoring a customer takes their contacts out of the counts or back in.
  IF TG_OP = 'UPDATE' AND (OLD.archived_at IS NULL) IS DISTINCT FROM (NEW.archived_at IS NULL) THEN
    INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
    SELECT facility_id, adoption_stage, (email IS NOT NULL OR phone IS NOT NULL)::int, first_invited_at,
      CASE WHEN NEW.archived_at IS NULL THEN 1 ELSE -1 END
    FROM contacts WHERE customer_id = NEW.id AND can_access_portal;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "customers_adoption_count_inserted" AFTER INSERT ON "customers"
FOR EACH ROW WHEN (NEW.archived_at IS NULL) EXECUTE FUNCTION "note_customer_adoption_count"();
--> statement-breakpoint
CREATE TRIGGER "customers_adoption_count_updated"
AFTER UPDATE OF facility_id, archived_at, adoption_stage, email, phone_digits, first_invited_at ON "customers"
FOR EACH ROW WHEN (OLD.facility_id IS DISTINCT FROM NEW.facility_id
  OR (OLD.archived_at IS NULL) IS DISTINCT FROM (NEW.archived_at IS NULL)
  OR OLD.adoption_stage IS DISTINCT FROM NEW.adoption_stage OR OLD.first_invited_at IS DISTINCT FROM NEW.first_invited_at
  OR (OLD.email IS NOT NULL OR OLD.phone_digits IS NOT NULL) IS DISTINCT FROM (NEW.email IS NOT NULL OR NEW.phone_digits IS NOT NULL))
EXECUTE FUNCTION "note_customer_adoption_count"();
--> statement-breakpoint
CREATE TRIGGER "customers_adoption_count_deleted" AFTER DELETE ON "customers"
FOR EACH ROW WHEN (OLD.archived_at IS NULL) EXECUTE FUNCTION "note_customer_adoption_count"();
--> statement-breakpoint
CREATE FUNCTION "note_contact_adoption_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.can_access_portal
    AND EXISTS (SELECT 1 FROM customers WHERE id = OLD.customer_id AND archived_at IS NULL) THEN
    INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
    VALUES (OLD.facility_id, OLD.adoption_stage, (OLD.email IS NOT NULL OR OLD.phone IS NOT NULL)::int, OLD.first_invited_at, -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.can_access_portal
    AND EXISTS (SELECT 1 FROM customers WHERE id = NEW.customer_id AND archived_at IS NULL) THEN
    INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
    VALUES (NEW.facility_id, NEW.adoption_stage, (NEW.email IS NOT NULL OR NEW.phone IS NOT NULL)::int, NEW.first_invited_at, 1);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "contacts_adoption_count_inserted" AFTER INSERT ON "contacts"
FOR EACH ROW WHEN (NEW.can_access_portal) EXECUTE FUNCTION "note_contact_adoption_count"();
--> statement-breakpoint
CREATE TRIGGER "contacts_adoption_count_updated"
AFTER UPDATE OF facility_id, customer_id, can_access_portal, adoption_stage, email, phone, first_invited_at ON "contacts"
FOR EACH ROW WHEN (OLD.facility_id IS DISTINCT FROM NEW.facility_id OR OLD.customer_id IS DISTINCT FROM NEW.customer_id
  OR OLD.can_access_portal IS DISTINCT FROM NEW.can_access_portal
  OR OLD.adoption_stage IS DISTINCT FROM NEW.adoption_stage OR OLD.first_invited_at IS DISTINCT FROM NEW.first_invited_at
  OR (OLD.email IS NOT NULL OR OLD.phone IS NOT NULL) IS DISTINCT FROM (NEW.email IS NOT NULL OR NEW.phone IS NOT NULL))
EXECUTE FUNCTION "note_contact_adoption_count"();
--> statement-breakpoint
CREATE TRIGGER "contacts_adoption_count_deleted" AFTER DELETE ON "contacts"
FOR EACH ROW WHEN (OLD.can_access_portal) EXECUTE FUNCTION "note_contact_adoption_count"();
--> statement-breakpoint
-- Everyone counted now, as changes to fold.
INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
SELECT facility_id, adoption_stage, (email IS NOT NULL OR phone_digits IS NOT NULL)::int, first_invited_at, 1
FROM customers WHERE archived_at IS NULL;
--> statement-breakpoint
INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
SELECT ct.facility_id, ct.adoption_stage, (ct.email IS NOT NULL OR ct.phone IS NOT NULL)::int, ct.first_invited_at, 1
FROM contacts ct JOIN customers c ON c.id = ct.customer_id
WHERE ct.can_access_portal AND c.archived_at IS NULL;
