-- facility_customer_counts (0004) holds each facility's exact number of customers, the Contacts
-- total, kept here by triggers so every writer counts alike (docs/decisions/0023-facility-customer-counter.md).
-- Inserts and deletes are counted once per statement from its transition table, so a bulk insert
-- of 5,000 customers updates the row once rather than 5,000 times. Two transactions adding
-- customers to one facility queue on its counter row until the first commits, and the second then
-- adds to the committed number: the count stays exact. A facility's row is made with it and goes
-- with it (ON DELETE CASCADE); a customer moved to another facility moves its count.
CREATE FUNCTION "add_facility_customer_count_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO facility_customer_counts (facility_id, customers) SELECT id, 0 FROM inserted_facilities;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "facilities_customer_count_row" AFTER INSERT ON "facilities"
REFERENCING NEW TABLE AS inserted_facilities FOR EACH STATEMENT EXECUTE FUNCTION "add_facility_customer_count_rows"();
--> statement-breakpoint
CREATE FUNCTION "count_inserted_customers"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE facility_customer_counts AS counts SET customers = counts.customers + added.n
  FROM (SELECT facility_id, count(*) AS n FROM inserted_customers GROUP BY facility_id) AS added
  WHERE counts.facility_id = added.facility_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "customers_count_inserted" AFTER INSERT ON "customers"
REFERENCING NEW TABLE AS inserted_customers FOR EACH STATEMENT EXECUTE FUNCTION "count_inserted_customers"();
--> statement-breakpoint
CREATE FUNCTION "count_deleted_customers"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE facility_customer_counts AS counts SET customers = counts.customers - removed.n
  FROM (SELECT facility_id, count(*) AS n FROM deleted_customers GROUP BY facility_id) AS removed
  WHERE counts.facility_id = removed.facility_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "customers_count_deleted" AFTER DELETE ON "customers"
REFERENCING OLD TABLE AS deleted_customers FOR EACH STATEMENT EXECUTE FUNCTION "count_deleted_customers"();
--> statement-breakpoint
-- Per row, but the WHEN clause keeps it off every update that leaves facility_id alone (a
-- statement trigger with transition tables cannot be limited to a column).
CREATE FUNCTION "count_moved_customer"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE facility_customer_counts SET customers = customers - 1 WHERE facility_id = OLD.facility_id;
  UPDATE facility_customer_counts SET customers = customers + 1 WHERE facility_id = NEW.facility_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "customers_count_moved" AFTER UPDATE OF "facility_id" ON "customers" FOR EACH ROW
WHEN (OLD.facility_id IS DISTINCT FROM NEW.facility_id) EXECUTE FUNCTION "count_moved_customer"();
--> statement-breakpoint
-- The facilities and customers already there. The triggers above are in place first, and creating
-- them locked customers against writers until this migration commits: no insert is missed.
INSERT INTO facility_customer_counts (facility_id, customers)
SELECT f.id, (SELECT count(*) FROM customers c WHERE c.facility_id = f.id) FROM facilities f;
