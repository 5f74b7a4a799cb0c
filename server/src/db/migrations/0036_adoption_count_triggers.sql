-- The adoption funnel's counts (0035) move as people do: each insert, update or delete of a customer
-- or contact that changes whether the person counts (a customer not archived; a contact allowed in,
-- of a customer not archived), their stage, whether they are reachable (an email or phone on record)
-- or when they were first invited appends a -1 for what the person was and a +1 for what they are.
-- Appends only: no request waits on a shared counter row (docs/decisions/0045-adoption-counts.md).
CREATE TRIGGER `customers_adoption_inserted` AFTER INSERT ON `customers` WHEN new.archived_at IS NULL BEGIN
  INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
  VALUES (new.facility_id, new.adoption_stage, new.email IS NOT NULL OR new.phone_digits IS NOT NULL, new.first_invited_at, 1);
END;
--> statement-breakpoint
CREATE TRIGGER `customers_adoption_updated` AFTER UPDATE OF facility_id, archived_at, adoption_stage, email, phone_digits, first_invited_at ON `customers`
WHEN old.facility_id IS NOT new.facility_id OR (old.archived_at IS NULL) IS NOT (new.archived_at IS NULL)
  OR old.adoption_stage IS NOT new.adoption_stage OR old.first_invited_at IS NOT new.first_invited_at
  OR (old.email IS NOT NULL OR old.phone_digits IS NOT NULL) IS NOT (new.email IS NOT NULL OR new.phone_digits IS NOT NULL)
BEGIN
  INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
  SELECT old.facility_id, old.adoption_stage, old.email IS NOT NULL OR old.phone_digits IS NOT NULL, old.first_invited_at, -1
  WHERE old.archived_at IS NULL;
  INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
  SELECT new.facility_id, new.adoption_stage, new.email IS NOT NULL OR new.phone_digits IS NOT NULL, new.first_invited_at, 1
  WHERE new.archived_at IS NULL;
END;
--> statement-breakpoint
-- Archiving or restoring a customer takes their contacts out of the counts or back in.
CREATE TRIGGER `customers_adoption_contacts` AFTER UPDATE OF archived_at ON `customers`
WHEN (old.archived_at IS NULL) IS NOT (new.archived_at IS NULL) BEGIN
  INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
  SELECT facility_id, adoption_stage, email IS NOT NULL OR phone IS NOT NULL, first_invited_at,
    CASE WHEN new.archived_at IS NULL THEN 1 ELSE -1 END
  FROM contacts WHERE customer_id = new.id AND can_access_portal = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `customers_adoption_deleted` AFTER DELETE ON `customers` WHEN old.archived_at IS NULL BEGIN
  INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
  VALUES (old.facility_id, old.adoption_stage, old.email IS NOT NULL OR old.phone_digits IS NOT NULL, old.first_invited_at, -1);
END;
--> statement-breakpoint
CREATE TRIGGER `contacts_adoption_inserted` AFTER INSERT ON `contacts` WHEN new.can_access_portal = 1 BEGIN
  INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
  SELECT new.facility_id, new.adoption_stage, new.email IS NOT NULL OR new.phone IS NOT NULL, new.first_invited_at, 1
  WHERE EXISTS (SELECT 1 FROM customers WHERE id = new.customer_id AND archived_at IS NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `contacts_adoption_updated` AFTER UPDATE OF facility_id, customer_id, can_access_portal, adoption_stage, email, phone, first_invited_at ON `contacts`
WHEN old.facility_id IS NOT new.facility_id OR old.customer_id IS NOT new.customer_id
  OR old.can_access_portal IS NOT new.can_access_portal
  OR old.adoption_stage IS NOT new.adoption_stage OR old.first_invited_at IS NOT new.first_invited_at
  OR (old.email IS NOT NULL OR old.phone IS NOT NULL) IS NOT (new.email IS NOT NULL OR new.phone IS NOT NULL)
BEGIN
  INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
  SELECT old.facility_id, old.adoption_stage, old.email IS NOT NULL OR old.phone IS NOT NULL, old.first_invited_at, -1
  WHERE old.can_access_portal = 1 AND EXISTS (SELECT 1 FROM customers WHERE id = old.customer_id AND archived_at IS NULL);
  INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
  SELECT new.facility_id, new.adoption_stage, new.email IS NOT NULL OR new.phone IS NOT NULL, new.first_invited_at, 1
  WHERE new.can_access_portal = 1 AND EXISTS (SELECT 1 FROM customers WHERE id = new.customer_id AND archived_at IS NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `contacts_adoption_deleted` AFTER DELETE ON `contacts` WHEN old.can_access_portal = 1 BEGIN
  INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
  SELECT old.facility_id, old.adoption_stage, old.email IS NOT NULL OR old.phone IS NOT NULL, old.first_invited_at, -1
  WHERE EXISTS (SELECT 1 FROM customers WHERE id = old.customer_id AND archived_at IS NULL);
END;
--> statement-breakpoint
-- Everyone counted now, as changes to fold.
INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
SELECT facility_id, adoption_stage, email IS NOT NULL OR phone_digits IS NOT NULL, first_invited_at, 1
FROM customers WHERE archived_at IS NULL;
--> statement-breakpoint
INSERT INTO adoption_changes (facility_id, stage, reachable, first_invited_at, people)
SELECT ct.facility_id, ct.adoption_stage, ct.email IS NOT NULL OR ct.phone IS NOT NULL, ct.first_invited_at, 1
FROM contacts ct JOIN customers c ON c.id = ct.customer_id
WHERE ct.can_access_portal = 1 AND c.archived_at IS NULL;
