-- facility_customer_counts (0004, 0005) counts the customers staff see: archived ones are out of
-- every list (docs/decisions/0032-archive-customers.md), so the counter leaves them
-- out too. Inserts and deletes count only customers not archived; archiving and restoring move
-- the count (a row trigger whose WHEN keeps it off every other update); a move to another facility
-- moves only a counted customer.
CREATE OR REPLACE FUNCTION "count_inserted_customers"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE facility_customer_counts AS counts SET customers = counts.customers + added.n
  FROM (SELECT facility_id, count(*) AS n FROM inserted_customers WHERE archived_at IS NULL GROUP BY facility_id) AS added
  WHERE counts.facility_id = added.facility_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "count_deleted_customers"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE facility_customer_counts AS counts SET customers = counts.customers - removed.n
  FROM (SELECT facility_id, count(*) AS n FROM deleted_customers WHERE archived_at IS NULL GROUP BY facility_id) AS removed
  WHERE counts.facility_id = removed.facility_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DROP TRIGGER "customers_count_moved" ON "customers";
--> statement-breakpoint
CREATE TRIGGER "customers_count_moved" AFTER UPDATE OF "facility_id" ON "customers" FOR EACH ROW
WHEN (OLD.facility_id IS DISTINCT FROM NEW.facility_id AND OLD.archived_at IS NULL AND NEW.archived_at IS NULL)
EXECUTE FUNCTION "count_moved_customer"();
--> statement-breakpoint
CREATE FUNCTION "count_archived_customer"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE facility_customer_counts SET customers = customers + (CASE WHEN NEW.archived_at IS NULL THEN 1 ELSE -1 END)
  WHERE facility_id = NEW.facility_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "customers_count_archived" AFTER UPDATE OF "archived_at" ON "customers" FOR EACH ROW
WHEN ((OLD.archived_at IS NULL) IS DISTINCT FROM (NEW.archived_at IS NULL))
EXECUTE FUNCTION "count_archived_customer"();
